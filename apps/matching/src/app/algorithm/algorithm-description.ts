import { getMetadataArgsStorage } from 'typeorm';
import { REFERRAL_CREATED } from '@bridge/contracts';
import { DEFAULT_MATCH, IDEMPOTENCY_KEY_TTL_SECONDS, type SettingName } from '@bridge/platform';
import {
  type CandidateProfile,
  EXCLUSION_RULES,
  type ExclusionRule,
  type TargetProfile,
  TIMING_GRACE_DAYS,
} from '../match-rules/match-rules';
import {
  DEFAULT_MATCH_SETTINGS,
  MATCH_RULES_VERSION,
  type MatchSettings,
  type SuggestionBound,
  WEIGHTS,
} from '../match-rules/match-settings';
import { Candidate, LEAVE_REASONS } from '../read-models/candidates/candidate.entity';
import {
  REJECTION_REASON_CODES,
  type RejectionReasonCode,
  REVIEW_DECISIONS,
} from '../review/suggestions/dto/review-suggestion.dto';
import * as text from './algorithm-register.text';
import {
  AlgorithmView,
  DataFieldView,
  type DescriptionSource,
  type RegisterField,
  REGISTER_FIELDS,
  RuleParameterView,
  type ScoreFactorName,
  SharedFieldView,
  SourceLinkView,
} from './algorithm.view';

/** A number of the match settings, by its path in `MatchSettings`. */
type SettingPath =
  | Exclude<keyof MatchSettings, 'startWindow'>
  | `startWindow.${keyof MatchSettings['startWindow']}`;

/** What a rule or factor reads, and the numbers it works with. */
interface Reads {
  candidateData: (keyof CandidateProfile)[];
  targetData: (keyof TargetProfile)[];
  parameters: SettingPath[];
}

/** The hard rules as docs/design.md numbers them, and what each reads (`applyRules` in match-rules.ts). */
const HARD_RULES: Record<ExclusionRule, Reads & { number: number }> = {
  'target-not-open': {
    number: 1,
    candidateData: [],
    targetData: ['open', 'placesLeft'],
    parameters: [],
  },
  'covenant-inactive': {
    number: 1,
    candidateData: [],
    targetData: ['type', 'covenant'],
    parameters: [],
  },
  'too-far': {
    number: 2,
    candidateData: ['regionCode', 'municipalityCode'],
    targetData: ['regionCode', 'municipalityCode'],
    parameters: ['maxKm'],
  },
  'start-date-outside-window': {
    number: 3,
    candidateData: ['releaseDate'],
    targetData: ['startDate'],
    parameters: ['startWindow.daysBefore', 'startWindow.daysAfter'],
  },
  'missing-qualifications': {
    number: 4,
    candidateData: ['certificates'],
    targetData: ['requiredQualifications'],
    parameters: [],
  },
  'entry-level-not-met': {
    number: 4,
    candidateData: ['certificates'],
    targetData: ['minLevel'],
    parameters: [],
  },
  'vog-unlikely': {
    number: 5,
    candidateData: ['vogOutlook'],
    targetData: ['requiresVog'],
    parameters: [],
  },
  'candidate-not-eligible': {
    number: 6,
    candidateData: ['status', 'consentToShare', 'placed', 'releaseDate'],
    targetData: [],
    parameters: ['horizonDays', 'daysPastRelease'],
  },
  'excluded-municipality': {
    number: 7,
    candidateData: ['excludedMunicipalities'],
    targetData: ['municipalityCode'],
    parameters: [],
  },
};

/** What each factor of the score reads (`FACTORS` in match-rules.ts). */
const SCORE_FACTORS: Record<ScoreFactorName, Reads & { fixed?: RuleParameterView[] }> = {
  qualifications: {
    candidateData: ['certificates'],
    targetData: ['requiredQualifications', 'preferredQualifications', 'sector'],
    parameters: [],
  },
  distance: {
    candidateData: ['municipalityCode'],
    targetData: ['municipalityCode'],
    parameters: ['maxKm'],
  },
  timing: {
    candidateData: ['releaseDate'],
    targetData: ['startDate'],
    parameters: ['startWindow.daysBefore', 'startWindow.daysAfter'],
    fixed: [fixedParameter('TIMING_GRACE_DAYS', TIMING_GRACE_DAYS, 'dagen')],
  },
  covenantPi: { candidateData: ['piCode'], targetData: ['covenant'], parameters: [] },
  preferences: { candidateData: ['preferences'], targetData: ['type', 'sector'], parameters: [] },
};

const UNITS: Record<SettingPath, string> = {
  maxKm: 'km',
  'startWindow.daysBefore': 'dagen',
  'startWindow.daysAfter': 'dagen',
  horizonDays: 'dagen',
  daysPastRelease: 'dagen',
};

