import { unwrap, type EmployersSchemas } from '@bridge/api-client';
import {
  Actions,
  Button,
  Details,
  Heading,
  Notice,
  PageTitle,
  Paragraph,
  TextareaField,
} from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { AppLink } from '../../shared/app-link';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { municipalityName, regionName } from '../../shared/reference';
import { applyServerErrors } from '../../shared/server-errors';
import { employerPaths } from './paths';
import { useCreboLabel } from './qualification-picker';
import { ReferralsPanel } from './referrals-panel';
import { VacancyStatusBadge } from './status-badges';
import { useVacancy, vacancyKey } from './vacancies-pages';

type Vacancy = EmployersSchemas['schemas']['VacancyView'];

/** One vacancy: its details, edit and close while open, and the anonymised referrals to it. */
export function VacancyPage() {
  const { t } = useTranslation('employer');
  const { id = '' } = useParams();
  const location = useLocation();
  const api = useApi();
  const queryClient = useQueryClient();
  const vacancy = useVacancy(id);
  usePageTitle(vacancy.data?.title ?? t('vacancy.title'));
  const arrived = (location.state as { notice?: string } | null)?.notice;
  const [closed, setClosed] = useState(false);

  const recordPlacement = async (referralId: string) => {
    const placement = await unwrap(
      api.employers.POST('/vacancies/{id}/placements', {
        params: { path: { id } },
        body: { referralId },
      }),
    );
    queryClient.setQueryData<Vacancy>(vacancyKey(id), (current) =>
      current
        ? { ...current, openingsLeft: placement.openingsLeft, status: placement.status }
        : current,
    );
    void queryClient.invalidateQueries({ queryKey: vacancyKey(id) });
    void queryClient.invalidateQueries({ queryKey: ['employers', 'vacancies'] });
    return { left: placement.openingsLeft };
  };

  return (
    <>
      <PageTitle>{vacancy.data?.title ?? t('vacancy.title')}</PageTitle>
      <Paragraph>
        <AppLink to={employerPaths.vacancies}>{t('vacancy.back')}</AppLink>
      </Paragraph>
      {arrived && !closed && (
        <Notice tone="ok">
          {arrived === 'created' ? t('vacancy.created') : t('vacancy.saved')}
        </Notice>
      )}
      {closed && <Notice tone="ok">{t('vacancy.closed')}</Notice>}
      <QueryState isPending={vacancy.isPending} error={vacancy.error}>
        {vacancy.data && (
          <>
            <VacancyDetails vacancy={vacancy.data} />
            {vacancy.data.status === 'open' && (
              <>
                <Paragraph>
                  <AppLink to={employerPaths.editVacancy(id)}>{t('vacancy.edit')}</AppLink>
                </Paragraph>
                <CloseVacancy vacancy={vacancy.data} onClosed={() => setClosed(true)} />
              </>
            )}
            <ReferralsPanel
              targetId={id}
              canPlace={vacancy.data.status === 'open' && vacancy.data.openingsLeft > 0}
              recordPlacement={recordPlacement}
              placementHint={t('vacancy.placementHint', { left: vacancy.data.openingsLeft })}
              placedMessage={(left) => t('vacancy.placed', { count: left })}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

function CovenantName({ id }: { id: string }) {
  const api = useApi();
  const covenant = useQuery({
    queryKey: ['employers', 'covenant', id],
    queryFn: () => unwrap(api.employers.GET('/covenants/{id}', { params: { path: { id } } })),
    retry: false,
  });
  return covenant.data?.name ?? '…';
}

function VacancyDetails({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation('employer');
  const format = useFormat();
  const creboLabel = useCreboLabel();
  const list = (crebos: readonly string[]) =>
    crebos.length === 0 ? (
      t('vacancy.none')
    ) : (
      <ul>
        {crebos.map((crebo) => (
          <li key={crebo}>{creboLabel(crebo)}</li>
        ))}
      </ul>
    );
  return (
    <Details
      items={[
        {
          key: 'status',
          label: t('vacancy.status'),
          value: <VacancyStatusBadge status={vacancy.status} />,
        },
        {
          key: 'openingsLeft',
          label: t('vacancy.openingsLeft'),
          value: (
            <span data-testid="openings-left">
              {t('vacancies.leftOf', { left: vacancy.openingsLeft, total: vacancy.openings })}
            </span>
          ),
        },
        {
          key: 'covenant',
          label: t('vacancy.covenant'),
          value: <CovenantName id={vacancy.covenantId} />,
        },
        {
          key: 'place',
          label: t('vacancy.municipality'),
          value: t('vacancy.place', {
            municipality: municipalityName(vacancy.municipalityCode),
            region: regionName(vacancy.regionCode),
          }),
        },
        {
          key: 'hours',
          label: t('vacancy.hours'),
          value: t('vacancy.hoursValue', { hours: vacancy.hoursPerWeek }),
        },
        { key: 'start', label: t('vacancy.startDate'), value: format.date(vacancy.startDate) },
        {
          key: 'expires',
          label: t('vacancy.expiresOn'),
          value: vacancy.expiresOn ? format.date(vacancy.expiresOn) : t('vacancy.noExpiry'),
        },
        {
          key: 'required',
          label: t('vacancy.required'),
          value: list(vacancy.requiredQualifications),
        },
        {
          key: 'preferred',
          label: t('vacancy.preferred'),
          value: list(vacancy.preferredQualifications),
        },
        {
          key: 'vog',
          label: t('vacancy.requiresVog'),
          value: vacancy.requiresVog ? t('yes') : t('no'),
        },
        {
          key: 'description',
          label: t('vacancy.description'),
          value: vacancy.description || t('vacancy.none'),
        },
      ]}
    />
  );
}

/** Close an open vacancy: first a confirmation step with an optional reason. */
function CloseVacancy({ vacancy, onClosed }: { vacancy: Vacancy; onClosed(): void }) {
  const { t } = useTranslation('employer');
  const api = useApi();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [formError, setFormError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) headingRef.current?.focus();
  }, [confirming]);
  const schema = z.object({
    reason: z.string().max(500, { message: t('form.tooLong', { max: 500 }) }),
  });
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
  });
  const close = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.employers.POST('/vacancies/{id}/close', {
          params: { path: { id: vacancy.id } },
          body: values.reason.trim() ? { reason: values.reason.trim() } : {},
        }),
      ),
    onSuccess: (closed) => {
      queryClient.setQueryData(vacancyKey(vacancy.id), closed);
      void queryClient.invalidateQueries({ queryKey: ['employers', 'vacancies'] });
      onClosed();
    },
    onError: (error) => setFormError(applyServerErrors(error, setError, ['reason'])),
  });

  if (!confirming) {
    return (
      <Actions>
        <Button onClick={() => setConfirming(true)}>{t('vacancy.close')}</Button>
      </Actions>
    );
  }
  return (
    <form
      className="bridge-section"
      noValidate
      onSubmit={handleSubmit((values) => close.mutate(values))}
    >
      <Heading level={2} ref={headingRef} tabIndex={-1}>
        {t('vacancy.closeTitle')}
      </Heading>
      <Paragraph>{t('vacancy.closeWarning')}</Paragraph>
      {formError && (
        <Notice tone="error" title={t('vacancy.closeFailed')}>
          {formError}
        </Notice>
      )}
      <TextareaField
        id="close-reason"
        label={t('vacancy.closeReason')}
        hint={t('vacancy.closeReasonHint')}
        error={formState.errors.reason?.message}
        rows={3}
        {...register('reason')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={close.isPending}>
          {t('vacancy.closeConfirm')}
        </Button>
        <Button appearance="subtle" onClick={() => setConfirming(false)}>
          {t('cancel')}
        </Button>
      </Actions>
    </form>
  );
}
