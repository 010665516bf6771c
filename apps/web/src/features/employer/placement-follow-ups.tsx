import { unwrap } from '@bridge/api-client';
import { useApi } from '../../api/api';
import { FollowUpsPage, type FollowUpSource } from './follow-ups';
import { employerPaths } from './paths';

/** The follow-ups of placements at the employer's own vacancies (employers service). */
export function useVacancyFollowUps(): FollowUpSource {
  const api = useApi();
  return {
    kind: 'vacancy',
    queryKey: ['employers', 'follow-ups'],
    fetchPage: (status, cursor, limit = 20) =>
      unwrap(
        api.employers.GET('/placements/follow-ups', {
          params: { query: { status, cursor, limit } },
        }),
      ),
    record: (followUp, body) =>
      unwrap(
        api.employers.POST('/vacancies/{id}/placements/{placementId}/follow-ups', {
          params: { path: { id: followUp.targetId, placementId: followUp.placementId } },
          body,
        }),
      ),
    targetPath: employerPaths.vacancy,
  };
}

export function VacancyFollowUpsPage() {
  return <FollowUpsPage source={useVacancyFollowUps()} />;
}
