import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An education provider (MBO school or ROC), known by its BRIN code, registered by an admin. */
@Entity({ name: 'providers' })
export class Provider {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** 2 digits and 2 letters, e.g. `25LX`; unique. */
  @Column({ type: 'text' })
  brin: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  /** `sub` of the admin who registered it. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
