import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of employers' covenants: who signed, for which regions and PI's, and when. */
@Entity({ name: 'covenants' })
export class Covenant {
  @PrimaryColumn({ name: 'covenant_id', type: 'text' })
  covenantId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'employer_id', type: 'text', nullable: true })
  employerId: string | null;

  @Column({ type: 'text', nullable: true })
  brin: string | null;

  @Column({ name: 'region_codes', type: 'text', array: true })
  regionCodes: string[];

  @Column({ name: 'pi_codes', type: 'text', array: true })
  piCodes: string[];

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'integer' })
  version: number;

  /** Whether the covenant holds on `date` (YYYY-MM-DD). */
  isActiveOn(date: string): boolean {
    const end = this.endedOn && this.endedOn < this.validTo ? this.endedOn : this.validTo;
    return this.validFrom <= date && date <= end;
  }
}
