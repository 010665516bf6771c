import { Column, Entity, PrimaryColumn } from 'typeorm';
import { isWithin } from '@bridge/platform';

/**
 * A covenant with DJI, signed by exactly one employer (`employerId`) or one school (`brin`),
 * covering labour market regions and, optionally, naming PI's it works with.
 */
@Entity({ name: 'covenants' })
export class Covenant {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ type: 'text', nullable: true })
  brin: string | null;

  @Column({ name: 'region_codes', type: 'text', array: true })
  regionCodes: string[];

  @Column({ name: 'pi_codes', type: 'text', array: true })
  piCodes: string[];

  /** `YYYY-MM-DD` (TypeORM hands `date` columns over as strings). */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo: string;

  @Column({ name: 'placements_per_year', type: 'int', nullable: true })
  placementsPerYear: number | null;

  /** What DJI and the signatory promise each other (coaching, a buddy, transport, ...). */
  @Column({ type: 'text', array: true })
  support: string[];

  /** The day an admin ended it (also its `validTo` from then on); null while not ended. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** The admin's free-text reason for ending it (never in an event). */
  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  /** The aggregate version carried by its events; 1 when signed, +1 on every change. */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Whether the covenant is in force on `date` (its validity range includes both ends). */
  isActiveOn(date: string): boolean {
    return isWithin(date, this.validFrom, this.validTo);
  }

  /**
   * Whether its vacancies must close by `today`: an ended covenant's on its `endedOn`, any other's
   * once it is no longer in force (the day after `validTo`).
   */
  isOverOn(today: string): boolean {
    return this.endedOn !== null ? this.endedOn <= today : this.validTo < today;
  }
}
