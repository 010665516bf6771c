import type { MatchingSchemas } from '@bridge/api-client';
import { daysUntil } from '../../i18n/format';
import { todayInNetherlands } from '../candidates/candidate';

export type QueuedSuggestion = MatchingSchemas['schemas']['QueuedSuggestionView'];
export type Suggestion = MatchingSchemas['schemas']['SuggestionView'];
export type ExplanationFactor = MatchingSchemas['schemas']['ExplanationFactorView'];
export type Candidate = MatchingSchemas['schemas']['CandidateView'];
export type Exclusion = MatchingSchemas['schemas']['CandidateExclusionView'];
export type SuggestionStatus = QueuedSuggestion['status'];
export type Decision = MatchingSchemas['schemas']['DecisionView'];

export const SUGGESTION_STATUSES = [
  'suggested',
  'accepted',
  'rejected',
  'expired',
] as const satisfies readonly SuggestionStatus[];

/** The reason codes of a rejection, as the server's ReviewSuggestionDto knows them. */
export const REJECTION_REASONS = [
  'not-suitable',
  'candidate-declined',
  'target-unsuitable',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** The reason codes of a snooze, as the server's SnoozeSuggestionDto knows them (`other` needs a note). */
export const SNOOZE_REASONS = [
  'awaiting-vog',
  'awaiting-release-date',
  'candidate-unavailable',
  'awaiting-target',
  'other',
] as const satisfies readonly MatchingSchemas['schemas']['SnoozeSuggestionDto']['reasonCode'][];
export type SnoozeReason = (typeof SNOOZE_REASONS)[number];

/** How far ahead a snooze may reach (the server refuses more). */
export const SNOOZE_MAX_DAYS = 180;

/** A calendar date (`YYYY-MM-DD`) `days` later. */
export function addCalendarDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Snoozed: still to review, but out of the queue until its date (the Dutch today, as the server judges). */
export function isSnoozed(
  suggestion: Pick<QueuedSuggestion, 'status' | 'snoozedUntil'>,
  today = todayInNetherlands(),
): boolean {
  return (
    suggestion.status === 'suggested' &&
    suggestion.snoozedUntil !== null &&
    suggestion.snoozedUntil > today
  );
}

/** The server's limit on a review note (ReviewSuggestionDto: MaxLength 2000). */
export const NOTE_MAX_LENGTH = 2000;

/** Release within this many days, with nothing accepted yet, makes a suggestion urgent. */
export const URGENT_WITHIN_DAYS = 30;

/** The target of a suggestion (the OpenAPI document leaves its shape open). */
export interface SuggestionTarget {
  title: string;
  municipalityCode: string;
  startDate: string;
  employerId?: string;
  brin?: string;
}

export const targetOf = (suggestion: { target: unknown }): SuggestionTarget =>
  suggestion.target as SuggestionTarget;

export interface CandidatePreferences {
  sectors?: string[];
  work?: boolean;
  education?: boolean;
}

export const preferencesOf = (candidate: Candidate): CandidatePreferences =>
  (candidate.preferences ?? {}) as CandidatePreferences;
export const consentOf = (candidate: Candidate): { shareAnonymisedProfile?: boolean } =>
  (candidate.consent ?? {}) as { shareAnonymisedProfile?: boolean };

/** The pseudonym as people can read and compare it: the first block of the candidate's id. */
export const shortPseudonym = (id: string) => id.split('-')[0] ?? id;

export type Judgement = 'met' | 'partly' | 'not-met';

/** A factor's value as a judgement: 1 met, between 0 and 1 partly met, 0 not met. */
export function judgement(value: number): Judgement {
  if (value >= 1) return 'met';
  if (value > 0) return 'partly';
  return 'not-met';
}

export const JUDGEMENT_TONES = { met: 'ok', partly: 'warning', 'not-met': 'error' } as const;

export const STATUS_TONES = {
  suggested: 'info',
  accepted: 'ok',
  rejected: 'neutral',
  expired: 'neutral',
} as const;

/** Release near (within 30 days, or passed) — whether something is accepted is decided by the caller. */
export function releaseIsNear(expectedReleaseDate: string, today = new Date()): boolean {
  return daysUntil(expectedReleaseDate, today) <= URGENT_WITHIN_DAYS;
}
