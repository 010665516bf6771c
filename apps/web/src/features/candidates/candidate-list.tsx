import { unwrap, type MatchingPaths } from '@bridge/api-client';
import { EmptyState } from '@bridge/ui';
import type { ReactNode } from 'react';
import { useApi } from '../../api/api';
import { PagedRows } from '../../shared/paged-table';
import { useCursorPages } from '../../shared/use-cursor-pages';
import { asCandidate, candidateKeys, type Candidate } from './candidate';
import { CandidateTable } from './candidate-table';

export type CandidateFilters = Omit<
  NonNullable<MatchingPaths['/candidates']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export interface CandidateListProps {
  filters: CandidateFilters;
  caption: string;
  linkTo(candidate: Candidate): string;
  showConsent?: boolean;
  linkState?: unknown;
  /** What the person can do when there are none (title and a hint or link). */
  emptyTitle: string;
  emptyHint?: ReactNode;
}

/** The candidates of GET /candidates with the given filters, a page at a time. */
export function CandidateList({
  filters,
  caption,
  linkTo,
  showConsent,
  linkState,
  emptyTitle,
  emptyHint,
}: CandidateListProps) {
  const api = useApi();
  const pages = useCursorPages(candidateKeys.list(filters), async (cursor) => {
    const page = await unwrap(
      api.matching.GET('/candidates', { params: { query: { ...filters, cursor, limit: 20 } } }),
    );
    return { items: page.items.map(asCandidate), nextCursor: page.nextCursor };
  });
  return (
    <PagedRows pages={pages} empty={<EmptyState title={emptyTitle}>{emptyHint}</EmptyState>}>
      {(rows) => (
        <CandidateTable
          caption={caption}
          candidates={rows}
          linkTo={linkTo}
          showConsent={showConsent}
          linkState={linkState}
          busy={pages.isFetching}
        />
      )}
    </PagedRows>
  );
}
