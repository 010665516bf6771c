import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of employers' covenant vacancies. */
@Entity({ name: 'vacancies' })
export class Vacancy {
  @PrimaryColumn({ name: 'vacancy_id', type: 'text' })
  vacancyId: string;

  @Column({ name: 'employer_id', type: 'text' })
  employerId: string;

  @Column({ name: 'covenant_id', type: 'text' })
  covenantId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'hours_per_week', type: 'integer' })
  hoursPerWeek: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ type: 'integer' })
  openings: number;

  @Column({ name: 'openings_left', type: 'integer' })
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
  status: 'open' | 'filled' | 'closed';

  @Column({ type: 'integer' })
  version: number;
}
