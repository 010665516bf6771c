import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsString,
  Matches,
  MaxLength,
  Validate,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

export const REVIEW_DECISIONS = ['accept', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Why an advisor rejects a suggestion (docs/design.md, "Review by an advisor"). */
export const REJECTION_REASON_CODES = [
  'not-suitable',
  'candidate-declined',
  'target-unsuitable',
  'other',
] as const;
export type RejectionReasonCode = (typeof REJECTION_REASON_CODES)[number];

/** A rejection needs a known reason code; an acceptance takes none. */
@ValidatorConstraint({ name: 'rejectionReason' })
class RejectionReasonRule implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if ((args.object as ReviewSuggestionDto).decision === 'accept') return value === undefined;
    return (REJECTION_REASON_CODES as readonly unknown[]).includes(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return (args.object as ReviewSuggestionDto).decision === 'accept'
      ? 'only a rejection takes a reason code'
      : `a rejection needs a reasonCode, one of ${REJECTION_REASON_CODES.join(', ')}`;
  }
}

export class ReviewSuggestionDto {
  @ApiProperty({
    enum: REVIEW_DECISIONS,
    example: 'reject',
    description: 'accept makes the suggestion a referral',
  })
  @IsIn(REVIEW_DECISIONS)
  decision: ReviewDecision;

  @ApiPropertyOptional({
    enum: REJECTION_REASON_CODES,
    example: 'other',
    description: 'Required for a rejection; not allowed for an acceptance',
  })
  @Validate(RejectionReasonRule)
  reasonCode?: RejectionReasonCode;

  @ApiPropertyOptional({
    maxLength: 2000,
    example: 'Kandidaat kiest voor een opleiding in Tilburg',
    description: 'Required when reasonCode is other',
  })
  @ValidateIf(
    (review: ReviewSuggestionDto) => review.reasonCode === 'other' || review.note !== undefined,
  )
  @IsString({ message: 'note must be text; a rejection for reason other needs one' })
  @Matches(/\S/, { message: 'note must not be blank; a rejection for reason other needs one' })
  @MaxLength(2000)
  note?: string;
}
