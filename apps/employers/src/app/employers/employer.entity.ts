import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A covenant employer, registered by a DJI regional coordinator. */
@Entity({ name: 'employers' })
export class Employer {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Chamber of Commerce number (8 digits), unique. */
  @Column({ name: 'kvk_number', type: 'text' })
  kvkNumber: string;

  @Column({ type: 'text' })
  name: string;

  /** CBS code of the municipality of its establishment. */
  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
