import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employers' covenants as training needs them to check a school place's covenant (read model fed
 * by the covenant events). An `ended` event that overtakes the covenant's earlier events leaves a
 * row with only the id, `ended_on` and version (no signatory, no validity), so the late `signed`
 * event (a lower version) cannot bring the covenant back.
 */
export class Covenants1764300000500 implements MigrationInterface {
  name = 'Covenants1764300000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE covenants (
        covenant_id text PRIMARY KEY,
        employer_id text,
        brin text,
        region_codes text[] NOT NULL DEFAULT '{}',
        pi_codes text[] NOT NULL DEFAULT '{}',
        valid_from date,
        valid_to date,
        ended_on date,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT covenants_signatory_check CHECK (
          (valid_from IS NULL AND valid_to IS NULL AND employer_id IS NULL AND brin IS NULL)
          OR (valid_from IS NOT NULL AND valid_to IS NOT NULL AND (employer_id IS NULL) <> (brin IS NULL))
        ),
        CONSTRAINT covenants_version_check CHECK (version >= 1)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE covenants');
  }
}
