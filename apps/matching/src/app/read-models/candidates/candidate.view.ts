import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CandidateCertificate } from '../certificates/candidate-certificate.entity';
import {
  Candidate,
  CandidateConsent,
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
