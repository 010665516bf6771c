import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Principal } from '@bridge/platform';
import { ApiNextCursor } from '../common/openapi-examples';
import { Certificate, CERTIFICATE_STATUSES } from './certificate.entity';

export class CertificateView {
  @ApiProperty({
    format: 'uuid',
    example: '3a1f6b2c-9d4e-4f5a-8b7c-6d5e4f3a2b1c',
  })
  id: string;

  @ApiProperty({
    description: "The candidate's pseudonym (from matching)",
    example: '0b6f7c1e-3a52-4d7e-9a55-6f1f2f0c9d41',
  })
  candidateId: string;

  @ApiProperty({ description: 'The issuing PI', example: 'PI-VUGHT' })
  piCode: string;

  @ApiProperty({ example: '25290' })
  crebo: string;

  @ApiProperty({ example: 'Basislasser' })
  title: string;

  @ApiProperty({ minimum: 1, maximum: 4, example: 2 })
  level: number;

  @ApiProperty({ example: 'Techniek en procesindustrie' })
  sector: string;

  @ApiProperty({ format: 'date', example: '2025-06-30' })
  issuedOn: string;

  @ApiProperty({
    type: [String],
    example: ['Bereidt werkzaamheden voor', 'Voert laswerkzaamheden uit'],
  })
  workProcesses: string[];

  @ApiProperty({ type: String, nullable: true, example: 'pi-vught-metal' })
  workshopId: string | null;

  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'valid' })
  status: string;

  @ApiProperty({ format: 'date-time', example: '2025-06-30T13:45:00.000Z' })
  registeredAt: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When revoked',
    example: '2025-07-02T08:15:00.000Z',
  })
  revokedAt?: string;

  @ApiPropertyOptional({
    description: 'When revoked; shown to DJI roles and admins only',
    example: 'Registered for the wrong candidate',
  })
  revocationReason?: string;

  /** The certificate as `principal` may see it (UWV advisors do not see revocation reasons). */
  static of(certificate: Certificate, principal: Principal): CertificateView {
    const view: CertificateView = {
      id: certificate.id,
      candidateId: certificate.candidateId,
      piCode: certificate.piCode,
      crebo: certificate.crebo,
      title: certificate.title,
      level: certificate.level,
      sector: certificate.sector,
      issuedOn: certificate.issuedOn,
      workProcesses: certificate.workProcesses,
      workshopId: certificate.workshopId,
      status: certificate.status,
      registeredAt: certificate.registeredAt.toISOString(),
    };
    if (certificate.revokedAt) {
      view.revokedAt = certificate.revokedAt.toISOString();
      if (principal.role !== 'uwv-advisor' && certificate.revocationReason !== null) {
        view.revocationReason = certificate.revocationReason;
      }
    }
    return view;
  }
}

export class CertificateListView {
  @ApiProperty({ type: [CertificateView] })
  items: CertificateView[];

  @ApiNextCursor()
  nextCursor: string | null;
}
