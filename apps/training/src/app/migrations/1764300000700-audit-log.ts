import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogTable, dropAuditLogTable } from '@bridge/platform';

/** Training's own append-only audit log (reads of certificates, which are candidate data). */
export class AuditLog1764300000700 implements MigrationInterface {
  name = 'AuditLog1764300000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditLogTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditLogTable(queryRunner);
  }
}
