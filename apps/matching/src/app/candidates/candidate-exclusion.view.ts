import { ApiProperty } from '@nestjs/swagger';
import type { TargetType } from '@bridge/contracts';
import { EXCLUSION_RULES, ExclusionRule } from '../match-engine/match-rules';

/** Why a target is not suggested to a candidate: the first hard rule of DESIGN.md it fails. */
export class CandidateExclusionView {
  @ApiProperty({ example: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34' }) targetId: string;
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type: TargetType;
  @ApiProperty({ enum: [...EXCLUSION_RULES], example: 'too-far' }) rule: ExclusionRule;
  @ApiProperty({ example: '96 km away and outside return region AM27 (limit 45 km)' }) detail: string;
}
