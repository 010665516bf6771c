import { ApiProperty } from '@nestjs/swagger';
import { ExplanationFactorView } from './suggestion.view';

/** What was stored when the suggestion was computed. */
export class RecordedResultView {
  @ApiProperty({ example: 1 }) rulesVersion: number;
  @ApiProperty({
    example: '4f1c…',
    description:
      'Fingerprint of the settings, weights and bound it was computed with; "" when not recorded',
  })
  settingsFingerprint: string;
  @ApiProperty({
    format: 'date',
    example: '2026-12-08',
    description: 'The day it was computed for (not recorded: the day it was last written)',
  })
  asOf: string;
  @ApiProperty({ example: 0.812 }) score: number;
  @ApiProperty({ type: [ExplanationFactorView] }) explanation: ExplanationFactorView[];
}

/** What the running code makes of the stored inputs, for the stored day. */
export class ReplayedResultView {
  @ApiProperty({ example: 1 }) rulesVersion: number;
  @ApiProperty({ example: '4f1c…' }) settingsFingerprint: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.812,
    description: 'null when a hard rule now excludes the pair',
  })
  score: number | null;
  @ApiProperty({ type: [ExplanationFactorView] }) explanation: ExplanationFactorView[];
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'The hard rule that now excludes the pair',
  })
  excludedBy: string | null;
}

export class ReplayDifferenceView {
  @ApiProperty({
    example: 'distance',
    description: 'score, a factor (its value), or <factor>.weight',
  })
  factor: string;
  @ApiProperty({ nullable: true, type: Number, example: 0.733 }) recorded: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.6 }) replayed: number | null;
}

export class SuggestionReplayView {
  @ApiProperty({ example: '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f' }) suggestionId: string;
  @ApiProperty({
    example: true,
    description: 'false for a suggestion computed before its inputs were recorded',
  })
  replayable: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'Why it is not replayable',
  })
  reason: string | null;
  @ApiProperty({ type: RecordedResultView }) recorded: RecordedResultView;
  @ApiProperty({ type: ReplayedResultView, nullable: true }) replayed: ReplayedResultView | null;
  @ApiProperty({
    example: true,
    description: 'Replayed exactly as recorded (score, factor values and weights)',
  })
  same: boolean;
  @ApiProperty({ type: [ReplayDifferenceView] }) differences: ReplayDifferenceView[];
}
