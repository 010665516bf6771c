import { MigrationInterface, QueryRunner } from 'typeorm';

/** The matching service's own tables. */
export class MatchingSchema1764300000100 implements MigrationInterface {
  name = 'MatchingSchema1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }
}
