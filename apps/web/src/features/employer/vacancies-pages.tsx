import { unwrap, type EmployersSchemas } from '@bridge/api-client';
import { Notice, PageTitle, Paragraph, type Column } from '@bridge/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { AppLink } from '../../shared/app-link';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { municipalityName } from '../../shared/reference';
import { DueFollowUpsNotice } from './follow-ups';
import { OfferList } from './offer-list';
import { employerPaths } from './paths';
import { useVacancyFollowUps } from './placement-follow-ups';
import { VacancyStatusBadge } from './status-badges';
import { VacancyForm, vacancyBody, type VacancyValues } from './vacancy-form';

type Vacancy = EmployersSchemas['schemas']['VacancyView'];
type VacancyStatus = Vacancy['status'];
type CreateBody = EmployersSchemas['schemas']['CreateVacancyDto'];
type UpdateBody = EmployersSchemas['schemas']['UpdateVacancyDto'];

export const vacancyKey = (id: string) => ['employers', 'vacancy', id] as const;
const STATUSES: readonly VacancyStatus[] = ['open', 'filled', 'closed'];

/** The employer's own vacancies, newest first, with a status filter. */
export function VacanciesPage() {
  const { t } = useTranslation('employer');
  const api = useApi();
  const format = useFormat();
  const followUps = useVacancyFollowUps();
  const columns: Column<Vacancy>[] = [
    {
      key: 'title',
      header: t('vacancies.vacancy'),
      cell: (v) => <AppLink to={employerPaths.vacancy(v.id)}>{v.title}</AppLink>,
    },
    {
      key: 'municipality',
      header: t('vacancies.municipality'),
      cell: (v) => municipalityName(v.municipalityCode),
    },
    { key: 'start', header: t('vacancies.startDate'), cell: (v) => format.date(v.startDate) },
    {
      key: 'openingsLeft',
      header: t('vacancies.openingsLeft'),
      numeric: true,
      cell: (v) => t('vacancies.leftOf', { left: v.openingsLeft, total: v.openings }),
    },
    {
      key: 'status',
      header: t('vacancies.status'),
      cell: (v) => <VacancyStatusBadge status={v.status} />,
    },
  ];
  return (
    <OfferList
      ns="employer"
      section="vacancies"
      statusNames="vacancyStatus"
      statuses={STATUSES}
      filterId="vacancy-status-filter"
      newPath={employerPaths.newVacancy}
      queryKey={['employers', 'vacancies']}
      fetchPage={(status, cursor) =>
        unwrap(
          api.employers.GET('/vacancies', { params: { query: { cursor, limit: 20, status } } }),
        )
      }
      columns={columns}
      notice={<DueFollowUpsNotice source={followUps} to={employerPaths.followUps} />}
    />
  );
}

/** The employer's covenants in force today: a vacancy is always posted under one of them. */
function useActiveCovenants() {
  const api = useApi();
  return useQuery({
    queryKey: ['employers', 'covenants', { active: true }],
    queryFn: () =>
      unwrap(api.employers.GET('/covenants', { params: { query: { active: true, limit: 100 } } })),
  });
}

export function NewVacancyPage() {
  const { t } = useTranslation('employer');
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const format = useFormat();
  usePageTitle(t('vacancyForm.newTitle'));
  const covenants = useActiveCovenants();
  const create = useMutation({
    mutationFn: (values: VacancyValues) =>
      unwrap(
        api.employers.POST('/vacancies', {
          body: { ...vacancyBody(values), covenantId: values.covenantId } as unknown as CreateBody,
        }),
      ),
    onSuccess: (vacancy) => {
      void queryClient.invalidateQueries({ queryKey: ['employers', 'vacancies'] });
      queryClient.setQueryData(vacancyKey(vacancy.id), vacancy);
      navigate(employerPaths.vacancy(vacancy.id), { state: { notice: 'created' } });
    },
  });
  const options = (covenants.data?.items ?? []).map((c) => ({
    value: c.id,
    label: t('vacancyForm.covenantOption', {
      name: c.name,
      from: format.date(c.validFrom),
      to: format.date(c.validTo),
    }),
  }));

  return (
    <>
      <PageTitle lead={t('vacancyForm.newLead')}>{t('vacancyForm.newTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={employerPaths.vacancies}>{t('vacancy.back')}</AppLink>
      </Paragraph>
      <QueryState isPending={covenants.isPending} error={covenants.error}>
        {options.length === 0 ? (
          <Notice tone="warning" title={t('vacancyForm.noCovenantTitle')}>
            {t('vacancyForm.noCovenant')}
          </Notice>
        ) : (
          <VacancyForm
            covenants={options}
            submitLabel={t('vacancyForm.create')}
            onSubmit={(values) => create.mutateAsync(values)}
            onCancel={() => navigate(employerPaths.vacancies)}
          />
        )}
      </QueryState>
    </>
  );
}

export function useVacancy(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: vacancyKey(id),
    queryFn: () => unwrap(api.employers.GET('/vacancies/{id}', { params: { path: { id } } })),
  });
}

export function EditVacancyPage() {
  const { t } = useTranslation('employer');
  const { id = '' } = useParams();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const vacancy = useVacancy(id);
  usePageTitle(t('vacancyForm.editTitle', { title: vacancy.data?.title ?? '' }));
  const update = useMutation({
    mutationFn: (values: VacancyValues) =>
      unwrap(
        api.employers.PATCH('/vacancies/{id}', {
          params: { path: { id } },
          body: vacancyBody(values) as unknown as UpdateBody,
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(vacancyKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['employers', 'vacancies'] });
      navigate(employerPaths.vacancy(id), { state: { notice: 'saved' } });
    },
  });

  return (
    <>
      <PageTitle>{t('vacancyForm.editTitle', { title: vacancy.data?.title ?? '' })}</PageTitle>
      <Paragraph>
        <AppLink to={employerPaths.vacancy(id)}>{t('vacancyForm.backToVacancy')}</AppLink>
      </Paragraph>
      <QueryState isPending={vacancy.isPending} error={vacancy.error}>
        {vacancy.data &&
          (vacancy.data.status !== 'open' ? (
            <Notice tone="info" title={t('vacancyForm.notOpenTitle')}>
              {t('vacancyForm.notOpen')}
            </Notice>
          ) : (
            <VacancyForm
              key={vacancy.data.id}
              initial={vacancy.data}
              submitLabel={t('vacancyForm.save')}
              onSubmit={(values) => update.mutateAsync(values)}
              onCancel={() => navigate(employerPaths.vacancy(id))}
            />
          ))}
      </QueryState>
    </>
  );
}
