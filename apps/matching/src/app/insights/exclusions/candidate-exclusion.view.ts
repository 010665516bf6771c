import { ApiProperty } from '@nestjs/swagger';
import type { TargetType } from '@bridge/contracts';
import { EXCLUSION_RULES, ExclusionRule } from '../../match-rules/match-rules';

/** Why a target is not suggested to a candidate: the first hard rule of DESIGN.md it fails; the target named by title and place. */
export class CandidateExclusionView {
  @ApiProperty({ example: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34' }) targetId: string;
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type: TargetType;
  @ApiProperty({ example: 'Machinaal houtbewerker', description: 'The vacancy’s title, or the school place’s qualification' })
  title: string;
  @ApiProperty({ example: 'GM0014', description: 'Where the target is (CBS municipality code)' }) municipalityCode: string;
  @ApiProperty({ enum: [...EXCLUSION_RULES], example: 'too-far' }) rule: ExclusionRule;
  @ApiProperty({ example: '96 km away and outside return region AM27 (limit 45 km)' }) detail: string;
}
