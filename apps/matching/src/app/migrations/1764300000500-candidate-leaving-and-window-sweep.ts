import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a candidate left the platform (the reasons of `matching.candidate.left.v1`, never free text),
 * and the day the release-window sweep last ran: the sweep picks up from there, so days missed
 * while the service was down are covered. `NULL` until the first sweep.
 */
export class CandidateLeavingAndWindowSweep1764300000500 implements MigrationInterface {
  name = 'CandidateLeavingAndWindowSweep1764300000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE candidates ADD COLUMN left_reason text
        CHECK (left_reason IN ('removed', 'window-passed', 'consent-withdrawn'))`);
    await queryRunner.query(`
      CREATE TABLE release_window_sweep (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last_swept_on date
      )`);
    await queryRunner.query('INSERT INTO release_window_sweep (last_swept_on) VALUES (NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE release_window_sweep');
    await queryRunner.query('ALTER TABLE candidates DROP COLUMN left_reason');
  }
}
