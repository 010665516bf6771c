import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ending a covenant (the day it ended, kept as its new validTo too, and the admin's free-text
 * reason) and what the timed closing of vacancies looks for: open vacancies past their expiry.
 */
export class CovenantEndingAndVacancyExpiry1764300000400 implements MigrationInterface {
  name = 'CovenantEndingAndVacancyExpiry1764300000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE covenants
        ADD COLUMN ended_on date,
        ADD COLUMN end_reason text,
        ADD CONSTRAINT covenants_ended_on_is_valid_to CHECK (ended_on IS NULL OR ended_on = valid_to)`);
    await queryRunner.query(`CREATE INDEX covenants_valid_to ON covenants (valid_to)`);
    await queryRunner.query(
      `CREATE INDEX vacancies_open_expiry ON vacancies (expires_on) WHERE status = 'open'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX vacancies_open_expiry');
    await queryRunner.query('DROP INDEX covenants_valid_to');
    await queryRunner.query(`
      ALTER TABLE covenants
        DROP CONSTRAINT covenants_ended_on_is_valid_to,
        DROP COLUMN end_reason,
        DROP COLUMN ended_on`);
  }
}
