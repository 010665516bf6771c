import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SUGGESTION_STATUSES, type SuggestionStatus } from './model';

/** The queue's filters, kept in the URL so they survive going to a review and back. */
export interface QueueFilters {
  region?: string;
  pi?: string;
  status: SuggestionStatus;
  /** Only the suggestions snoozed until later (still `suggested`); without it those are hidden. */
  snoozed?: boolean;
}

export const DEFAULT_STATUS: SuggestionStatus = 'suggested';

function isStatus(value: string | null): value is SuggestionStatus {
  return value !== null && (SUGGESTION_STATUSES as readonly string[]).includes(value);
}

export function filtersFromSearch(params: URLSearchParams): QueueFilters {
  const status = params.get('status');
  const filters: QueueFilters = {
    region: params.get('region') || undefined,
    pi: params.get('pi') || undefined,
    status: isStatus(status) ? status : DEFAULT_STATUS,
  };
  // Only a suggestion still to review can be snoozed.
  if (params.get('snoozed') === 'true' && filters.status === 'suggested') filters.snoozed = true;
  return filters;
}

/** The search string of the filters (`?region=AM27&pi=PI-VUGHT`); the default status is left out. */
export function searchOfFilters(filters: QueueFilters): string {
  const params = new URLSearchParams();
  if (filters.region) params.set('region', filters.region);
  if (filters.pi) params.set('pi', filters.pi);
  if (filters.status !== DEFAULT_STATUS) params.set('status', filters.status);
  if (filters.snoozed) params.set('snoozed', 'true');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query of GET /suggestions for the filters. */
export function queueQuery(filters: QueueFilters) {
  return {
    status: filters.status,
    ...(filters.region && { region: filters.region }),
    ...(filters.pi && { pi: filters.pi }),
    ...(filters.snoozed && { snoozed: true }),
  };
}

export function useQueueFilters() {
  const [params, setParams] = useSearchParams();
  const text = params.toString();
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(text)), [text]);
  const setFilters = useCallback(
    (next: QueueFilters) =>
      setParams(new URLSearchParams(searchOfFilters(next)), { replace: false }),
    [setParams],
  );
  return { filters, search: searchOfFilters(filters), setFilters };
}
