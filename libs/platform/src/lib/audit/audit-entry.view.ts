import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditDetails, AuditEntry } from './audit-entry.entity';

export class AuditDetailsView implements AuditDetails {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { region: 'RMT-GROOT-AMSTERDAM', status: 'suggested' },
    description: 'The filters an export applied',
  })
  filters?: Record<string, string>;
  @ApiPropertyOptional({ example: 42, description: 'The rows an export wrote' }) rows?: number;
}

export class AuditEntryView {
  @ApiProperty({
    example: '1042',
    description: 'Position in the log: later entries have higher ids',
  })
  id: string;
  @ApiProperty({ example: '2026-11-28T09:31:12.204Z' }) at: string;
  @ApiProperty({ example: 'uwv-27', description: 'The `sub` of the caller' }) actor: string;
  @ApiProperty({ example: 'uwv-advisor' }) role: string;
  @ApiProperty({ example: 'suggestion.accepted' }) action: string;
  @ApiPropertyOptional({ example: '9b3c1f0e-2a7d-4c58-8e61-0d4f7a2b9c13' }) candidateId?: string;
  @ApiPropertyOptional({ example: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34' }) targetId?: string;
  @ApiPropertyOptional({
    example: '0c7e5b1a-9f3d-4e2a-8b6c-5d4f3e2a1b0c',
    description: 'The referral concerned (employers and schools know a candidate only by it)',
  })
  referralId?: string;
  @ApiPropertyOptional({
    example: 'PI-ZWOLLE',
    description: 'The PI the action was done for (registrations, transfers, lookups)',
  })
  piCode?: string;
  @ApiPropertyOptional({
    example: 'PI-VUGHT',
    description:
      'The other PI involved: where a transferred candidate came from, where the candidate of a refused lookup is',
  })
  otherPiCode?: string;
  @ApiPropertyOptional({
    type: AuditDetailsView,
    description: 'Of an export: its filters and rows',
  })
  details?: AuditDetailsView;

  static of(entry: AuditEntry): AuditEntryView {
    return {
      id: entry.id,
      at: entry.at.toISOString(),
      actor: entry.actor,
      role: entry.role,
      action: entry.action,
      ...(entry.candidateId && { candidateId: entry.candidateId }),
      ...(entry.targetId && { targetId: entry.targetId }),
      ...(entry.referralId && { referralId: entry.referralId }),
      ...(entry.piCode && { piCode: entry.piCode }),
      ...(entry.otherPiCode && { otherPiCode: entry.otherPiCode }),
      ...(entry.details && { details: entry.details }),
    };
  }
}

export class AuditEntryListView {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor: string | null;
}
