import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `GET /candidates` pages candidates by expected release date, then id, over all of them (admin),
 * one PI (PI staff) or some regions (advisors; `candidates_region_release` serves those).
 */
export class CandidateListIndexes1764300000600 implements MigrationInterface {
  name = 'CandidateListIndexes1764300000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX candidates_release_id ON candidates (expected_release_date, id)',
    );
    await queryRunner.query(
      'CREATE INDEX candidates_pi_release_id ON candidates (pi_code, expected_release_date, id)',
    );
    // A candidate's referrals, newest first.
    await queryRunner.query(
      'CREATE INDEX referrals_candidate_created ON referrals (candidate_id, created_at DESC, id DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'referrals_candidate_created',
      'candidates_pi_release_id',
      'candidates_release_id',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
  }
}
