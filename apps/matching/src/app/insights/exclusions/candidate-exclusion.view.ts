import { ApiProperty } from '@nestjs/swagger';
import type { TargetType } from '@bridge/contracts';
import { EXCLUSION_RULES, ExclusionRule } from '../../match-rules/match-rules';

/**
 * Why a target that passes every hard rule is not suggested all the same: it scores below MATCH_MIN_SCORE, the
 * candidate's MATCH_MAX_SUGGESTIONS_PER_CANDIDATE open slots hold better ones, or the matcher has not judged it yet.
 */
export const NOT_KEPT_REASONS = ['below-min-score', 'outranked', 'not-yet-matched'] as const;
export type NotKeptReason = (typeof NOT_KEPT_REASONS)[number];

/**
 * Why a target is not suggested to a candidate: the first hard rule (docs/design.md, "Hard rules") it fails, or why it is not kept
 * though it passes them; the target named by title and place.
 */
export class CandidateExclusionView {
  @ApiProperty({ example: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34' }) targetId: string;
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type: TargetType;
  @ApiProperty({
    example: 'Machinaal houtbewerker',
    description: 'The vacancy’s title, or the school place’s qualification',
  })
  title: string;
  @ApiProperty({ example: 'GM0014', description: 'Where the target is (CBS municipality code)' })
  municipalityCode: string;
  @ApiProperty({
    enum: [...EXCLUSION_RULES, ...NOT_KEPT_REASONS],
    example: 'too-far',
    description:
      'The first hard rule the target fails; or, for one that passes them all, why it is not kept (below-min-score, outranked, not-yet-matched)',
  })
  rule: ExclusionRule | NotKeptReason;
  @ApiProperty({ example: '96 km away and outside return region AM27 (limit 45 km)' })
  detail: string;
}
