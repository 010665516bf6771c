import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

export interface CursorPage<Item> {
  items: Item[];
  nextCursor?: string | null;
}

/**
 * One page of a list at a time, over the API's cursors: forward with the page's nextCursor, back
 * through the cursors already seen. A change of `key` (other filters) starts again at page 1.
 */
export function useCursorPages<Item>(
  key: readonly unknown[],
  fetchPage: (cursor?: string) => Promise<CursorPage<Item>>,
) {
  const keyText = JSON.stringify(key);
  const [cursors, setCursors] = useState<{ key: string; stack: (string | undefined)[] }>({
    key: keyText,
    stack: [undefined],
  });
  const stack = cursors.key === keyText ? cursors.stack : [undefined];
  useEffect(() => {
    if (cursors.key !== keyText) setCursors({ key: keyText, stack: [undefined] });
  }, [cursors.key, keyText]);
  const cursor = stack[stack.length - 1];
  const query = useQuery({
    queryKey: [...key, { cursor }],
    queryFn: () => fetchPage(cursor),
    placeholderData: keepPreviousData,
  });
  const nextCursor = query.data?.nextCursor ?? undefined;
  return {
    ...query,
    items: query.data?.items ?? [],
    page: stack.length,
    hasPrevious: stack.length > 1,
    hasNext: Boolean(nextCursor),
    next: () => nextCursor && setCursors({ key: keyText, stack: [...stack, nextCursor] }),
    previous: () => setCursors({ key: keyText, stack: stack.slice(0, -1) }),
  };
}
