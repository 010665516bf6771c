import { unwrap } from '@bridge/api-client';
import { Actions, Badge, Button, PageTitle, Paragraph, SelectField, type Column } from '@bridge/ui';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { useClaims } from '../../session/session';
import { CsvDownloadButton } from '../../shared/csv-download';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { municipalityName, piName, piOptions, regionName } from '../../shared/reference';
import { useCursorPages } from '../../shared/use-cursor-pages';
import {
  shortPseudonym,
  STATUS_TONES,
  SUGGESTION_STATUSES,
  targetOf,
  type QueuedSuggestion,
} from './model';
import { reviewPath } from './paths';
import { DEFAULT_STATUS, queueQuery, useQueueFilters, type QueueFilters } from './queue-filters';
import { ReleaseDate } from './release-date';
import { ReviewLink } from './review-link';
import { SnoozedBadge } from './snooze';
import { isUrgent } from './urgency';

const PAGE_SIZE = 20;

function FilterForm({
  filters,
  onApply,
}: {
  filters: QueueFilters;
  onApply(filters: QueueFilters): void;
}) {
  const { t } = useTranslation('review');
  const claims = useClaims();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const regionOptions = useMemo(
    () => (claims.regions ?? []).map((code) => ({ value: code, label: regionName(code) })),
    [claims.regions],
  );
  // "Uitgesteld" sits beside the statuses: it is the suggested ones put aside until a date.
  const statusOptions = [
    ...SUGGESTION_STATUSES.slice(0, 1),
    'snoozed' as const,
    ...SUGGESTION_STATUSES.slice(1),
  ].map((status) => ({ value: status, label: t(`status.${status}`) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="bridge-review-filters" aria-label={t('queue.filters.label')} onSubmit={submit}>
      <div className="bridge-review-filters__fields">
        <SelectField
          id="queue-region"
          label={t('queue.filters.region')}
          options={regionOptions}
          placeholder={t('queue.filters.allRegions')}
          value={draft.region ?? ''}
          onChange={(event) => setDraft({ ...draft, region: event.target.value || undefined })}
        />
        <SelectField
          id="queue-pi"
          label={t('queue.filters.pi')}
          options={piOptions}
          placeholder={t('queue.filters.allPis')}
          value={draft.pi ?? ''}
          onChange={(event) => setDraft({ ...draft, pi: event.target.value || undefined })}
        />
        <SelectField
          id="queue-status"
          label={t('queue.filters.status')}
          options={statusOptions}
          value={draft.snoozed ? 'snoozed' : draft.status}
          onChange={(event) =>
            setDraft(
              event.target.value === 'snoozed'
                ? { ...draft, status: 'suggested', snoozed: true }
                : {
                    ...draft,
                    status: event.target.value as QueueFilters['status'],
                    snoozed: undefined,
                  },
            )
          }
        />
      </div>
      <Actions>
        <Button type="submit" appearance="primary">
          {t('queue.filters.apply')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => onApply({ status: DEFAULT_STATUS })}
          disabled={
            !filters.region && !filters.pi && filters.status === DEFAULT_STATUS && !filters.snoozed
          }
        >
          {t('queue.filters.clear')}
        </Button>
      </Actions>
    </form>
  );
}

export function QueueScreen() {
  const { t } = useTranslation('review');
  const api = useApi();
  const format = useFormat();
  const { filters, search, setFilters } = useQueueFilters();
  usePageTitle(t('queue.title'));

  const pages = useCursorPages<QueuedSuggestion>(['review', 'queue', filters], (cursor) =>
    unwrap(
      api.matching.GET('/suggestions', {
        params: { query: { ...queueQuery(filters), limit: PAGE_SIZE, cursor } },
      }),
    ),
  );
  const filtered = Boolean(filters.region || filters.pi);
  const shownStatus = filters.snoozed ? 'snoozed' : filters.status;

  const columns: Column<QueuedSuggestion>[] = [
    {
      key: 'candidate',
      header: t('queue.columns.candidate'),
      cell: (item) => (
        <ReviewLink to={{ pathname: reviewPath(item.id), search }}>
          {t('candidateLabel', { pseudonym: shortPseudonym(item.candidateId) })}
        </ReviewLink>
      ),
    },
    {
      key: 'pi',
      header: t('queue.columns.pi'),
      cell: (item) => piName(item.candidate.piCode),
    },
    {
      key: 'region',
      header: t('queue.columns.region'),
      cell: (item) => regionName(item.candidate.regionCode),
    },
    {
      key: 'release',
      header: t('queue.columns.release'),
      cell: (item) => (
        <>
          <ReleaseDate date={item.candidate.expectedReleaseDate} />
          {isUrgent(item) && (
            <>
              {' '}
              <Badge tone="warning">{t('urgent')}</Badge>
            </>
          )}
        </>
      ),
    },
    {
      key: 'target',
      header: t('queue.columns.target'),
      cell: (item) => {
        const target = targetOf(item);
        return (
          <>
            {target.title}
            <br />
            <span className="bridge-review-muted">
              {t(`targetType.${item.type}`)} · {municipalityName(target.municipalityCode)}
            </span>
          </>
        );
      },
    },
    {
      key: 'score',
      header: t('queue.columns.score'),
      numeric: true,
      cell: (item) => format.percent(item.score),
    },
    {
      key: 'status',
      header: t('queue.columns.status'),
      cell: (item) => (
        <>
          <Badge tone={STATUS_TONES[item.status]}>{t(`status.${item.status}`)}</Badge>
          <SnoozedBadge suggestion={item} />
        </>
      ),
    },
  ];

  return (
    <>
      <PageTitle lead={t('queue.lead')}>{t('queue.title')}</PageTitle>
      <FilterForm filters={filters} onApply={setFilters} />
      <Actions>
        <CsvDownloadButton
          label={t('queue.export')}
          fallbackName="suggestion-queue.csv"
          download={() =>
            api.matching.GET('/suggestions', {
              params: { query: queueQuery(filters) },
              headers: { accept: 'text/csv' },
              parseAs: 'blob',
            })
          }
        />
      </Actions>
      <PagedTable
        pages={pages}
        caption={t('queue.caption', { status: t(`status.${shownStatus}`).toLowerCase() })}
        columns={columns}
        rowKey={(item) => item.id}
        emptyTitle={t(`queue.empty.${shownStatus}`, { defaultValue: t('queue.empty.other') })}
        empty={
          <Paragraph>{filtered ? t('queue.empty.filteredHint') : t('queue.empty.hint')}</Paragraph>
        }
      />
    </>
  );
}
