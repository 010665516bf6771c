import { unwrap } from '@bridge/api-client';
import { useQueries } from '@tanstack/react-query';
import { useApi } from '../../api/api';
import { releaseIsNear } from './model';

interface QueueItemLike {
  candidateId: string;
  status: string;
  candidate: { expectedReleaseDate: string };
}

/**
 * Which suggestions are urgent: the candidate's release is within 30 days (or passed) and nothing of
 * theirs is accepted yet. The queue does not say whether a candidate has an accepted suggestion, so
 * that is asked per candidate near release (GET /candidates/:id/suggestions?status=accepted&limit=1).
 * Until the answer is in, no badge is shown; if it cannot be asked, the date alone decides.
 */
export function useUrgency(items: readonly QueueItemLike[], today = new Date()): (item: QueueItemLike) => boolean {
  const api = useApi();
  const acceptedOnPage = new Set(items.filter((item) => item.status === 'accepted').map((item) => item.candidateId));
  const near = [
    ...new Set(
      items
        .filter((item) => releaseIsNear(item.candidate.expectedReleaseDate, today) && !acceptedOnPage.has(item.candidateId))
        .map((item) => item.candidateId),
    ),
  ];
  const results = useQueries({
    queries: near.map((candidateId) => ({
      queryKey: ['review', 'accepted-of-candidate', candidateId],
      queryFn: () =>
        unwrap(
          api.matching.GET('/candidates/{id}/suggestions', {
            params: { path: { id: candidateId }, query: { status: 'accepted', limit: 1 } },
          }),
        ),
      staleTime: 60_000,
    })),
  });
  const hasAccepted = new Map(near.map((candidateId, index) => [candidateId, results[index]]));
  return (item) => {
    if (!releaseIsNear(item.candidate.expectedReleaseDate, today) || acceptedOnPage.has(item.candidateId)) return false;
    const result = hasAccepted.get(item.candidateId);
    if (!result || result.isPending) return false;
    if (result.isError) return true;
    return (result.data?.items.length ?? 0) === 0;
  };
}
