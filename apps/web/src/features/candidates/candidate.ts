import type { MatchingSchemas, TrainingSchemas } from '@bridge/api-client';

export interface CandidatePreferences {
  sectors?: string[];
  work?: boolean;
  education?: boolean;
}

/** A candidate as matching shows it (its consent and preferences typed; the OpenAPI document leaves them open). */
export type Candidate = Omit<
  MatchingSchemas['schemas']['CandidateView'],
  'consent' | 'preferences'
> & {
  consent: { shareAnonymisedProfile?: boolean };
  preferences: CandidatePreferences;
};

export type Certificate = TrainingSchemas['schemas']['CertificateView'];
export type Suggestion = MatchingSchemas['schemas']['SuggestionView'];
export type CandidateReferral = MatchingSchemas['schemas']['CandidateReferralView'];

export interface SuggestionTarget {
  title?: string;
  municipalityCode?: string;
  startDate?: string;
}

export const asCandidate = (view: MatchingSchemas['schemas']['CandidateView']): Candidate =>
  view as unknown as Candidate;

/**
 * The pseudonym as it is shown in lists: its first 8 characters, enough to tell candidates apart
 * at a glance. The candidate's own page shows it whole.
 */
export function shortPseudonym(id: string): string {
  return id.slice(0, 8);
}

/** Today in the Dutch calendar (`YYYY-MM-DD`), the day the services judge "not in the future" by. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Query keys of the candidate data, so every write can invalidate the lists it changes. */
export const candidateKeys = {
  all: ['candidates'] as const,
  list: (filters: Record<string, unknown>) => ['candidates', 'list', filters] as const,
  one: (id: string) => ['candidates', 'one', id] as const,
  suggestions: (id: string) => ['candidates', 'suggestions', id] as const,
  referrals: (id: string) => ['candidates', 'referrals', id] as const,
};

export const certificateKeys = {
  all: ['certificates'] as const,
  ofCandidate: (candidateId: string) => ['certificates', 'candidate', candidateId] as const,
  one: (id: string) => ['certificates', 'one', id] as const,
};
