import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CandidateCertificate } from '../certificates/candidate-certificate.entity';
import {
  Candidate,
  CandidateConsent,
  CandidatePlacement,
  CandidatePreferences,
  LEAVE_REASONS,
  LeaveReason,
  VOG_OUTLOOKS,
  VogOutlook,
} from './candidate.entity';

export class CandidateCertificateView {
  @ApiProperty({ example: '25252' }) crebo: string;
  @ApiProperty({ example: 'Assistent horeca, voeding of voedingsindustrie' }) title: string;
  @ApiProperty({ example: '2026-10-01' }) issuedOn: string;
}

/** Where and since when a candidate is placed: its latest placement, as the target's service recorded it. */
export class CandidatePlacementView {
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) targetType:
    | 'vacancy'
    | 'school-place';
  @ApiProperty({ example: '9a4e2f7c-1b3d-4c8e-a5f6-7d9b0c1e2f3a' }) targetId: string;
  @ApiProperty({ example: 'Machinaal houtbewerker' }) title: string;
  @ApiProperty({ example: '2027-03-01', format: 'date', description: 'The target’s start date' })
  startDate: string;
  @ApiProperty({
    example: '2027-02-10',
    format: 'date',
    description: 'The day the employer or school recorded the placement',
  })
  placedOn: string;

  static of(placement: CandidatePlacement | null): CandidatePlacementView | null {
    if (!placement) return null;
    const { targetType, targetId, title, startDate, placedOn } = placement;
    return { targetType, targetId, title, startDate, placedOn };
  }
}

/** A candidate as the API shows it: never the DJI number or its hash. */
export class CandidateView {
  @ApiProperty({ example: '5d0c0a52-5c7e-4c3e-9a43-3d3f8e4f1a7b', description: 'Pseudonym' })
  id: string;
  @ApiProperty({ example: 'PI-VUGHT' }) piCode: string;
  @ApiProperty({ example: '2027-03-15' }) expectedReleaseDate: string;
  @ApiProperty({ example: 'GM0344' }) returnMunicipalityCode: string;
  @ApiProperty({ example: 'AM28' }) regionCode: string;
  @ApiProperty({ enum: VOG_OUTLOOKS, example: 'likely' }) vogOutlook: VogOutlook;
  @ApiProperty({ example: [] }) excludedMunicipalities: string[];
  @ApiProperty({ example: { sectors: [], work: true, education: false } })
  preferences: CandidatePreferences;
  @ApiProperty({ example: { shareAnonymisedProfile: true } }) consent: CandidateConsent;
  @ApiProperty({ enum: ['active', 'left'], example: 'active' }) status: 'active' | 'left';
  @ApiProperty({
    enum: LEAVE_REASONS,
    nullable: true,
    example: null,
    description: 'Why the candidate left; null while active',
  })
  leftReason: LeaveReason | null;
  @ApiProperty({
    type: CandidatePlacementView,
    nullable: true,
    description:
      'The latest placement (at a vacancy or school place); null when never placed. A placed candidate gets no new suggestions',
  })
  placement: CandidatePlacementView | null;
  @ApiProperty({ example: 1, description: 'Raised by every change' }) version: number;
  @ApiProperty({ example: '2026-11-02T09:30:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-20T14:05:00.000Z' }) updatedAt: string;
  @ApiPropertyOptional({ type: [CandidateCertificateView] })
  certificates?: CandidateCertificateView[];

  static of(candidate: Candidate, certificates?: CandidateCertificate[]): CandidateView {
    return {
      id: candidate.id,
      piCode: candidate.piCode,
      expectedReleaseDate: candidate.expectedReleaseDate,
      returnMunicipalityCode: candidate.returnMunicipalityCode,
      regionCode: candidate.regionCode,
      vogOutlook: candidate.vogOutlook,
      excludedMunicipalities: candidate.excludedMunicipalities,
      preferences: candidate.preferences,
      consent: candidate.consent,
      status: candidate.status,
      leftReason: candidate.leftReason,
      placement: CandidatePlacementView.of(candidate.placement),
      version: candidate.version,
      createdAt: candidate.createdAt.toISOString(),
      updatedAt: candidate.updatedAt.toISOString(),
      ...(certificates && {
        certificates: certificates.map(({ crebo, title, issuedOn }) => ({
          crebo,
          title,
          issuedOn,
        })),
      }),
    };
  }
}

/** A page of `GET /candidates`: each candidate with its valid certificates. */
export class CandidateListView {
  @ApiProperty({ type: [CandidateView] }) items: CandidateView[];
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'Pass as ?cursor= for the next page; null on the last page',
  })
  nextCursor: string | null;
}
