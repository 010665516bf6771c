import { unwrap, type TrainingSchemas } from '@bridge/api-client';
import { Notice, PageTitle, Paragraph, type Column } from '@bridge/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { useClaims } from '../../session/session';
import { AppLink } from '../../shared/app-link';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { municipalityName } from '../../shared/reference';
import { DueFollowUpsNotice } from '../employer/follow-ups';
import { OfferList } from '../employer/offer-list';
import { schoolPaths } from './paths';
import { useSchoolPlaceFollowUps } from './placement-follow-ups';
import { useCovenantOptions } from './covenant-options';
import { SchoolPlaceForm, schoolPlaceBody, type SchoolPlaceValues } from './school-place-form';
import { SchoolPlaceStatusBadge } from './status-badge';

type SchoolPlace = TrainingSchemas['schemas']['SchoolPlaceView'];
type Status = SchoolPlace['status'];

export const schoolPlaceKey = (id: string) => ['training', 'school-place', id] as const;
const STATUSES: readonly Status[] = ['open', 'full', 'withdrawn'];

/** The school's own places (its BRIN), with a status filter. */
export function SchoolPlacesPage() {
  const { t } = useTranslation('school');
  const api = useApi();
  const format = useFormat();
  const followUps = useSchoolPlaceFollowUps();
  const columns: Column<SchoolPlace>[] = [
    {
      key: 'title',
      header: t('places.place'),
      cell: (p) => (
        <AppLink to={schoolPaths.place(p.id)}>
          {t('places.placeName', { title: p.title, crebo: p.crebo })}
        </AppLink>
      ),
    },
    { key: 'learningPath', header: t('places.learningPath'), cell: (p) => p.learningPath },
    {
      key: 'municipality',
      header: t('places.municipality'),
      cell: (p) => municipalityName(p.municipalityCode),
    },
    { key: 'start', header: t('places.startDate'), cell: (p) => format.date(p.startDate) },
    {
      key: 'seatsLeft',
      header: t('places.seatsLeft'),
      numeric: true,
      cell: (p) => t('places.leftOf', { left: p.seatsLeft, total: p.seats }),
    },
    {
      key: 'status',
      header: t('places.status'),
      cell: (p) => <SchoolPlaceStatusBadge status={p.status} />,
    },
  ];
  return (
    <OfferList
      ns="school"
      section="places"
      statusNames="status"
      statuses={STATUSES}
      filterId="place-status-filter"
      newPath={schoolPaths.newPlace}
      queryKey={['training', 'school-places']}
      fetchPage={(status, cursor) =>
        unwrap(
          api.training.GET('/school-places', { params: { query: { cursor, limit: 20, status } } }),
        )
      }
      columns={columns}
      notice={<DueFollowUpsNotice source={followUps} to={schoolPaths.followUps} />}
    />
  );
}

export function NewSchoolPlacePage() {
  const { t } = useTranslation('school');
  const api = useApi();
  const claims = useClaims();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(t('form.newTitle'));
  const covenants = useCovenantOptions();
  const create = useMutation({
    mutationFn: (values: SchoolPlaceValues) =>
      unwrap(
        api.training.POST('/school-places', {
          body: { ...schoolPlaceBody(values), brin: claims.brin ?? '' },
        }),
      ),
    onSuccess: (place) => {
      void queryClient.invalidateQueries({ queryKey: ['training', 'school-places'] });
      queryClient.setQueryData(schoolPlaceKey(place.id), place);
      navigate(schoolPaths.place(place.id), { state: { notice: 'created' } });
    },
  });
  return (
    <>
      <PageTitle lead={t('form.newLead')}>{t('form.newTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={schoolPaths.places}>{t('place.back')}</AppLink>
      </Paragraph>
      <QueryState isPending={covenants.isPending} error={covenants.error}>
        <SchoolPlaceForm
          covenants={covenants.options}
          submitLabel={t('form.create')}
          onSubmit={(values) => create.mutateAsync(values)}
          onCancel={() => navigate(schoolPaths.places)}
        />
      </QueryState>
    </>
  );
}

export function useSchoolPlace(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: schoolPlaceKey(id),
    queryFn: () => unwrap(api.training.GET('/school-places/{id}', { params: { path: { id } } })),
  });
}

export function EditSchoolPlacePage() {
  const { t } = useTranslation('school');
  const { id = '' } = useParams();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const place = useSchoolPlace(id);
  const title = t('form.editTitle', { title: place.data?.title ?? '' });
  usePageTitle(title);
  const covenants = useCovenantOptions(place.data?.covenantId);
  const update = useMutation({
    mutationFn: (values: SchoolPlaceValues) => {
      const body = schoolPlaceBody(values);
      return unwrap(
        api.training.PATCH('/school-places/{id}', {
          params: { path: { id } },
          // "No covenant" clears the place's covenant (null); one never set stays unset.
          body: {
            ...body,
            covenantId: body.covenantId ?? (place.data?.covenantId ? null : undefined),
          },
        }),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(schoolPlaceKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['training', 'school-places'] });
      navigate(schoolPaths.place(id), { state: { notice: 'saved' } });
    },
  });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <AppLink to={schoolPaths.place(id)}>{t('form.backToPlace')}</AppLink>
      </Paragraph>
      <QueryState
        isPending={place.isPending || (place.data?.status === 'open' && covenants.isPending)}
        error={place.error ?? covenants.error}
      >
        {place.data &&
          (place.data.status !== 'open' ? (
            <Notice tone="info" title={t('form.notOpenTitle')}>
              {t('form.notOpen')}
            </Notice>
          ) : (
            <SchoolPlaceForm
              key={place.data.id}
              initial={place.data}
              covenants={covenants.options}
              submitLabel={t('form.save')}
              onSubmit={(values) => update.mutateAsync(values)}
              onCancel={() => navigate(schoolPaths.place(id))}
            />
          ))}
      </QueryState>
    </>
  );
}
