import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Education providers (MBO schools, by BRIN code) and the school places they publish.
 * `covenant_id` is stored as given: training keeps no covenants read model yet.
 */
export class ProvidersAndSchoolPlaces1764300000300 implements MigrationInterface {
  name = 'ProvidersAndSchoolPlaces1764300000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE providers (
        id uuid PRIMARY KEY,
        brin text NOT NULL,
        name text NOT NULL,
        municipality_code text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT providers_brin_unique UNIQUE (brin),
        CONSTRAINT providers_brin_check CHECK (brin ~ '^[0-9]{2}[A-Z]{2}$')
      )`);

    // title, level and sector are the crebo's reference data as they stood when published.
    await queryRunner.query(`
      CREATE TABLE school_places (
        id uuid PRIMARY KEY,
        brin text NOT NULL REFERENCES providers (brin),
        covenant_id text,
        crebo text NOT NULL,
        title text NOT NULL,
        level smallint NOT NULL,
        sector text NOT NULL,
        learning_path text NOT NULL,
        municipality_code text NOT NULL,
        region_code text NOT NULL,
        start_date date NOT NULL,
        seats integer NOT NULL,
        seats_left integer NOT NULL,
        status text NOT NULL DEFAULT 'open',
        min_level smallint,
        required_qualifications text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT school_places_crebo_check CHECK (crebo ~ '^[0-9]{5}$'),
        CONSTRAINT school_places_level_check CHECK (level BETWEEN 1 AND 4),
        CONSTRAINT school_places_min_level_check CHECK (min_level IS NULL OR min_level BETWEEN 1 AND 4),
        CONSTRAINT school_places_learning_path_check CHECK (learning_path IN ('BBL', 'BOL')),
        CONSTRAINT school_places_status_check CHECK (status IN ('open', 'full', 'withdrawn')),
        CONSTRAINT school_places_seats_check CHECK (seats >= 1 AND seats_left BETWEEN 0 AND seats),
        CONSTRAINT school_places_full_check CHECK (status <> 'open' OR seats_left > 0),
        CONSTRAINT school_places_version_check CHECK (version >= 1)
      )`);
    await queryRunner.query(
      `CREATE INDEX school_places_brin_order ON school_places (brin, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX school_places_order ON school_places (created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX school_places_region_code ON school_places (region_code)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE school_places');
    await queryRunner.query('DROP TABLE providers');
  }
}
