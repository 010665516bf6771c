import { MigrationInterface, QueryRunner } from 'typeorm';

/** Referrals: accepted suggestions as the employer or school sees them, anonymised. */
export class Referrals1764300000200 implements MigrationInterface {
  name = 'Referrals1764300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY,
        suggestion_id uuid NOT NULL UNIQUE REFERENCES suggestions (id),
        candidate_id uuid NOT NULL REFERENCES candidates (id),
        target_id text NOT NULL,
        target_type text NOT NULL CHECK (target_type IN ('vacancy', 'school-place')),
        employer_id text,
        brin text,
        region_code text NOT NULL,
        available_from date NOT NULL,
        certificates jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('referred', 'placed', 'declined', 'withdrawn')),
        decline_note text,
        version integer NOT NULL,
        -- millisecond precision: the list cursor keeps created_at as JavaScript writes it
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (CASE target_type WHEN 'vacancy' THEN employer_id IS NOT NULL ELSE brin IS NOT NULL END)
      )`);
    await queryRunner.query(
      'CREATE INDEX referrals_employer ON referrals (employer_id, created_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX referrals_brin ON referrals (brin, created_at DESC, id DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE referrals');
  }
}
