import { ProblemError, unwrap } from '@bridge/api-client';
import { Actions, Button, PageTitle, Paragraph, TextField } from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { useCursorPages } from '../../shared/use-cursor-pages';
import { adminKeys, AppLink, DATE_PATTERN } from './admin-shared';
import { adminPaths } from './paths';

const FILTERS = ['candidateId', 'actor', 'from', 'to'] as const;
type AuditFilters = Record<(typeof FILTERS)[number], string>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function useFilterSchema() {
  const { t } = useTranslation('admin');
  return useMemo(
    () =>
      z
        .object({
          candidateId: z
            .string()
            .trim()
            .refine((v) => v === '' || UUID.test(v), t('audit.errors.candidateId')),
          actor: z
            .string()
            .trim()
            .max(200, t('errors.max', { max: 200 })),
          from: z.string().refine((v) => v === '' || DATE_PATTERN.test(v), t('errors.date')),
          to: z.string().refine((v) => v === '' || DATE_PATTERN.test(v), t('errors.date')),
        })
        .refine((v) => !v.from || !v.to || v.to >= v.from, {
          path: ['to'],
          message: t('audit.errors.to'),
        }),
    [t],
  );
}

/** The filters of the log, kept in the URL so a filtered view can be shared and survives going back. */
function AuditFilterForm({
  filters,
  serverErrors,
  onApply,
}: {
  filters: AuditFilters;
  serverErrors: Record<string, string>;
  onApply(filters: AuditFilters): void;
}) {
  const { t } = useTranslation('admin');
  const schema = useFilterSchema();
  const { register, handleSubmit, reset, setError, formState } = useForm<AuditFilters>({
    resolver: zodResolver(schema),
    defaultValues: filters,
  });
  useEffect(() => reset(filters), [filters, reset]);
  useEffect(() => {
    for (const [field, message] of Object.entries(serverErrors)) {
      if ((FILTERS as readonly string[]).includes(field))
        setError(field as keyof AuditFilters, { type: 'server', message });
    }
  }, [serverErrors, setError]);
  const errors = formState.errors;
  return (
    <form
      noValidate
      onSubmit={handleSubmit(onApply)}
      aria-label={t('filters.label')}
      className="admin-filters"
    >
      <TextField
        id="audit-candidate"
        label={t('audit.candidateId')}
        hint={t('audit.candidateIdHint')}
        autoComplete="off"
        error={errors.candidateId?.message}
        {...register('candidateId')}
      />
      <TextField
        id="audit-actor"
        label={t('audit.actor')}
        hint={t('audit.actorHint')}
        autoComplete="off"
        maxLength={200}
        error={errors.actor?.message}
        {...register('actor')}
      />
      <TextField
        id="audit-from"
        type="date"
        label={t('audit.from')}
        error={errors.from?.message}
        {...register('from')}
      />
      <TextField
        id="audit-to"
        type="date"
        label={t('audit.to')}
        error={errors.to?.message}
        {...register('to')}
      />
      <Actions>
        <Button type="submit">{t('filters.apply')}</Button>
        {FILTERS.some((name) => filters[name]) && (
          <Button
            appearance="subtle"
            onClick={() => onApply({ candidateId: '', actor: '', from: '', to: '' })}
          >
            {t('filters.clear')}
          </Button>
        )}
      </Actions>
    </form>
  );
}

function filterLink(name: 'candidateId' | 'actor', value: string) {
  return `${adminPaths.audit}?${new URLSearchParams({ [name]: value }).toString()}`;
}

export function AuditLog() {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation();
  const api = useApi();
  const format = useFormat();
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(
    () => Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as AuditFilters,
    [params],
  );
  const pages = useCursorPages([...adminKeys.audit, filters], (cursor) =>
    unwrap(
      api.matching.GET('/audit', {
        params: {
          query: {
            candidateId: filters.candidateId || undefined,
            actor: filters.actor || undefined,
            from: filters.from || undefined,
            to: filters.to || undefined,
            cursor,
          },
        },
      }),
    ),
  );
  const serverErrors = useMemo(
    () => (pages.error instanceof ProblemError ? pages.error.fieldErrors() : {}),
    [pages.error],
  );
  const filtered = FILTERS.some((name) => filters[name]);
  return (
    <>
      <PageTitle lead={t('audit.lead')}>{t('audit.title')}</PageTitle>
      <AuditFilterForm
        filters={filters}
        serverErrors={serverErrors}
        onApply={(next) =>
          setParams(
            Object.fromEntries(
              Object.entries(next)
                .map(([k, v]) => [k, v.trim()])
                .filter(([, v]) => v),
            ),
          )
        }
      />
      <PagedTable
        pages={pages}
        caption={t('audit.caption')}
        rowKey={(entry) => entry.id}
        columns={[
          {
            key: 'at',
            header: t('audit.at'),
            cell: (entry) => <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>,
          },
          {
            key: 'actor',
            header: t('audit.actor'),
            cell: (entry) => <AppLink to={filterLink('actor', entry.actor)}>{entry.actor}</AppLink>,
          },
          {
            key: 'role',
            header: t('audit.role'),
            cell: (entry) => common(`roles.${entry.role}`, { defaultValue: entry.role }),
          },
          {
            key: 'action',
            header: t('audit.action'),
            cell: (entry) => t(`audit.actions.${entry.action}`, { defaultValue: entry.action }),
          },
          {
            key: 'candidate',
            header: t('audit.candidate'),
            cell: (entry) =>
              entry.candidateId ? (
                <AppLink to={filterLink('candidateId', entry.candidateId)}>
                  {entry.candidateId}
                </AppLink>
              ) : (
                '—'
              ),
          },
          { key: 'target', header: t('audit.target'), cell: (entry) => entry.targetId ?? '—' },
        ]}
        emptyTitle={filtered ? t('audit.noneFound') : t('audit.none')}
        empty={<Paragraph>{filtered ? t('filters.tryOther') : t('audit.noneHint')}</Paragraph>}
        pagerWhenEmpty
      />
    </>
  );
}
