import { ApiProperty } from '@nestjs/swagger';
import type { TargetType } from '@bridge/contracts';
import type { ExclusionRule } from '../match-engine/match-rules';

/** Every rule, once: a rule added to the match rules must be added here, or this does not compile. */
const EXCLUSION_RULES = Object.keys({
  'target-not-open': true,
  'covenant-inactive': true,
  'too-far': true,
  'start-date-outside-window': true,
  'missing-qualifications': true,
  'entry-level-not-met': true,
  'vog-unlikely': true,
  'candidate-not-eligible': true,
  'excluded-municipality': true,
} satisfies Record<ExclusionRule, true>);

/** Why a target is not suggested to a candidate: the first hard rule of DESIGN.md it fails. */
export class CandidateExclusionView {
  @ApiProperty({ example: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34' }) targetId: string;
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type: TargetType;
  @ApiProperty({ enum: EXCLUSION_RULES, example: 'too-far' }) rule: ExclusionRule;
  @ApiProperty({ example: '96 km away and outside return region AM27 (limit 45 km)' }) detail: string;
}
