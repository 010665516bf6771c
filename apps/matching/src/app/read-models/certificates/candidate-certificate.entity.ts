import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of training's certificates: what a candidate holds, as far as matching needs it. */
@Entity({ name: 'candidate_certificates' })
export class CandidateCertificate {
  @PrimaryColumn({ name: 'certificate_id', type: 'text' })
  certificateId: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ type: 'text' })
  crebo: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ type: 'text' })
  status: 'valid' | 'revoked';

  @Column({ type: 'integer' })
  version: number;
}
