import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LEAVE_REASONS, LeaveReason } from '../candidate.entity';

/** POST /candidates/:id/leave. A reason code only: nothing about the candidate's case is stored. */
export class LeaveCandidateDto {
  @ApiPropertyOptional({
    enum: LEAVE_REASONS,
    default: 'removed',
    example: 'removed',
    description:
      'removed: taken off the platform by the PI (released elsewhere, transferred, other); window-passed: released too long ago; consent-withdrawn: no longer takes part',
  })
  @IsOptional()
  @IsIn(LEAVE_REASONS)
  reason?: LeaveReason;
}
