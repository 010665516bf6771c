import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogTable, dropAuditLogTable } from '@bridge/platform';

/** The employers service's own append-only audit log (placements of referred candidates). */
export class AuditLog1764300000600 implements MigrationInterface {
  name = 'AuditLog1764300000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditLogTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditLogTable(queryRunner);
  }
}
