import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The match settings and rules the stored suggestions were last computed with (a fingerprint), so a
 * start with other ones re-matches every candidate instead of keeping suggestions the new ones
 * would not make (a higher MATCH_MIN_SCORE, a smaller MATCH_MAX_SUGGESTIONS_PER_CANDIDATE, new rules).
 */
export class MatchSettingsApplied1764300001100 implements MigrationInterface {
  name = 'MatchSettingsApplied1764300001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE match_settings_applied (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        fingerprint text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE match_settings_applied');
  }
}
