import { QueryRunner } from 'typeorm';

/**
 * The audit log's table (`AuditEntry`), for a service's own migration: append-only, enforced by
 * the database (a trigger refuses every UPDATE and DELETE, whoever connects), so a bug or a stolen
 * application login cannot rewrite who saw what.
 */
export async function createAuditLogTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE audit_entries (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      role text NOT NULL,
      action text NOT NULL,
      candidate_id uuid,
      target_id text,
      referral_id text,
      request_id text,
      pi_code text,
      other_pi_code text
    )`);
  await queryRunner.query(
    'CREATE INDEX audit_entries_candidate ON audit_entries (candidate_id, at)',
  );
  // GET /audit filters by actor, newest (highest id) first.
  await queryRunner.query('CREATE INDEX audit_entries_actor ON audit_entries (actor, id)');
  await queryRunner.query(`
    CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$`);
  await queryRunner.query(`
    CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
}

export async function dropAuditLogTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('DROP TABLE audit_entries');
  await queryRunner.query('DROP FUNCTION audit_entries_append_only');
}

/** The `details` column of an export's entry (filters and row count), for the services' later migrations. */
export async function addAuditDetailsColumn(queryRunner: QueryRunner): Promise<void> {
  // A nullable column rewrites no row, so the append-only trigger is never asked.
  await queryRunner.query('ALTER TABLE audit_entries ADD COLUMN details jsonb');
}

export async function dropAuditDetailsColumn(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('ALTER TABLE audit_entries DROP COLUMN details');
}
