import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Training's read model of employers' covenants, fed only by employers' events: who signed (an
 * employer, or a school by its BRIN), what it covers and when it holds. A row whose `validFrom` is
 * null is the tombstone of an `ended` event that overtook the covenant's state (see migration
 * 1764300000500); it is in force on no date.
 */
@Entity({ name: 'covenants' })
export class Covenant {
  @PrimaryColumn({ name: 'covenant_id', type: 'text' })
  covenantId: string;

  @Column({ name: 'employer_id', type: 'text', nullable: true })
  employerId: string | null;

  @Column({ type: 'text', nullable: true })
  brin: string | null;

  @Column({ name: 'region_codes', type: 'text', array: true })
  regionCodes: string[];

  @Column({ name: 'pi_codes', type: 'text', array: true })
  piCodes: string[];

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** The aggregate version of the newest employers event applied. */
  @Column({ type: 'integer' })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * Whether the covenant holds on `date` (YYYY-MM-DD): within its validity, both ends included, and
 * not after the day it ended. The same rule as matching's, which decides the suggestions.
 */
export function covenantInForceOn(covenant: Covenant, date: string): boolean {
  if (covenant.validFrom === null || covenant.validTo === null) return false;
  const lastDay =
    covenant.endedOn !== null && covenant.endedOn < covenant.validTo
      ? covenant.endedOn
      : covenant.validTo;
  return covenant.validFrom <= date && date <= lastDay;
}
