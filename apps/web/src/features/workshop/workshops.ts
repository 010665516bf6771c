import { unwrap } from '@bridge/api-client';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api';

/** The In-Made workshops of a PI (GET /workshops?pi=), for choosing one and for showing names. */
export function useWorkshops(pi: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['workshops', pi],
    staleTime: 10 * 60_000,
    queryFn: async () =>
      (await unwrap(api.training.GET('/workshops', { params: { query: { pi, limit: 100 } } })))
        .items,
  });
}
