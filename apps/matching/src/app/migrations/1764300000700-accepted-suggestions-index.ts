import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The advisor's queue says of each suggestion whether its candidate has an accepted one (a correlated EXISTS per row).
 * A partial index on the accepted suggestions answers that with an index-only look-up of one candidate; without it
 * the planner ANDs the (candidate_id, target_id) key with `suggestions_status`, reading every accepted suggestion
 * of every candidate for each row of the page.
 */
export class AcceptedSuggestionsIndex1764300000700 implements MigrationInterface {
  name = 'AcceptedSuggestionsIndex1764300000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX suggestions_candidate_accepted ON suggestions (candidate_id) WHERE status = 'accepted'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX suggestions_candidate_accepted');
  }
}
