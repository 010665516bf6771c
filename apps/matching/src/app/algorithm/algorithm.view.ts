import { ApiProperty } from '@nestjs/swagger';
import { EXCLUSION_RULES, type ExclusionRule } from '../match-rules/match-rules';
import { WEIGHTS } from '../match-rules/match-settings';

/** Where a part of the description comes from: generated from the code's definitions, or written by hand. */
export const DESCRIPTION_SOURCES = ['code', 'hand'] as const;
export type DescriptionSource = (typeof DESCRIPTION_SOURCES)[number];

/** The fields of the Dutch algorithm register, in the register's order. */
export const REGISTER_FIELDS = [
  'name',
  'organisation',
  'goalAndImpact',
  'proportionality',
  'decisionProcess',
  'riskManagement',
  'legalBasis',
  'dataSources',
  'sourceLinks',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export type ScoreFactorName = keyof typeof WEIGHTS;

/** One field of the algorithm register. */
export class RegisterFieldView {
  @ApiProperty({ enum: REGISTER_FIELDS, example: 'decisionProcess' }) field: RegisterField;
  @ApiProperty({
    example: 'Besluitvorming en menselijke tussenkomst',
    description: 'The register’s own label (Dutch)',
  })
  label: string;
  @ApiProperty({
    enum: DESCRIPTION_SOURCES,
    example: 'code',
    description: 'code: generated from the definitions in the code; hand: written by hand',
  })
  source: DescriptionSource;
  @ApiProperty({ example: 'Een UWV-adviseur beoordeelt elke suggestie afzonderlijk …' })
  text: string;
}

/** A number a rule or factor works with: the value the running service uses, and its default. */
export class RuleParameterView {
  @ApiProperty({ example: 'maxKm', description: 'Its name in the code' }) name: string;
  @ApiProperty({ example: 45, description: 'The value this service runs with' }) value: number;
  @ApiProperty({ example: 45, description: 'The value without configuration' }) default: number;
  @ApiProperty({ example: 'km' }) unit: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'The setting (environment variable) that configures it; null: fixed in code',
  })
  setting: string | null;
}

/** Which candidate and target data a rule or factor reads (the fields of the match profiles). */
class ProfileDataView {
  @ApiProperty({ type: [String], example: ['regionCode', 'municipalityCode'] })
  candidateData: string[];
  @ApiProperty({ type: [String], example: ['regionCode', 'municipalityCode'] })
  targetData: string[];
}

export class HardRuleView extends ProfileDataView {
  @ApiProperty({
    enum: EXCLUSION_RULES,
    example: 'too-far',
    description: 'The code an exclusion shows',
  })
  rule: ExclusionRule;
  @ApiProperty({ example: 2, description: 'The rule’s number in docs/design.md' }) number: number;
  @ApiProperty({ example: 'Het doel ligt in de terugkeerregio, of hoogstens 45 km …' }) nl: string;
  @ApiProperty({ example: 'The target lies in the return region, or at most 45 km …' }) en: string;
  @ApiProperty({ type: [RuleParameterView] }) parameters: RuleParameterView[];
}

export class ScoreFactorView extends ProfileDataView {
  @ApiProperty({ enum: Object.keys(WEIGHTS), example: 'distance' }) factor: ScoreFactorName;
  @ApiProperty({ example: 0.25, description: 'Its weight in the score (WEIGHTS)' }) weight: number;
  @ApiProperty({ example: 'Hoe dichter bij de terugkeergemeente, hoe hoger …' }) nl: string;
  @ApiProperty({ example: 'The nearer the return municipality, the higher …' }) en: string;
  @ApiProperty({ type: [RuleParameterView] }) parameters: RuleParameterView[];
}

/** How many suggestions a candidate keeps, and the lowest score suggested. */
export class SuggestionBoundView {
  @ApiProperty({ example: 'Per kandidaat hoogstens 20 open suggesties …' }) nl: string;
  @ApiProperty({ example: 'At most 20 open suggestions per candidate …' }) en: string;
  @ApiProperty({ type: [RuleParameterView] }) parameters: RuleParameterView[];
}

