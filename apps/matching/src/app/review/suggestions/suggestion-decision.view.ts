import { ApiProperty } from '@nestjs/swagger';
import { DECISIONS, Decision, SuggestionDecision } from './suggestion-decision.entity';

export class DecisionTargetView {
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type:
    | 'vacancy'
    | 'school-place';
  @ApiProperty({ example: 'Machinaal houtbewerker', description: 'As it was when decided' })
  title: string;
}

/** One decision on one of the candidate's suggestions. */
export class DecisionView {
  @ApiProperty({ example: '7a0e3c52-1b4d-4e8f-9a61-2c4e8d7b5a10' }) id: string;
  @ApiProperty({ example: '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f' }) suggestionId: string;
  @ApiProperty({ enum: DECISIONS, example: 'snoozed' }) decision: Decision;
  @ApiProperty({
    example: 'uwv-27',
    description: 'The subject id of who decided, as the audit log has it (never a name)',
  })
  decidedBy: string;
  @ApiProperty({ example: '2026-12-08T09:30:00.000Z' }) decidedAt: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'awaiting-vog',
    description: 'Of a rejection (its reason) or a snooze (its reason)',
  })
  reasonCode: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) note: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    example: '2027-01-15',
    description: 'Of a snooze: the day it ends',
  })
  snoozedUntil: string | null;
  @ApiProperty({ type: DecisionTargetView }) target: DecisionTargetView;

  static of(d: SuggestionDecision): DecisionView {
    return {
      id: d.id,
      suggestionId: d.suggestionId,
      decision: d.decision,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt.toISOString(),
      reasonCode: d.reasonCode,
      note: d.note,
      snoozedUntil: d.snoozedUntil,
      target: { type: d.targetType, title: d.targetTitle },
    };
  }
}

export class DecisionListView {
  @ApiProperty({ type: [DecisionView] }) items: DecisionView[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor: string | null;
}
