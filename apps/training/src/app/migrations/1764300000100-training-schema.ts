import { MigrationInterface, QueryRunner } from 'typeorm';

/** The training service's own tables. */
export class TrainingSchema1764300000100 implements MigrationInterface {
  name = 'TrainingSchema1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }
}
