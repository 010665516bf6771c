import { unwrap } from '@bridge/api-client';
import { DataTable, Disclosure, EmptyState, Paragraph, Section, type Column } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { QueryState } from '../../shared/query-state';
import { municipalityName } from '../../shared/reference';
import { AlgorithmLink } from '../algorithm/algorithm-link';
import type { Exclusion } from './model';

/**
 * Why other open vacancies and school places in the candidate's reach (its return region, or within
 * the radius) are not suggested to it: the first hard rule each fails, each named by its title, kind
 * and municipality. The far-away rest of the country is left out. Read only when the advisor opens it
 * (every read of candidate data is audited).
 */
export function Exclusions({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation('review');
  const api = useApi();
  const [open, setOpen] = useState(false);
  const query = useQuery({
    queryKey: ['review', 'exclusions', candidateId],
    queryFn: () =>
      unwrap(
        api.matching.GET('/candidates/{id}/exclusions', {
          params: { path: { id: candidateId }, query: { inReach: true } },
        }),
      ),
    enabled: open,
  });
  const columns: Column<Exclusion>[] = [
    {
      key: 'target',
      header: t('exclusions.target'),
      cell: (e) => (
        <>
          {e.title}
          <br />
          <span className="bridge-review-muted">
            {t('exclusions.targetValue', {
              type: t(`targetType.${e.type}`),
              municipality: municipalityName(e.municipalityCode),
            })}
          </span>
        </>
      ),
    },
    {
      key: 'rule',
      header: t('exclusions.rule'),
      cell: (e) => t(`rules.${e.rule}`, { defaultValue: e.rule }),
    },
    {
      key: 'detail',
      header: t('exclusions.detail'),
      cell: (e) => <span lang="en">{e.detail}</span>,
    },
  ];
  return (
    <Section title={t('exclusions.title')}>
      <Paragraph>{t('exclusions.lead')}</Paragraph>
      <AlgorithmLink about="exclusion" />
      <Disclosure summary={t('exclusions.show')} onToggle={(isOpen) => isOpen && setOpen(true)}>
        {open && (
          <QueryState isPending={query.isPending} error={query.error}>
            {query.data && query.data.length > 0 ? (
              <DataTable
                caption={t('exclusions.caption', { count: query.data.length })}
                columns={columns}
                rows={query.data}
                rowKey={(e) => `${e.type}-${e.targetId}`}
              />
            ) : (
              <EmptyState title={t('exclusions.empty')} />
            )}
          </QueryState>
        )}
      </Disclosure>
    </Section>
  );
}
