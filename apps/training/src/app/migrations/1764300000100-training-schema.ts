import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The training service's own tables: the candidates read model (fed by matching's events),
 * In-Made workshops and certificates (the outbox, inbox and Idempotency-Key records come from
 * the shared infrastructure).
 */
export class TrainingSchema1764300000100 implements MigrationInterface {
  name = 'TrainingSchema1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Read model of matching's candidates. A `left` event that overtakes the earlier events of a
    // candidate leaves a tombstone (id, status, version only), hence the nullable state columns.
    await queryRunner.query(`
      CREATE TABLE candidates (
        candidate_id text PRIMARY KEY,
        pi_code text,
        region_code text,
        expected_release_date date,
        status text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT candidates_status_check CHECK (status IN ('active', 'left')),
        CONSTRAINT candidates_version_check CHECK (version >= 1),
        CONSTRAINT candidates_state_check CHECK (
          status = 'left' OR (pi_code IS NOT NULL AND region_code IS NOT NULL AND expected_release_date IS NOT NULL)
        )
      )`);
    await queryRunner.query(`CREATE INDEX candidates_pi_code ON candidates (pi_code)`);
    await queryRunner.query(`CREATE INDEX candidates_region_code ON candidates (region_code)`);

    await queryRunner.query(`
      CREATE TABLE workshops (
        id text PRIMARY KEY,
        pi_code text NOT NULL,
        type text NOT NULL,
        name text NOT NULL,
        CONSTRAINT workshops_pi_code_name_unique UNIQUE (pi_code, name)
      )`);

    // title, level and sector are the reference data as they stood when the certificate was issued.
    await queryRunner.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY,
        candidate_id text NOT NULL,
        pi_code text NOT NULL,
        crebo text NOT NULL,
        title text NOT NULL,
        level smallint NOT NULL,
        sector text NOT NULL,
        workshop_id text REFERENCES workshops (id),
        work_processes text[] NOT NULL DEFAULT '{}',
        issued_on date NOT NULL,
        status text NOT NULL DEFAULT 'valid',
        version integer NOT NULL DEFAULT 1,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        revoked_by text,
        revoked_at timestamptz,
        revocation_reason text,
        CONSTRAINT certificates_crebo_check CHECK (crebo ~ '^[0-9]{5}$'),
        CONSTRAINT certificates_level_check CHECK (level BETWEEN 1 AND 4),
        CONSTRAINT certificates_status_check CHECK (status IN ('valid', 'revoked')),
        CONSTRAINT certificates_version_check CHECK (version >= 1),
        CONSTRAINT certificates_revocation_check CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
      )`);
    // One valid certificate per candidate, qualification and issue date; a revoked one may be re-issued.
    await queryRunner.query(
      `CREATE UNIQUE INDEX certificates_valid_unique ON certificates (candidate_id, crebo, issued_on) WHERE status = 'valid'`,
    );
    await queryRunner.query(
      `CREATE INDEX certificates_candidate_order ON certificates (candidate_id, issued_on DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX certificates_order ON certificates (issued_on DESC, id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE certificates');
    await queryRunner.query('DROP TABLE workshops');
    await queryRunner.query('DROP TABLE candidates');
  }
}
