import { unwrap } from '@bridge/api-client';
import {
  Actions,
  Badge,
  Button,
  Details,
  Notice,
  PageTitle,
  Paragraph,
  Section,
  SelectField,
  TextareaField,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { QueryState } from '../../shared/query-state';
import { piName, regionName } from '../../shared/reference';
import { applyServerErrors } from '../../shared/server-errors';
import { useCursorPages } from '../../shared/use-cursor-pages';
import {
  adminKeys,
  AppLink,
  ConfirmStep,
  DATE_PATTERN,
  FormOutcome,
  todayIso,
  useAllEmployers,
  useAllProviders,
  type Covenant,
} from './admin-shared';
import { CovenantForm } from './covenant-form';
import { adminPaths } from './paths';
import { RegionPiFilters } from './region-pi-filters';

/** The name of who signed a covenant: the employer's or the school's, from the registered ones. */
function useSignatoryName() {
  const { t } = useTranslation('admin');
  const employers = useAllEmployers();
  const providers = useAllProviders();
  const employerNames = useMemo(
    () => new Map((employers.data ?? []).map((e) => [e.id, e.name])),
    [employers.data],
  );
  const schoolNames = useMemo(
    () => new Map((providers.data ?? []).map((p) => [p.brin, p.name])),
    [providers.data],
  );
  return (covenant: Covenant) =>
    covenant.employerId
      ? t('covenants.byEmployer', {
          name: employerNames.get(covenant.employerId) ?? t('covenants.unknownEmployer'),
        })
      : t('covenants.bySchool', {
          name: schoolNames.get(covenant.brin ?? '') ?? covenant.brin,
          brin: covenant.brin,
        });
}

export function CovenantStatus({ covenant }: { covenant: Covenant }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  if (covenant.endedOn)
    return (
      <Badge tone="neutral">
        {t('covenants.status.ended', { date: format.date(covenant.endedOn) })}
      </Badge>
    );
  if (covenant.active) return <Badge tone="ok">{t('covenants.status.active')}</Badge>;
  if (covenant.validFrom > todayIso())
    return <Badge tone="info">{t('covenants.status.future')}</Badge>;
  return <Badge tone="warning">{t('covenants.status.lapsed')}</Badge>;
}

/** A short list of names: all of them up to three, else the first two and how many more. */
function namesText(
  codes: readonly string[],
  name: (code: string) => string,
  more: (count: number) => string,
) {
  if (codes.length <= 3) return codes.map(name).join(', ');
  return `${codes.slice(0, 2).map(name).join(', ')} ${more(codes.length - 2)}`;
}

export function CovenantList() {
  const { t } = useTranslation('admin');
  const api = useApi();
  const format = useFormat();
  usePageTitle(t('covenants.title'));
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const pi = params.get('pi') ?? '';
  const active = params.get('active') ?? '';
  const signatory = useSignatoryName();
  const pages = useCursorPages([...adminKeys.covenants, 'list', { region, pi, active }], (cursor) =>
    unwrap(
      api.employers.GET('/covenants', {
        params: {
          query: {
            region: region || undefined,
            pi: pi || undefined,
            active: active === '' ? undefined : active === 'true',
            cursor,
          },
        },
      }),
    ),
  );
  const filtered = Boolean(region || pi || active);
  return (
    <>
      <PageTitle lead={t('covenants.lead')}>{t('covenants.title')}</PageTitle>
      <Actions>
        <AppLink to={adminPaths.newCovenant}>{t('covenants.register')}</AppLink>
      </Actions>
      <RegionPiFilters
        key={params.toString()}
        idPrefix="covenant-filter"
        filters={{ region, pi, active }}
        onApply={(filters) => setParams(filters)}
        more={(values, change) => (
          <SelectField
            id="covenant-filter-active"
            label={t('covenants.filterActive')}
            placeholder={t('covenants.filterAll')}
            options={[
              { value: 'true', label: t('covenants.filterActiveOnly') },
              { value: 'false', label: t('covenants.filterInactiveOnly') },
            ]}
            value={values.active}
            onChange={(event) => change('active', event.target.value)}
          />
        )}
      />
      <PagedTable
        pages={pages}
        caption={t('covenants.caption')}
        rowKey={(c) => c.id}
        columns={[
          {
            key: 'name',
            header: t('covenants.name'),
            cell: (c) => <AppLink to={adminPaths.covenant(c.id)}>{c.name}</AppLink>,
          },
          { key: 'signatory', header: t('covenants.signatory'), cell: (c) => signatory(c) },
          {
            key: 'regions',
            header: t('covenants.regions'),
            cell: (c) =>
              namesText(c.regionCodes, regionName, (count) => t('covenants.andMore', { count })),
          },
          {
            key: 'pis',
            header: t('covenants.pis'),
            cell: (c) =>
              c.piCodes.length === 0
                ? t('covenants.noPis')
                : namesText(c.piCodes, piName, (count) => t('covenants.andMore', { count })),
          },
          {
            key: 'period',
            header: t('covenants.period'),
            cell: (c) =>
              t('covenants.periodText', {
                from: format.date(c.validFrom),
                to: format.date(c.validTo),
              }),
          },
          {
            key: 'status',
            header: t('covenants.statusHeader'),
            cell: (c) => <CovenantStatus covenant={c} />,
          },
        ]}
        emptyTitle={filtered ? t('covenants.noneFound') : t('covenants.none')}
        empty={<Paragraph>{filtered ? t('filters.tryOther') : t('covenants.noneHint')}</Paragraph>}
        pagerWhenEmpty
      />
    </>
  );
}

export function CovenantNew() {
  const { t } = useTranslation('admin');
  usePageTitle(t('covenants.newTitle'));
  return (
    <>
      <PageTitle lead={t('covenants.newLead')}>{t('covenants.newTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={adminPaths.covenants}>{t('covenants.back')}</AppLink>
      </Paragraph>
      <CovenantForm />
    </>
  );
}

/** End a covenant on a day (default today), after a confirmation step. */
function EndCovenant({ covenant }: { covenant: Covenant }) {
  const { t } = useTranslation('admin');
  const api = useApi();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<{ endedOn: string; reason: string }>();
  const [failure, setFailure] = useState<string>();
  const today = todayIso();
  const schema = useMemo(
    () =>
      z
        .object({
          endedOn: z.string().regex(DATE_PATTERN, t('errors.date')),
          reason: z
            .string()
            .trim()
            .max(500, t('errors.max', { max: 500 })),
        })
        .refine(
          (v) =>
            !DATE_PATTERN.test(v.endedOn) ||
            (v.endedOn >= covenant.validFrom && v.endedOn <= covenant.validTo),
          {
            path: ['endedOn'],
            message: t('covenants.end.errors.window', {
              from: format.date(covenant.validFrom),
              to: format.date(covenant.validTo),
            }),
          },
        ),
    [t, covenant.validFrom, covenant.validTo, format],
  );
  const defaultDay =
    today < covenant.validFrom
      ? covenant.validFrom
      : today > covenant.validTo
        ? covenant.validTo
        : today;
  const { register, handleSubmit, setError, formState } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { endedOn: defaultDay, reason: '' },
  });
  const end = useMutation({
    mutationFn: (values: { endedOn: string; reason: string }) =>
      unwrap(
        api.employers.POST('/covenants/{id}/end', {
          params: { path: { id: covenant.id } },
          body: { endedOn: values.endedOn, ...(values.reason && { reason: values.reason }) },
        }),
      ),
    onSuccess: async (result) => {
      setFailure(undefined);
      setConfirming(undefined);
      queryClient.setQueryData([...adminKeys.covenants, 'one', covenant.id], result);
      await queryClient.invalidateQueries({ queryKey: adminKeys.covenants });
      await queryClient.invalidateQueries({ queryKey: adminKeys.insights });
    },
    onError: (error) => {
      setConfirming(undefined);
      setFailure(applyServerErrors(error, setError, ['endedOn', 'reason']));
    },
  });

  if (covenant.endedOn) {
    return (
      <Notice tone="info">
        {t('covenants.end.done', { date: format.date(covenant.endedOn) })}
      </Notice>
    );
  }
  return (
    <form noValidate onSubmit={handleSubmit((values) => setConfirming(values))}>
      <FormOutcome failure={failure} />
      <Paragraph>{t('covenants.end.explain')}</Paragraph>
      <TextField
        id="covenant-ended-on"
        type="date"
        label={t('covenants.end.endedOn')}
        hint={t('covenants.end.endedOnHint')}
        error={formState.errors.endedOn?.message}
        {...register('endedOn')}
      />
      <TextareaField
        id="covenant-end-reason"
        label={t('covenants.end.reasonOptional')}
        maxLength={500}
        rows={3}
        error={formState.errors.reason?.message}
        {...register('reason')}
      />
      {confirming ? (
        <ConfirmStep
          title={t('covenants.end.confirmTitle')}
          confirmLabel={t('covenants.end.confirmYes')}
          busy={end.isPending}
          onConfirm={() => end.mutate(confirming)}
          onCancel={() => setConfirming(undefined)}
        >
          <Paragraph>
            {t('covenants.end.confirm', {
              name: covenant.name,
              date: format.date(confirming.endedOn),
            })}
          </Paragraph>
        </ConfirmStep>
      ) : (
        <Actions>
          <Button type="submit">{t('covenants.end.submit')}</Button>
        </Actions>
      )}
    </form>
  );
}

export function CovenantDetail() {
  const { t } = useTranslation('admin');
  const api = useApi();
  const format = useFormat();
  const { id = '' } = useParams();
  const signatory = useSignatoryName();
  const covenant = useQuery({
    queryKey: [...adminKeys.covenants, 'one', id],
    queryFn: () => unwrap(api.employers.GET('/covenants/{id}', { params: { path: { id } } })),
  });
  const data = covenant.data;
  usePageTitle(data ? data.name : t('covenants.detailTitle'));
  return (
    <>
      <PageTitle lead={data ? signatory(data) : undefined}>
        {data?.name ?? t('covenants.detailTitle')}
      </PageTitle>
      <Paragraph>
        <AppLink to={adminPaths.covenants}>{t('covenants.back')}</AppLink>
      </Paragraph>
      <QueryState isPending={covenant.isPending} error={covenant.error}>
        {data && (
          <>
            <Details
              items={[
                {
                  key: 'status',
                  label: t('covenants.statusHeader'),
                  value: <CovenantStatus covenant={data} />,
                },
                { key: 'signatory', label: t('covenants.signatory'), value: signatory(data) },
                {
                  key: 'period',
                  label: t('covenants.period'),
                  value: t('covenants.periodText', {
                    from: format.date(data.validFrom),
                    to: format.date(data.validTo),
                  }),
                },
                {
                  key: 'regions',
                  label: t('covenants.regions'),
                  value: data.regionCodes.map(regionName).join(', '),
                },
                {
                  key: 'pis',
                  label: t('covenants.pis'),
                  value: data.piCodes.length
                    ? data.piCodes.map(piName).join(', ')
                    : t('covenants.noPis'),
                },
                {
                  key: 'placements',
                  label: t('covenants.placements'),
                  value:
                    data.placementsPerYear != null
                      ? format.number(data.placementsPerYear)
                      : t('covenants.noPlacements'),
                },
                {
                  key: 'support',
                  label: t('covenants.support'),
                  value:
                    data.support.length > 0 ? (
                      <UnorderedList>
                        {data.support.map((text, index) => (
                          <UnorderedListItem key={index}>{text}</UnorderedListItem>
                        ))}
                      </UnorderedList>
                    ) : (
                      t('covenants.supportNone')
                    ),
                },
              ]}
            />
            <Section title={t('covenants.editTitle')}>
              <CovenantForm
                key={`${data.id}-${data.endedOn ?? ''}`}
                covenant={data}
                signatoryName={signatory(data)}
              />
            </Section>
            <Section title={t('covenants.end.title')}>
              <EndCovenant covenant={data} />
            </Section>
          </>
        )}
      </QueryState>
    </>
  );
}
