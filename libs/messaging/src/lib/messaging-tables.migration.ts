import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox tables; every service lists this migration first. */
export class MessagingTables1764300000000 implements MigrationInterface {
  name = 'MessagingTables1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_messages_unpublished ON outbox_messages (id) WHERE published_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE inbox_messages (
        event_id uuid PRIMARY KEY,
        topic text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inbox_messages');
    await queryRunner.query('DROP TABLE outbox_messages');
  }
}
