import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, parts 1 and 5.
 *
 * Replay: each suggestion names the rules version, the settings fingerprint and the day (as_of) it was computed for,
 * and the inputs it was computed from as two content-addressed snapshots (the candidate's match profile, the target's
 * profile): a row of `match_input_snapshots` is keyed by the SHA-256 of its canonical JSON, so the one profile of a
 * candidate serves all its suggestions and a target's serves every candidate it is suggested to. Suggestions made
 * before this change keep nulls there: they cannot be replayed.
 *
 * Snooze: an advisor parks a suggested one until a day (`snoozed_until`), with a reason code and maybe a note.
 *
 * Decisions: every acceptance, rejection, snooze and un-snooze, append-only (a trigger refuses UPDATE and DELETE);
 * the reviews made before are copied in.
 */
export class SuggestionInputsSnoozeDecisions1764300001300 implements MigrationInterface {
  name = 'SuggestionInputsSnoozeDecisions1764300001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE match_input_snapshots (
        hash text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('candidate', 'target')),
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      ALTER TABLE suggestions
        ADD COLUMN rules_version integer,
        ADD COLUMN settings_fingerprint text,
        ADD COLUMN as_of date,
        ADD COLUMN candidate_input text REFERENCES match_input_snapshots (hash),
        ADD COLUMN target_input text REFERENCES match_input_snapshots (hash),
        ADD COLUMN snoozed_until date,
        ADD COLUMN snooze_reason_code text
          CHECK (snooze_reason_code IN ('awaiting-vog', 'awaiting-release-date', 'candidate-unavailable', 'awaiting-target', 'other')),
        ADD COLUMN snooze_note text,
        ADD CONSTRAINT suggestions_snooze_complete CHECK ((snoozed_until IS NULL) = (snooze_reason_code IS NULL))`);
    await queryRunner.query(`
      CREATE TABLE suggestion_decisions (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        suggestion_id uuid NOT NULL REFERENCES suggestions (id),
        candidate_id uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('accepted', 'rejected', 'snoozed', 'unsnoozed')),
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        reason_code text,
        note text,
        snoozed_until date,
        target_type text NOT NULL,
        target_title text NOT NULL
      )`);
    // A candidate's history newest first.
    await queryRunner.query(
      'CREATE INDEX suggestion_decisions_candidate ON suggestion_decisions (candidate_id, seq DESC)',
    );
    await queryRunner.query(`
      CREATE FUNCTION suggestion_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'suggestion_decisions is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER suggestion_decisions_append_only BEFORE UPDATE OR DELETE ON suggestion_decisions
        FOR EACH ROW EXECUTE FUNCTION suggestion_decisions_append_only()`);
    await queryRunner.query(`
      INSERT INTO suggestion_decisions (id, suggestion_id, candidate_id, decision, decided_by, decided_at, reason_code, note, target_type, target_title)
      SELECT gen_random_uuid(), id, candidate_id, status, reviewed_by, reviewed_at, reason_code, note, target_type, target->>'title'
        FROM suggestions
       WHERE status IN ('accepted', 'rejected') AND reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL
       ORDER BY reviewed_at, id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE suggestion_decisions');
    await queryRunner.query('DROP FUNCTION suggestion_decisions_append_only()');
    await queryRunner.query(`
      ALTER TABLE suggestions
        DROP CONSTRAINT suggestions_snooze_complete,
        DROP COLUMN rules_version,
        DROP COLUMN settings_fingerprint,
        DROP COLUMN as_of,
        DROP COLUMN candidate_input,
        DROP COLUMN target_input,
        DROP COLUMN snoozed_until,
        DROP COLUMN snooze_reason_code,
        DROP COLUMN snooze_note`);
    await queryRunner.query('DROP TABLE match_input_snapshots');
  }
}