/** The source files the description points to, from the repository root; a test checks that each exists. */
const SOURCE_LINKS: SourceLinkView[] = [
  {
    label: 'De harde regels en de score',
    path: 'apps/matching/src/app/match-rules/match-rules.ts',
  },
  {
    label: 'De instellingen, de gewichten en de regelversie',
    path: 'apps/matching/src/app/match-rules/match-settings.ts',
  },
  {
    label: 'Het bijhouden van de suggesties per kandidaat',
    path: 'apps/matching/src/app/match-engine/suggestion-recomputer.ts',
  },
  {
    label: 'De beoordeling door de adviseur',
    path: 'apps/matching/src/app/review/suggestions/suggestion-review.service.ts',
  },
  {
    label: 'De redencodes van een afwijzing',
    path: 'apps/matching/src/app/review/suggestions/dto/review-suggestion.dto.ts',
  },
  {
    label: 'Wat de werkgever of school van een verwijzing ziet',
    path: 'apps/matching/src/app/review/referrals/referral.view.ts',
  },
  {
    label: 'De kandidaat zoals het platform hem vastlegt',
    path: 'apps/matching/src/app/read-models/candidates/candidate.entity.ts',
  },
  { label: 'Deze beschrijving', path: 'apps/matching/src/app/algorithm/' },
  { label: 'Het ontwerp: hoe matching beslist', path: 'docs/design.md' },
];

/**
 * The algorithm as the register describes it, generated from the code's own definitions: the rules with the
 * `settings` and `bound` the service runs with, the weights, the data each part reads, the review's decisions
 * and reason codes, what a referral shows. Pure, so the document and the route give the same for the same values.
 */
