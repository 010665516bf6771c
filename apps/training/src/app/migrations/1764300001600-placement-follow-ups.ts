import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why matching withdrew a school-place referral (candidate-left, consent-withdrawn,
 * placed-elsewhere; null for events from before reasons were sent); an id for each placement (its
 * follow-ups address it); and the schools' answers 3 and 6 months after a placement's start date.
 */
export class PlacementFollowUps1764300001600 implements MigrationInterface {
  name = 'PlacementFollowUps1764300001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE school_place_referrals ADD COLUMN withdrawal_reason text
        CONSTRAINT school_place_referrals_withdrawal_reason_known
        CHECK (withdrawal_reason IN ('candidate-left', 'consent-withdrawn', 'placed-elsewhere'))`);

    await queryRunner.query('ALTER TABLE school_place_placements ADD COLUMN id uuid');
    await queryRunner.query('UPDATE school_place_placements SET id = gen_random_uuid()');
    await queryRunner.query('ALTER TABLE school_place_placements ALTER COLUMN id SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE school_place_placements ADD CONSTRAINT school_place_placements_id_key UNIQUE (id)',
    );

    await queryRunner.query(`
      CREATE TABLE school_place_placement_follow_ups (
        placement_id uuid NOT NULL REFERENCES school_place_placements (id),
        checkpoint text NOT NULL CONSTRAINT school_place_placement_follow_ups_checkpoint_known
          CHECK (checkpoint IN ('3-months', '6-months')),
        holds boolean NOT NULL,
        ended_on date,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT school_place_placement_follow_ups_pkey PRIMARY KEY (placement_id, checkpoint),
        CONSTRAINT school_place_placement_follow_ups_ended_only_when_not_holding
          CHECK (ended_on IS NULL OR NOT holds)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE school_place_placement_follow_ups');
    await queryRunner.query('ALTER TABLE school_place_placements DROP COLUMN id');
    await queryRunner.query('ALTER TABLE school_place_referrals DROP COLUMN withdrawal_reason');
  }
}
