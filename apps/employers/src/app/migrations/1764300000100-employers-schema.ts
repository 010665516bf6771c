import { MigrationInterface, QueryRunner } from 'typeorm';

/** The employers service's own tables. */
export class EmployersSchema1764300000100 implements MigrationInterface {
  name = 'EmployersSchema1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }
}