export function describeAlgorithm(settings: MatchSettings, bound: SuggestionBound): AlgorithmView {
  const parameter = (path: SettingPath): RuleParameterView => ({
    name: path,
    value: settingValue(settings, path),
    default: settingValue(DEFAULT_MATCH_SETTINGS, path),
    unit: UNITS[path],
    setting: null,
  });
  const hardRules = EXCLUSION_RULES.map((rule) => {
    const { number, candidateData, targetData, parameters } = HARD_RULES[rule];
    return {
      rule,
      number,
      nl: text.RULE_TEXT[rule].nl(settings),
      en: text.RULE_TEXT[rule].en(settings),
      parameters: parameters.map(parameter),
      candidateData,
      targetData,
    };
  });
  const scoreFactors = (Object.keys(WEIGHTS) as ScoreFactorName[]).map((factor) => {
    const { candidateData, targetData, parameters, fixed = [] } = SCORE_FACTORS[factor];
    return {
      factor,
      weight: WEIGHTS[factor],
      nl: text.FACTOR_TEXT[factor].nl(settings),
      en: text.FACTOR_TEXT[factor].en(settings),
      parameters: [...parameters.map(parameter), ...fixed],
      candidateData,
      targetData,
    };
  });
  const boundParameters = [
    configuredParameter(
      'maxSuggestionsPerCandidate',
      bound.maxSuggestionsPerCandidate,
      DEFAULT_MATCH.maxSuggestionsPerCandidate,
      'suggesties',
      'MATCH_MAX_SUGGESTIONS_PER_CANDIDATE',
    ),
    configuredParameter(
      'minScore',
      bound.minScore,
      DEFAULT_MATCH.minScore,
      'score (0..1)',
      'MATCH_MIN_SCORE',
    ),
  ];

  const usedBy = (subject: 'candidate' | 'target', field: string): string[] => {
    const key = subject === 'candidate' ? 'candidateData' : 'targetData';
    return [
      ...hardRules.map((r) => ({ name: r.rule, reads: r[key] as string[] })),
      ...scoreFactors.map((f) => ({ name: f.factor, reads: f[key] as string[] })),
    ]
      .filter(({ reads }) => reads.includes(field))
      .map(({ name }) => name);
  };
  const dataUsed: DataFieldView[] = [
    ...Object.entries(text.CANDIDATE_FIELD_TEXT).map(([field, nl]) => ({
      subject: 'candidate' as const,
      field,
      nl,
      usedBy: usedBy('candidate', field),
    })),
    ...Object.entries(text.TARGET_FIELD_TEXT).map(([field, nl]) => ({
      subject: 'target' as const,
      field,
      nl,
      usedBy: usedBy('target', field),
    })),
  ];
  const dataNeverUsed = [
    ...Object.values(text.NEVER_USED).map((item) => ({ ...item, source: 'hand' as const })),
    { ...text.djiNumberKept(hiddenCandidateColumns().join(', ')), source: 'code' as const },
  ];

  const decisions = REVIEW_DECISIONS.join(', ');
  const noteRequiredFor: RejectionReasonCode = 'other';
  const humanDecision = {
    nl: [
      text.DECISION_PROCESS.review(decisions, REJECTION_REASON_CODES.join(', '), noteRequiredFor),
      text.DECISION_PROCESS.referral,
    ].join(' '),
    decisions: [...REVIEW_DECISIONS],
    rejectionReasons: REJECTION_REASON_CODES.map((code) => ({
      code,
      nl: text.REJECTION_REASON_TEXT[code],
    })),
    noteRequiredFor,
  };
  const dataLeaving = {
    nl: text.DATA_LEAVING,
    referralFields: sharedFields(text.REFERRAL_FIELD_TEXT),
    eventTopic: REFERRAL_CREATED,
    eventFields: sharedFields(text.REFERRAL_EVENT_FIELD_TEXT),
  };
  const retention = [
    { ...text.RETENTION.candidates(LEAVE_REASONS.join(', ')), source: 'hand' as const },
    { ...text.RETENTION.audit, source: 'hand' as const },
    { ...text.RETENTION.idempotency(IDEMPOTENCY_KEY_TTL_SECONDS / 3600), source: 'code' as const },
  ];

  const fieldList = (subject: 'candidate' | 'target') =>
    dataUsed
      .filter((item) => item.subject === subject && item.usedBy.length > 0)
      .map((item) => item.field)
      .join(', ');
  const registerText: Record<RegisterField, { source: DescriptionSource; text: string }> = {
    name: { source: 'hand', text: text.NAME },
    organisation: { source: 'hand', text: text.ORGANISATION },
    goalAndImpact: { source: 'hand', text: text.GOAL_AND_IMPACT },
    proportionality: { source: 'hand', text: text.PROPORTIONALITY },
    decisionProcess: {
      source: 'code',
      text: [
        text.DECISION_PROCESS.intro,
        text.DECISION_PROCESS.rules(new Set(hardRules.map((rule) => rule.number)).size),
        text.BOUND.nl(bound.maxSuggestionsPerCandidate, bound.minScore),
        humanDecision.nl,
      ].join(' '),
    },
    riskManagement: { source: 'hand', text: text.RISK_MANAGEMENT },
    legalBasis: { source: 'hand', text: text.LEGAL_BASIS },
    dataSources: {
      source: 'code',
      text: [
        text.DATA_SOURCES.intro,
        text.DATA_SOURCES.candidate(fieldList('candidate')),
        text.DATA_SOURCES.target(fieldList('target')),
        text.DATA_SOURCES.never(dataNeverUsed.map((item) => item.data).join(', ')),
      ].join(' '),
    },
    sourceLinks: {
      source: 'hand',
      text: text.SOURCE_LINKS_TEXT,
    },
  };

  return {
    rulesVersion: MATCH_RULES_VERSION,
    register: REGISTER_FIELDS.map((field) => ({
      field,
      label: text.REGISTER_LABELS[field],
      ...registerText[field],
    })),
    hardRules,
    scoreFactors,
    bound: {
      nl: text.BOUND.nl(bound.maxSuggestionsPerCandidate, bound.minScore),
      en: text.BOUND.en(bound.maxSuggestionsPerCandidate, bound.minScore),
      parameters: boundParameters,
    },
    dataUsed,
    dataNeverUsed,
    humanDecision,
    dataLeaving,
    retention,
    links: SOURCE_LINKS,
  };
}

function settingValue(settings: MatchSettings, path: SettingPath): number {
  return path.startsWith('startWindow.')
    ? settings.startWindow[path.slice('startWindow.'.length) as keyof MatchSettings['startWindow']]
    : settings[path as Exclude<SettingPath, `startWindow.${string}`>];
}

function fixedParameter(name: string, value: number, unit: string): RuleParameterView {
  return { name, value, default: value, unit, setting: null };
}

function configuredParameter(
  name: keyof SuggestionBound,
  value: number,
  defaultValue: number,
  unit: string,
  setting: SettingName,
): RuleParameterView {
  return { name, value, default: defaultValue, unit, setting };
}

function sharedFields(fields: Record<string, string>): SharedFieldView[] {
  return Object.entries(fields).map(([field, nl]) => ({ field, nl }));
}

/** The candidate columns that are never read unless asked for by name: the DJI number's hash. */
function hiddenCandidateColumns(): string[] {
  return getMetadataArgsStorage()
    .filterColumns(Candidate)
    .filter((column) => column.options.select === false)
    .map((column) => column.options.name ?? column.propertyName);
}
