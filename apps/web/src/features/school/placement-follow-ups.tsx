import { unwrap } from '@bridge/api-client';
import { useApi } from '../../api/api';
import { FollowUpsPage, type FollowUpSource } from '../employer/follow-ups';
import { schoolPaths } from './paths';

/** The follow-ups of placements at the school's own places (training service). */
export function useSchoolPlaceFollowUps(): FollowUpSource {
  const api = useApi();
  return {
    kind: 'school-place',
    queryKey: ['training', 'follow-ups'],
    fetchPage: (status, cursor, limit = 20) =>
      unwrap(
        api.training.GET('/placements/follow-ups', {
          params: { query: { status, cursor, limit } },
        }),
      ),
    record: (followUp, body) =>
      unwrap(
        api.training.POST('/school-places/{id}/placements/{placementId}/follow-ups', {
          params: { path: { id: followUp.targetId, placementId: followUp.placementId } },
          body,
        }),
      ),
    targetPath: schoolPaths.place,
  };
}

export function SchoolPlaceFollowUpsPage() {
  return <FollowUpsPage source={useSchoolPlaceFollowUps()} />;
}
