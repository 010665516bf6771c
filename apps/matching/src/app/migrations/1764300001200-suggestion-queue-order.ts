import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The advisor's queue lists open suggestions by their candidate's release date, region and PI. Read through
 * a join, every page sorted all open suggestions of the regions (200,000 at national size); with the
 * candidate's three values copied onto each suggestion, an index serves the filter and the order, and a page
 * reads its own rows (at 200,000 suggestions: one region's first page 68 -> 2.6 ms). Triggers keep the copies: a new suggestion takes them from its candidate, and a change
 * of a candidate's release date, region or PI (an update, a transfer) is written to all its suggestions.
 */
export class SuggestionQueueOrder1764300001200 implements MigrationInterface {
  name = 'SuggestionQueueOrder1764300001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE suggestions
        ADD COLUMN candidate_release_date date,
        ADD COLUMN candidate_region_code text,
        ADD COLUMN candidate_pi_code text`);
    await queryRunner.query(`
      UPDATE suggestions s
         SET candidate_release_date = c.expected_release_date, candidate_region_code = c.region_code, candidate_pi_code = c.pi_code
        FROM candidates c
       WHERE c.id = s.candidate_id`);
    await queryRunner.query(`
      ALTER TABLE suggestions
        ALTER COLUMN candidate_release_date SET NOT NULL,
        ALTER COLUMN candidate_region_code SET NOT NULL,
        ALTER COLUMN candidate_pi_code SET NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION suggestions_copy_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT expected_release_date, region_code, pi_code
          INTO NEW.candidate_release_date, NEW.candidate_region_code, NEW.candidate_pi_code
          FROM candidates WHERE id = NEW.candidate_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER suggestions_copy_candidate BEFORE INSERT OR UPDATE OF candidate_id ON suggestions
        FOR EACH ROW EXECUTE FUNCTION suggestions_copy_candidate()`);
    await queryRunner.query(`
      CREATE FUNCTION candidates_copy_to_suggestions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE suggestions
           SET candidate_release_date = NEW.expected_release_date, candidate_region_code = NEW.region_code, candidate_pi_code = NEW.pi_code
         WHERE candidate_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER candidates_copy_to_suggestions AFTER UPDATE OF expected_release_date, region_code, pi_code ON candidates
        FOR EACH ROW
        WHEN (OLD.expected_release_date IS DISTINCT FROM NEW.expected_release_date
           OR OLD.region_code IS DISTINCT FROM NEW.region_code
           OR OLD.pi_code IS DISTINCT FROM NEW.pi_code)
        EXECUTE FUNCTION candidates_copy_to_suggestions()`);
    // One region's queue in order (an advisor's regions are read one by one), and everyone's (an admin).
    await queryRunner.query(
      'CREATE INDEX suggestions_queue ON suggestions (status, candidate_region_code, candidate_release_date, score DESC, id)',
    );
    await queryRunner.query(
      'CREATE INDEX suggestions_queue_all ON suggestions (status, candidate_release_date, score DESC, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX suggestions_queue_all');
    await queryRunner.query('DROP INDEX suggestions_queue');
    await queryRunner.query('DROP TRIGGER candidates_copy_to_suggestions ON candidates');
    await queryRunner.query('DROP FUNCTION candidates_copy_to_suggestions()');
    await queryRunner.query('DROP TRIGGER suggestions_copy_candidate ON suggestions');
    await queryRunner.query('DROP FUNCTION suggestions_copy_candidate()');
    await queryRunner.query(
      'ALTER TABLE suggestions DROP COLUMN candidate_release_date, DROP COLUMN candidate_region_code, DROP COLUMN candidate_pi_code',
    );
  }
}
