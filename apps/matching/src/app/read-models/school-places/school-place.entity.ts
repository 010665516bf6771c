import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SchoolPlaceStatus = 'open' | 'full' | 'withdrawn';

/** Read model of training's school places: one qualification at one school, with seats. */
@Entity({ name: 'school_places' })
export class SchoolPlace {
  @PrimaryColumn({ name: 'school_place_id', type: 'text' })
  schoolPlaceId: string;

  @Column({ type: 'text' })
  brin: string;

  /** Optional: a school place may be offered outside any covenant. */
  @Column({ name: 'covenant_id', type: 'text', nullable: true })
  covenantId: string | null;

  /** The qualification the place trains for. */
  @Column({ type: 'text' })
  crebo: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'learning_path', type: 'text' })
  learningPath: 'BBL' | 'BOL';

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ type: 'integer' })
  seats: number;

  @Column({ name: 'seats_left', type: 'integer' })
  seatsLeft: number;

  /** Entry requirement: a valid certificate at this MBO level or higher; `null` when none. */
  @Column({ name: 'min_level', type: 'integer', nullable: true })
  minLevel: number | null;

  /** Entry requirement: qualifications to hold as valid certificates. */
  @Column({ name: 'required_qualifications', type: 'text', array: true })
  requiredQualifications: string[];

  @Column({ type: 'text' })
  status: SchoolPlaceStatus;

  @Column({ type: 'integer' })
  version: number;
}
