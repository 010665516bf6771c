import { unwrap } from '@bridge/api-client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useApi } from '../../api/api';
import { queueQuery, type QueueFilters } from './queue-filters';

export interface Neighbours {
  previous?: string;
  next?: string;
  /** 1-based place in the queue as filtered, and its length when the whole queue was read. */
  position?: number;
  total?: number;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 5;

/**
 * The suggestions before and after this one in the queue as filtered, so the advisor can go on
 * without returning to the list. After a decision the suggestion may leave the queue (it is no
 * longer `suggested`); its neighbours as last seen stay known, so "next" still works.
 */
export function useQueueNeighbours(filters: QueueFilters, id: string): Neighbours | undefined {
  const api = useApi();
  const queue = useQuery({
    queryKey: ['review', 'queue-ids', filters],
    queryFn: async () => {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await unwrap(
          api.matching.GET('/suggestions', {
            params: { query: { ...queueQuery(filters), limit: PAGE_SIZE, cursor } },
          }),
        );
        ids.push(...result.items.map((item) => item.id));
        if (!result.nextCursor) return { ids, complete: true };
        cursor = result.nextCursor;
      }
      return { ids, complete: false };
    },
    staleTime: 60_000,
  });

  const fromQueue = useMemo((): Neighbours | undefined => {
    const data = queue.data;
    if (!data) return undefined;
    const index = data.ids.indexOf(id);
    if (index < 0) return undefined;
    return {
      previous: data.ids[index - 1],
      next: data.ids[index + 1],
      position: index + 1,
      total: data.complete ? data.ids.length : undefined,
    };
  }, [queue.data, id]);

  const seen = useRef(new Map<string, Neighbours>());
  useEffect(() => {
    if (fromQueue) seen.current.set(id, fromQueue);
  }, [fromQueue, id]);
  if (fromQueue) return fromQueue;
  const remembered = seen.current.get(id);
  return remembered && { previous: remembered.previous, next: remembered.next };
}
