import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a placement changes beyond its own referral (issue 11, part 4): the candidate's latest placement, kept on the
 * candidate so every view of it shows where it was placed without a join; why a referral was withdrawn (placed
 * elsewhere among the reasons); an advisor's choice to keep a referral standing through a placement elsewhere; the
 * day matching learned of a placement and what its follow-ups said at 3 and 6 months; and `placed` as a reason a
 * suggestion expired.
 */
export class PlacementAftermath1764300001500 implements MigrationInterface {
  name = 'PlacementAftermath1764300001500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE candidates ADD COLUMN placement jsonb');
    await queryRunner.query(`
      ALTER TABLE referrals
        ADD COLUMN withdrawal_reason text
          CHECK (withdrawal_reason IN ('candidate-left', 'consent-withdrawn', 'placed-elsewhere')),
        ADD COLUMN kept_standing_by text,
        ADD COLUMN kept_standing_at timestamptz,
        ADD COLUMN kept_standing_note text,
        ADD COLUMN placed_on date,
        ADD COLUMN holds_at_3_months boolean,
        ADD COLUMN holds_at_6_months boolean,
        ADD COLUMN ended_on date,
        ADD CONSTRAINT referrals_kept_standing_complete
          CHECK ((kept_standing_by IS NULL) = (kept_standing_at IS NULL) AND (kept_standing_by IS NULL) = (kept_standing_note IS NULL))`);
    await queryRunner.query(
      'ALTER TABLE suggestions DROP CONSTRAINT IF EXISTS suggestions_expiry_reason_check',
    );
    await queryRunner.query(`
      ALTER TABLE suggestions ADD CONSTRAINT suggestions_expiry_reason_check
        CHECK (expiry_reason IN ('no-longer-matches', 'below-min-score', 'outranked', 'placed'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Before `placed` was a reason, a placed candidate's suggestions expired as no longer matching.
    await queryRunner.query(
      "UPDATE suggestions SET expiry_reason = 'no-longer-matches' WHERE expiry_reason = 'placed'",
    );
    await queryRunner.query(
      'ALTER TABLE suggestions DROP CONSTRAINT suggestions_expiry_reason_check',
    );
    await queryRunner.query(`
      ALTER TABLE suggestions ADD CONSTRAINT suggestions_expiry_reason_check
        CHECK (expiry_reason IN ('no-longer-matches', 'below-min-score', 'outranked'))`);
    await queryRunner.query(`
      ALTER TABLE referrals
        DROP CONSTRAINT referrals_kept_standing_complete,
        DROP COLUMN withdrawal_reason,
        DROP COLUMN kept_standing_by,
        DROP COLUMN kept_standing_at,
        DROP COLUMN kept_standing_note,
        DROP COLUMN placed_on,
        DROP COLUMN holds_at_3_months,
        DROP COLUMN holds_at_6_months,
        DROP COLUMN ended_on`);
    await queryRunner.query('ALTER TABLE candidates DROP COLUMN placement');
  }
}
