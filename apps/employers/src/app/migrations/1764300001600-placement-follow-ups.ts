import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why matching withdrew a referral (candidate-left, consent-withdrawn, placed-elsewhere; null for
 * events from before reasons were sent), and the answers of employers 3 and 6 months after a
 * placement's start date (one per placement and checkpoint).
 */
export class PlacementFollowUps1764300001600 implements MigrationInterface {
  name = 'PlacementFollowUps1764300001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE referrals ADD COLUMN withdrawal_reason text
        CONSTRAINT referrals_withdrawal_reason_known
        CHECK (withdrawal_reason IN ('candidate-left', 'consent-withdrawn', 'placed-elsewhere'))`);

    await queryRunner.query(`
      CREATE TABLE placement_follow_ups (
        placement_id uuid NOT NULL REFERENCES placements (id),
        checkpoint text NOT NULL CONSTRAINT placement_follow_ups_checkpoint_known
          CHECK (checkpoint IN ('3-months', '6-months')),
        holds boolean NOT NULL,
        ended_on date,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT placement_follow_ups_pkey PRIMARY KEY (placement_id, checkpoint),
        CONSTRAINT placement_follow_ups_ended_only_when_not_holding
          CHECK (ended_on IS NULL OR NOT holds)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE placement_follow_ups');
    await queryRunner.query('ALTER TABLE referrals DROP COLUMN withdrawal_reason');
  }
}
