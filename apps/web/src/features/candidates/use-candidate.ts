import { unwrap } from '@bridge/api-client';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api';
import { asCandidate, candidateKeys } from './candidate';

export function useCandidate(candidateId: string) {
  const api = useApi();
  return useQuery({
    queryKey: candidateKeys.one(candidateId),
    queryFn: async () =>
      asCandidate(
        await unwrap(
          api.matching.GET('/candidates/{id}', { params: { path: { id: candidateId } } }),
        ),
      ),
  });
}
