import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A school-place referral that stands is `referred`, the word matching and employers use for it
 * (it was `active` here).
 */
export class ReferralStatusReferred1764300000800 implements MigrationInterface {
  name = 'ReferralStatusReferred1764300000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await renameStatus(queryRunner, 'active', 'referred');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await renameStatus(queryRunner, 'referred', 'active');
  }
}

/** Renames one status word in the rows and in the CHECK constraint that lists the words. */
async function renameStatus(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  await queryRunner.query(
    'ALTER TABLE school_place_referrals DROP CONSTRAINT school_place_referrals_status_check',
  );
  await queryRunner.query('UPDATE school_place_referrals SET status = $1 WHERE status = $2', [
    to,
    from,
  ]);
  await queryRunner.query(
    `ALTER TABLE school_place_referrals ADD CONSTRAINT school_place_referrals_status_check
       CHECK (status IN ('${to}', 'withdrawn', 'declined'))`,
  );
}
