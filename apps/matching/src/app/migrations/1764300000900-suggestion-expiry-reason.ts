import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A candidate keeps only its best open suggestions (MATCH_MAX_SUGGESTIONS_PER_CANDIDATE), so an open suggestion may
 * expire for a better target as well as for one that no longer matches: the reason is kept with it. And a changed
 * target looks up the open suggestions of it: without an index on the target, that read every open suggestion.
 */
export class SuggestionExpiryReason1764300000900 implements MigrationInterface {
  name = 'SuggestionExpiryReason1764300000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE suggestions ADD COLUMN expiry_reason text
        CHECK (expiry_reason IN ('no-longer-matches', 'below-min-score', 'outranked'))`);
    await queryRunner.query(
      `CREATE INDEX suggestions_target_open ON suggestions (target_id) WHERE status = 'suggested'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX suggestions_target_open');
    await queryRunner.query('ALTER TABLE suggestions DROP COLUMN expiry_reason');
  }
}
