import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log names the PI's of registrations, transfers and refused lookups (never the DJI
 * number) and the referral an entry concerns: the columns `createAuditLogTable` of
 * `@bridge/platform` gives the other services' logs.
 * Adding nullable columns rewrites no row, so the append-only trigger stays untouched.
 */
export class AuditPiCodesAndReferral1764300000800 implements MigrationInterface {
  name = 'AuditPiCodesAndReferral1764300000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE audit_entries ADD COLUMN referral_id text, ADD COLUMN pi_code text, ADD COLUMN other_pi_code text',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE audit_entries DROP COLUMN other_pi_code, DROP COLUMN pi_code, DROP COLUMN referral_id',
    );
  }
}
