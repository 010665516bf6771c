import { MigrationInterface, QueryRunner } from 'typeorm';

/** `GET /employers` pages employers by name, then id. */
export class EmployerListIndex1764300000500 implements MigrationInterface {
  name = 'EmployerListIndex1764300000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX employers_name_id ON employers (name, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX employers_name_id');
  }
}
