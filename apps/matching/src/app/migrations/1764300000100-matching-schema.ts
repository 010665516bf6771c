import { MigrationInterface, QueryRunner } from 'typeorm';

/** The matching service's own tables and the read models it keeps of other services' events. */
export class MatchingSchema1764300000100 implements MigrationInterface {
  name = 'MatchingSchema1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY,
        dji_number_hash text NOT NULL UNIQUE,
        pi_code text NOT NULL,
        expected_release_date date NOT NULL,
        return_municipality_code text NOT NULL,
        region_code text NOT NULL,
        vog_outlook text NOT NULL CHECK (vog_outlook IN ('unknown', 'likely', 'unlikely')),
        excluded_municipalities text[] NOT NULL DEFAULT '{}',
        preferences jsonb NOT NULL DEFAULT '{}',
        consent jsonb NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX candidates_pi ON candidates (pi_code)');
    await queryRunner.query('CREATE INDEX candidates_region ON candidates (region_code)');

    await queryRunner.query(`
      CREATE TABLE candidate_certificates (
        certificate_id text PRIMARY KEY,
        candidate_id uuid NOT NULL,
        crebo text NOT NULL,
        title text NOT NULL,
        level integer NOT NULL,
        sector text NOT NULL,
        issued_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('valid', 'revoked')),
        version integer NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX candidate_certificates_candidate ON candidate_certificates (candidate_id)',
    );

    await queryRunner.query(`
      CREATE TABLE covenants (
        covenant_id text PRIMARY KEY,
        name text NOT NULL,
        employer_id text,
        brin text,
        region_codes text[] NOT NULL,
        pi_codes text[] NOT NULL,
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        ended_on date,
        version integer NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE vacancies (
        vacancy_id text PRIMARY KEY,
        employer_id text NOT NULL,
        covenant_id text NOT NULL,
        title text NOT NULL,
        description text,
        sector text,
        municipality_code text NOT NULL,
        region_code text NOT NULL,
        hours_per_week integer NOT NULL,
        start_date date NOT NULL,
        openings integer NOT NULL,
        openings_left integer NOT NULL,
        required_qualifications text[] NOT NULL,
        preferred_qualifications text[] NOT NULL,
        requires_vog boolean NOT NULL,
        expires_on date,
        status text NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX vacancies_covenant ON vacancies (covenant_id)');

    await queryRunner.query(`
      CREATE TABLE suggestions (
        id uuid PRIMARY KEY,
        candidate_id uuid NOT NULL REFERENCES candidates (id),
        target_id text NOT NULL,
        target_type text NOT NULL CHECK (target_type IN ('vacancy', 'school-place')),
        score numeric(4, 3) NOT NULL,
        explanation json NOT NULL, -- json keeps each factor's keys in the order written
        target jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected', 'expired')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        reviewed_by text,
        reviewed_at timestamptz,
        reason_code text,
        note text,
        UNIQUE (candidate_id, target_id)
      )`);
    await queryRunner.query('CREATE INDEX suggestions_status ON suggestions (status)');

    // Durable work queues: written in the transaction of the change that causes the work, so a
    // search engine that is down or a crash delays indexing and matching but never loses it.
    await queryRunner.query(`
      CREATE TABLE search_index_queue (
        id bigserial PRIMARY KEY,
        index_name text NOT NULL,
        document_id text NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE match_queue (
        id bigserial PRIMARY KEY,
        subject_type text NOT NULL CHECK (subject_type IN ('candidate', 'vacancy', 'school-place')),
        subject_id text NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE audit_entries (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        role text NOT NULL,
        action text NOT NULL,
        candidate_id uuid,
        target_id text,
        request_id text
      )`);
    await queryRunner.query(
      'CREATE INDEX audit_entries_candidate ON audit_entries (candidate_id, at)',
    );
    // Append-only: the application may insert and read audit entries, never change them.
    await queryRunner.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_entries',
      'match_queue',
      'search_index_queue',
      'suggestions',
      'vacancies',
      'covenants',
      'candidate_certificates',
      'candidates',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query('DROP FUNCTION audit_entries_append_only');
  }
}
