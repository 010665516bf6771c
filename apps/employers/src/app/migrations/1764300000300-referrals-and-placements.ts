import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing a vacancy (its free-text reason), the referrals read model (from matching's events) and
 * the placements of referrals on vacancies (one per referral).
 */
export class ReferralsAndPlacements1764300000300 implements MigrationInterface {
  name = 'ReferralsAndPlacements1764300000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vacancies ADD COLUMN close_reason text`);

    await queryRunner.query(`
      CREATE TABLE referrals (
        referral_id uuid PRIMARY KEY,
        target_id uuid NOT NULL,
        target_type text NOT NULL,
        employer_id uuid,
        status text NOT NULL CONSTRAINT referrals_status_known
          CHECK (status IN ('referred', 'withdrawn', 'declined', 'placed')),
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX referrals_target ON referrals (target_id)`);

    await queryRunner.query(`
      CREATE TABLE placements (
        id uuid PRIMARY KEY,
        vacancy_id uuid NOT NULL REFERENCES vacancies (id),
        referral_id uuid NOT NULL CONSTRAINT placements_referral_id_key UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX placements_vacancy ON placements (vacancy_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE placements');
    await queryRunner.query('DROP TABLE referrals');
    await queryRunner.query('ALTER TABLE vacancies DROP COLUMN close_reason');
  }
}
