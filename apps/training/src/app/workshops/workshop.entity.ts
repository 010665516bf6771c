import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WorkshopTypeCode } from '@bridge/reference-data';

/**
 * An In-Made workshop of a PI (e.g. "Houtbewerking PI Vught"). The rows are illustrative demo
 * data seeded by migration 1764300000200, not a DJI source (see that migration).
 */
@Entity({ name: 'workshops' })
export class Workshop {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'pi_code', type: 'text' })
  piCode: string;

  /** A workshop type code of the reference data (`wood`, `metal`, ...). */
  @Column({ type: 'text' })
  type: WorkshopTypeCode;

  @Column({ type: 'text' })
  name: string;
}
