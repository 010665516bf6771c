import { MigrationInterface, QueryRunner } from 'typeorm';

/** The read model of training's school places, which matching indexes and suggests. */
export class SchoolPlaces1764300000300 implements MigrationInterface {
  name = 'SchoolPlaces1764300000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE school_places (
        school_place_id text PRIMARY KEY,
        brin text NOT NULL,
        covenant_id text,
        crebo text NOT NULL,
        title text NOT NULL,
        level integer NOT NULL,
        sector text NOT NULL,
        learning_path text NOT NULL CHECK (learning_path IN ('BBL', 'BOL')),
        municipality_code text NOT NULL,
        region_code text NOT NULL,
        start_date date NOT NULL,
        seats integer NOT NULL,
        seats_left integer NOT NULL,
        min_level integer,
        required_qualifications text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'full', 'withdrawn')),
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX school_places_covenant ON school_places (covenant_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE school_places');
  }
}
