import { MigrationInterface, QueryRunner } from 'typeorm';
import { addAuditDetailsColumn, dropAuditDetailsColumn } from '@bridge/platform';

/** An export's audit entry keeps the filters it applied and the rows it wrote (`AuditEntry.details`). */
export class AuditDetails1764300001700 implements MigrationInterface {
  name = 'AuditDetails1764300001700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addAuditDetailsColumn(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditDetailsColumn(queryRunner);
  }
}
