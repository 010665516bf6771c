import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The definition each search index was last built from (a fingerprint of its schema and document
 * shape), so that a start with a changed definition rebuilds that index in a persistent engine
 * (Meilisearch, Postgres) instead of serving documents that lack the new fields.
 */
export class SearchIndexDefinitions1764300001000 implements MigrationInterface {
  name = 'SearchIndexDefinitions1764300001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_index_definitions (
        index_name text PRIMARY KEY,
        fingerprint text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE search_index_definitions');
  }
}
