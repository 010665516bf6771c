import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto, QueryBoolean } from '@bridge/platform';
import { CandidateRegionFilterQuery } from './candidate-region-filter.query';

export const CANDIDATE_STATUSES = ['active', 'left'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** The longest release window a list asks about: ten years. */
export const MAX_RELEASE_WITHIN_DAYS = 3650;

/** `GET /candidates`: the candidates in the caller's scope, soonest release first. */
export class ListCandidatesQuery extends IntersectionType(
  PageQueryDto,
  CandidateRegionFilterQuery,
) {
  @ApiPropertyOptional({
    description:
      'Candidates expected to be released within this many days from today (in the Netherlands), or earlier',
    minimum: 0,
    maximum: MAX_RELEASE_WITHIN_DAYS,
    example: 90,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_RELEASE_WITHIN_DAYS)
  releaseWithinDays?: number;

  @ApiPropertyOptional({
    description: 'With (true) or without (false) at least one valid certificate',
    type: Boolean,
    example: true,
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  hasCertificate?: boolean;

  @ApiPropertyOptional({
    description:
      'Whether the candidate consents to share an anonymised profile (consent.shareAnonymisedProfile)',
    type: Boolean,
    example: true,
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  consent?: boolean;

  @ApiPropertyOptional({
    enum: CANDIDATE_STATUSES,
    description: 'Still on the platform (active) or left',
    example: 'active',
  })
  @IsOptional()
  @IsIn(CANDIDATE_STATUSES)
  status?: CandidateStatus;
}
