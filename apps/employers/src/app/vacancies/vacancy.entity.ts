import { Column, Entity, PrimaryColumn } from 'typeorm';

export const VACANCY_STATUSES = ['open', 'filled', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

/** A vacancy an employer posts under one of its active covenants. Lifecycle: open → filled | closed. */
@Entity({ name: 'vacancies' })
export class Vacancy {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @Column({ name: 'covenant_id', type: 'uuid' })
  covenantId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The employer's sector when the vacancy was published. */
  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  /** Labour market region of the municipality (kept for filtering). */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'hours_per_week', type: 'int' })
  hoursPerWeek: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ type: 'int' })
  openings: number;

  @Column({ name: 'openings_left', type: 'int' })
  openingsLeft: number;

  @Column({ name: 'required_qualifications', type: 'text', array: true })
  requiredQualifications: string[];

  @Column({ name: 'preferred_qualifications', type: 'text', array: true })
  preferredQualifications: string[];

  @Column({ name: 'requires_vog', type: 'boolean' })
  requiresVog: boolean;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'text' })
  status: VacancyStatus;

  /** The employer's free-text reason when it closed the vacancy (never in an event). */
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  /** The aggregate version carried by its events; 1 when published, +1 on every change. */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
