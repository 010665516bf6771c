import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The table of `Idempotency-Key` answers (`IdempotencyRecord`); every service gets it from
 * `serviceInfrastructure()`, after the messaging tables and before its own.
 */
export class IdempotencyKeysTable1764300000050 implements MigrationInterface {
  name = 'IdempotencyKeysTable1764300000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        caller text NOT NULL,
        idempotency_key text NOT NULL,
        route text NOT NULL,
        request_hash text NOT NULL,
        response_status integer,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_keys_pkey PRIMARY KEY (caller, idempotency_key)
      )`);
    // For a purge of expired keys (none runs yet: an expired key is overwritten when reused).
    await queryRunner.query(
      `CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_keys');
  }
}
