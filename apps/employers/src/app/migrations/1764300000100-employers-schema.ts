import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The employers service's own tables: employers, covenants and vacancies (the outbox, inbox and
 * idempotency keys come from the shared infrastructure).
 */
export class EmployersSchema1764300000100 implements MigrationInterface {
  name = 'EmployersSchema1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employers (
        id uuid PRIMARY KEY,
        kvk_number text NOT NULL CONSTRAINT employers_kvk_number_key UNIQUE
          CONSTRAINT employers_kvk_number_format CHECK (kvk_number ~ '^[0-9]{8}$'),
        name text NOT NULL,
        municipality_code text NOT NULL,
        sector text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE covenants (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        employer_id uuid REFERENCES employers (id),
        brin text CONSTRAINT covenants_brin_format CHECK (brin ~ '^[0-9]{2}[A-Z]{2}$'),
        region_codes text[] NOT NULL CONSTRAINT covenants_region_codes_present CHECK (cardinality(region_codes) > 0),
        pi_codes text[] NOT NULL DEFAULT '{}',
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        placements_per_year integer CONSTRAINT covenants_placements_per_year_positive CHECK (placements_per_year >= 0),
        support text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT covenants_one_signatory CHECK ((employer_id IS NULL) <> (brin IS NULL)),
        CONSTRAINT covenants_validity CHECK (valid_to >= valid_from)
      )`);
    await queryRunner.query(
      `CREATE INDEX covenants_employer ON covenants (employer_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX covenants_listing ON covenants (created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX covenants_region_codes ON covenants USING gin (region_codes)`,
    );
    await queryRunner.query(`CREATE INDEX covenants_pi_codes ON covenants USING gin (pi_codes)`);

    await queryRunner.query(`
      CREATE TABLE vacancies (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employers (id),
        covenant_id uuid NOT NULL REFERENCES covenants (id),
        title text NOT NULL,
        description text,
        sector text,
        municipality_code text NOT NULL,
        region_code text NOT NULL,
        hours_per_week integer NOT NULL CONSTRAINT vacancies_hours_per_week_range CHECK (hours_per_week BETWEEN 1 AND 60),
        start_date date NOT NULL,
        openings integer NOT NULL CONSTRAINT vacancies_openings_positive CHECK (openings >= 1),
        openings_left integer NOT NULL,
        required_qualifications text[] NOT NULL DEFAULT '{}',
        preferred_qualifications text[] NOT NULL DEFAULT '{}',
        requires_vog boolean NOT NULL,
        expires_on date,
        status text NOT NULL CONSTRAINT vacancies_status_known CHECK (status IN ('open', 'filled', 'closed')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT vacancies_openings_left_range CHECK (openings_left BETWEEN 0 AND openings)
      )`);
    await queryRunner.query(
      `CREATE INDEX vacancies_employer ON vacancies (employer_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancies_listing ON vacancies (created_at DESC, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX vacancies_covenant ON vacancies (covenant_id)`);
    await queryRunner.query(
      `CREATE INDEX vacancies_region_status ON vacancies (region_code, status)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE vacancies');
    await queryRunner.query('DROP TABLE covenants');
    await queryRunner.query('DROP TABLE employers');
  }
}
