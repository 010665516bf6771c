import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SCHOOL_PLACE_STATUSES = ['open', 'full', 'withdrawn'] as const;
export type SchoolPlaceStatus = (typeof SCHOOL_PLACE_STATUSES)[number];
export const LEARNING_PATHS = ['BBL', 'BOL'] as const;
export type LearningPath = (typeof LEARNING_PATHS)[number];

/**
 * A school place: seats of an education provider for one MBO qualification. `title`, `level` and
 * `sector` are the crebo's reference data; `regionCode` follows from the municipality. `version`
 * is the aggregate version carried by its events.
 */
@Entity({ name: 'school_places' })
export class SchoolPlace {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  brin: string;

  /**
   * Optional: a covenant of this provider (training's covenants read model), in force on the start
   * date when set. A covenant that ends later leaves the place as it is.
   */
  @Column({ name: 'covenant_id', type: 'text', nullable: true })
  covenantId: string | null;

  @Column({ type: 'text' })
  crebo: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'learning_path', type: 'text' })
  learningPath: LearningPath;

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

  @Column({ type: 'text' })
  status: SchoolPlaceStatus;

  @Column({ name: 'min_level', type: 'smallint', nullable: true })
  minLevel: number | null;

  @Column({ name: 'required_qualifications', type: 'text', array: true })
  requiredQualifications: string[];

  @Column({ type: 'integer' })
  version: number;

  /** `sub` of the provider user or admin who published it. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
