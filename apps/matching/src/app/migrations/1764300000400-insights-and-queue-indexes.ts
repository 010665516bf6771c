import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the advisor's queue, the audit log's filters and the insights' funnel. */
export class InsightsAndQueueIndexes1764300000400 implements MigrationInterface {
  name = 'InsightsAndQueueIndexes1764300000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The queue and the funnel select candidates by region (or PI) and release date.
    await queryRunner.query(
      'CREATE INDEX candidates_region_release ON candidates (region_code, expected_release_date)',
    );
    await queryRunner.query(
      'CREATE INDEX candidates_release ON candidates (expected_release_date)',
    );
    // The funnel asks per candidate whether it was referred or placed.
    await queryRunner.query('CREATE INDEX referrals_candidate ON referrals (candidate_id, status)');
    // GET /audit filters by actor, newest (highest id) first.
    await queryRunner.query('CREATE INDEX audit_entries_actor ON audit_entries (actor, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'audit_entries_actor',
      'referrals_candidate',
      'candidates_release',
      'candidates_region_release',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
  }
}
