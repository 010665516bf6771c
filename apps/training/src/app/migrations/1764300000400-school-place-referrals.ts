import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching's referrals to school places (read model fed by its events) and the placements
 * providers record for them.
 */
export class SchoolPlaceReferrals1764300000400 implements MigrationInterface {
  name = 'SchoolPlaceReferrals1764300000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A withdrawn/declined event that overtakes the created one leaves a row in that state, so
    // the late created event (a lower version) cannot revive it.
    await queryRunner.query(`
      CREATE TABLE school_place_referrals (
        referral_id text PRIMARY KEY,
        school_place_id text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT school_place_referrals_status_check CHECK (status IN ('active', 'withdrawn', 'declined')),
        CONSTRAINT school_place_referrals_version_check CHECK (version >= 1)
      )`);
    await queryRunner.query(
      `CREATE INDEX school_place_referrals_place ON school_place_referrals (school_place_id)`,
    );
    // One placement per referral (the primary key is the "already placed" guard).
    await queryRunner.query(`
      CREATE TABLE school_place_placements (
        referral_id text PRIMARY KEY,
        school_place_id uuid NOT NULL REFERENCES school_places (id),
        placed_by text NOT NULL,
        placed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX school_place_placements_place ON school_place_placements (school_place_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE school_place_placements');
    await queryRunner.query('DROP TABLE school_place_referrals');
  }
}