/** A field of a match profile and what reads it. */
export class DataFieldView {
  @ApiProperty({ enum: ['candidate', 'target'], example: 'candidate' }) subject:
    | 'candidate'
    | 'target';
  @ApiProperty({ example: 'releaseDate', description: 'The field of the match profile' })
  field: string;
  @ApiProperty({ example: 'Verwachte vrijlatingsdatum' }) nl: string;
  @ApiProperty({
    type: [String],
    example: ['start-date-outside-window', 'candidate-not-eligible', 'timing'],
    description: 'The hard rules and score factors that read it',
  })
  usedBy: string[];
}

/** Data the platform never uses, and how that is ensured. */
export class NeverUsedDataView {
  @ApiProperty({ example: 'BSN' }) data: string;
  @ApiProperty({ example: 'Er is geen kolom voor; een onbekend veld wordt met 400 geweigerd' })
  how: string;
  @ApiProperty({ enum: DESCRIPTION_SOURCES, example: 'hand' }) source: DescriptionSource;
}

export class RejectionReasonView {
  @ApiProperty({ example: 'candidate-declined' }) code: string;
  @ApiProperty({ example: 'De kandidaat wil dit niet' }) nl: string;
}

/** What the advisor decides, as the review route takes it. */
export class HumanDecisionView {
  @ApiProperty({ example: 'Een UWV-adviseur van de terugkeerregio beoordeelt …' }) nl: string;
  @ApiProperty({ type: [String], example: ['accept', 'reject'] }) decisions: string[];
  @ApiProperty({ type: [RejectionReasonView] }) rejectionReasons: RejectionReasonView[];
  @ApiProperty({
    example: 'other',
    description: 'The reason code that also needs a note',
  })
  noteRequiredFor: string;
}

/** A field of what leaves the platform, with what it holds. */
export class SharedFieldView {
  @ApiProperty({ example: 'availableFrom' }) field: string;
  @ApiProperty({ example: 'De verwachte vrijlatingsdatum' }) nl: string;
}

/** How a candidate's data leaves the platform: only as a referral, to the target's employer or school. */
export class DataLeavingView {
  @ApiProperty({ example: 'Alleen een geaccepteerde suggestie verlaat het platform …' })
  nl: string;
  @ApiProperty({
    type: [SharedFieldView],
    description: 'What the employer or school sees (GET /referrals)',
  })
  referralFields: SharedFieldView[];
  @ApiProperty({ example: 'matching.referral.created.v1' }) eventTopic: string;
  @ApiProperty({
    type: [SharedFieldView],
    description: 'What the event to the employer’s or school’s service carries',
  })
  eventFields: SharedFieldView[];
}

export class RetentionView {
  @ApiProperty({ example: 'Antwoorden op een Idempotency-Key' }) data: string;
  @ApiProperty({ example: '24 uur, daarna verwijderd' }) period: string;
  @ApiProperty({ enum: DESCRIPTION_SOURCES, example: 'code' }) source: DescriptionSource;
}

export class SourceLinkView {
  @ApiProperty({ example: 'De harde regels en de score' }) label: string;
  @ApiProperty({
    example: 'apps/matching/src/app/match-rules/match-rules.ts',
    description: 'From the repository root',
  })
  path: string;
}

/**
 * The matching algorithm as the algorithm register describes it (GET /algorithm; docs/algorithm.md is rendered from
 * it): the register's fields, and the parts generated from the code, with the values this service runs with.
 */
export class AlgorithmView {
  @ApiProperty({
    example: 1,
    description: 'MATCH_RULES_VERSION: raised whenever the rules change in code',
  })
  rulesVersion: number;
  @ApiProperty({ type: [RegisterFieldView], description: 'In the register’s order' })
  register: RegisterFieldView[];
  @ApiProperty({ type: [HardRuleView], description: 'In the order they are applied' })
  hardRules: HardRuleView[];
  @ApiProperty({ type: [ScoreFactorView] }) scoreFactors: ScoreFactorView[];
  @ApiProperty({ type: SuggestionBoundView }) bound: SuggestionBoundView;
  @ApiProperty({ type: [DataFieldView] }) dataUsed: DataFieldView[];
  @ApiProperty({ type: [NeverUsedDataView] }) dataNeverUsed: NeverUsedDataView[];
  @ApiProperty({ type: HumanDecisionView }) humanDecision: HumanDecisionView;
  @ApiProperty({ type: DataLeavingView }) dataLeaving: DataLeavingView;
  @ApiProperty({ type: [RetentionView] }) retention: RetentionView[];
  @ApiProperty({ type: [SourceLinkView] }) links: SourceLinkView[];
}
