import { unwrap, type MatchingSchemas } from '@bridge/api-client';
import {
  Actions,
  BarChart,
  DataTable,
  EmptyState,
  Notice,
  PageTitle,
  Paragraph,
  Section,
} from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { CsvDownloadButton } from '../../shared/csv-download';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { piOptions, regionName, regionOptions } from '../../shared/reference';
import { adminKeys, AppLink } from './admin-shared';
import { InsightsNav } from './insights-shared';
import { adminPaths } from './paths';
import { RegionPiFilters } from './region-pi-filters';

type Funnel = MatchingSchemas['schemas']['FunnelView'];
type RegionFunnel = MatchingSchemas['schemas']['RegionFunnelView'];
type PiFunnel = MatchingSchemas['schemas']['PiFunnelView'];
type ReferenceCode = MatchingSchemas['schemas']['ReferenceCodeView'];

/** The stages of the funnel, from candidates nearing release to those placed. */
export const STAGES = [
  'nearingRelease',
  'withCertificate',
  'withSuggestion',
  'referred',
  'placed',
  'placedHolding3Months',
  'placedHolding6Months',
] as const;
type Stage = (typeof STAGES)[number];
type Counts = Record<Stage, number>;

function useStageText() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  /** "30 (71%)": the count and its share of those nearing release. */
  return (counts: Counts, stage: Stage) =>
    stage === 'nearingRelease' || counts.nearingRelease === 0
      ? format.number(counts[stage])
      : t('insights.countShare', {
          count: format.number(counts[stage]),
          share: format.percent(counts[stage] / counts.nearingRelease),
        });
}

/** The funnel as bars people would rather look at than read, with the same numbers as a table. */
export function FunnelChart({ funnel, caption }: { funnel: Counts; caption: string }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const stageText = useStageText();
  return (
    <>
      <BarChart
        caption={caption}
        max={funnel.nearingRelease}
        items={STAGES.map((stage) => ({
          key: stage,
          label: t(`insights.stages.${stage}`),
          value: funnel[stage],
          valueText: stageText(funnel, stage),
        }))}
      />
      <DataTable<Stage>
        caption={t('insights.funnelTableCaption')}
        rows={STAGES}
        rowKey={(stage) => stage}
        columns={[
          {
            key: 'stage',
            header: t('insights.stage'),
            cell: (stage) => t(`insights.stages.${stage}`),
          },
          {
            key: 'count',
            header: t('insights.count'),
            numeric: true,
            cell: (stage) => format.number(funnel[stage]),
          },
          {
            key: 'share',
            header: t('insights.share'),
            numeric: true,
            cell: (stage) =>
              funnel.nearingRelease > 0
                ? format.percent(funnel[stage] / funnel.nearingRelease)
                : '—',
          },
        ]}
      />
    </>
  );
}

function stageColumns<Row extends Counts>(
  t: (key: string) => string,
  number: (value: number) => string,
) {
  return STAGES.map((stage) => ({
    key: stage,
    header: t(`insights.stages.${stage}`),
    numeric: true,
    cell: (row: Row) => number(row[stage]),
  }));
}

function FunnelSection() {
  const { t } = useTranslation('admin');
  const api = useApi();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const pi = params.get('pi') ?? '';
  const query = { region: region || undefined, pi: pi || undefined };
  const funnel = useQuery({
    queryKey: [...adminKeys.insights, 'funnel', { region, pi }],
    queryFn: () => unwrap(api.matching.GET('/insights/funnel', { params: { query } })),
  });
  const data: Funnel | undefined = funnel.data;
  const scope = [region && regionName(region), pi && piOptions.find((o) => o.value === pi)?.label]
    .filter(Boolean)
    .join(', ');
  return (
    <Section title={t('insights.funnelTitle')}>
      <Paragraph>{t('insights.funnelLead')}</Paragraph>
      <RegionPiFilters
        key={params.toString()}
        idPrefix="insights-filter"
        filters={{ region, pi }}
        onApply={(filters) => setParams(filters)}
      />
      <Actions>
        <CsvDownloadButton
          label={t('insights.funnelCsv')}
          fallbackName="funnel.csv"
          download={() =>
            api.matching.GET('/insights/funnel', {
              params: { query },
              headers: { accept: 'text/csv' },
              parseAs: 'blob',
            })
          }
        />
      </Actions>
      <QueryState isPending={funnel.isPending} error={funnel.error}>
        {data && (
          <>
            <FunnelChart
              funnel={data}
              caption={
                scope
                  ? t('insights.funnelCaptionScoped', { scope, date: format.date(data.asOf) })
                  : t('insights.funnelCaption', { date: format.date(data.asOf) })
              }
            />
            <Section level={3} title={t('insights.byRegionTitle')}>
              {data.byRegion.length === 0 ? (
                <EmptyState title={t('insights.noneNearing')} />
              ) : (
                <DataTable<RegionFunnel>
                  caption={t('insights.byRegionCaption')}
                  rows={data.byRegion}
                  rowKey={(row) => row.regionCode}
                  columns={[
                    { key: 'name', header: t('insights.region'), cell: (row) => row.name },
                    ...stageColumns<RegionFunnel>(t, format.number),
                  ]}
                />
              )}
            </Section>
            <Section level={3} title={t('insights.byPiTitle')}>
              {data.byPi.length === 0 ? (
                <EmptyState title={t('insights.noneNearing')} />
              ) : (
                <DataTable<PiFunnel>
                  caption={t('insights.byPiCaption')}
                  rows={data.byPi}
                  rowKey={(row) => row.piCode}
                  columns={[
                    { key: 'name', header: t('insights.pi'), cell: (row) => row.name },
                    ...stageColumns<PiFunnel>(t, format.number),
                  ]}
                />
              )}
            </Section>
          </>
        )}
      </QueryState>
    </Section>
  );
}

function UncoveredTable({
  caption,
  header,
  rows,
  none,
}: {
  caption: string;
  header: string;
  rows: readonly ReferenceCode[];
  none: string;
}) {
  const { t } = useTranslation('admin');
  if (rows.length === 0) return <Notice tone="ok">{none}</Notice>;
  return (
    <DataTable<ReferenceCode>
      caption={caption}
      rows={rows}
      rowKey={(row) => row.code}
      columns={[
        { key: 'name', header, cell: (row) => row.name },
        { key: 'code', header: t('insights.code'), cell: (row) => row.code },
      ]}
    />
  );
}

function CoverageSection() {
  const { t } = useTranslation('admin');
  const api = useApi();
  const format = useFormat();
  const coverage = useQuery({
    queryKey: [...adminKeys.insights, 'coverage'],
    queryFn: () => unwrap(api.matching.GET('/insights/coverage')),
  });
  const data = coverage.data;
  const regionsTotal = regionOptions.length;
  const pisTotal = piOptions.length;
  return (
    <Section title={t('insights.coverageTitle')}>
      <Paragraph>{t('insights.coverageLead')}</Paragraph>
      <QueryState isPending={coverage.isPending} error={coverage.error}>
        {data && (
          <>
            <BarChart
              caption={t('insights.coverageCaption', { date: format.date(data.asOf) })}
              items={[
                {
                  key: 'regions',
                  label: t('insights.regionsCovered'),
                  value: regionsTotal - data.regionsWithoutCovenant.length,
                  max: regionsTotal,
                  valueText: t('insights.ofTotal', {
                    count: format.number(regionsTotal - data.regionsWithoutCovenant.length),
                    total: format.number(regionsTotal),
                  }),
                },
                {
                  key: 'pis',
                  label: t('insights.pisCovered'),
                  value: pisTotal - data.pisWithoutCovenant.length,
                  max: pisTotal,
                  valueText: t('insights.ofTotal', {
                    count: format.number(pisTotal - data.pisWithoutCovenant.length),
                    total: format.number(pisTotal),
                  }),
                },
              ]}
            />
            <Section
              level={3}
              title={t('insights.regionsWithoutTitle', {
                count: data.regionsWithoutCovenant.length,
              })}
            >
              <UncoveredTable
                caption={t('insights.regionsWithoutCaption')}
                header={t('insights.region')}
                rows={data.regionsWithoutCovenant}
                none={t('insights.allRegionsCovered')}
              />
            </Section>
            <Section
              level={3}
              title={t('insights.pisWithoutTitle', { count: data.pisWithoutCovenant.length })}
            >
              <UncoveredTable
                caption={t('insights.pisWithoutCaption')}
                header={t('insights.pi')}
                rows={data.pisWithoutCovenant}
                none={t('insights.allPisCovered')}
              />
            </Section>
            {(data.regionsWithoutCovenant.length > 0 || data.pisWithoutCovenant.length > 0) && (
              <Paragraph>
                <AppLink to={adminPaths.newCovenant}>{t('insights.registerCovenant')}</AppLink>
              </Paragraph>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}

export function Insights() {
  const { t } = useTranslation('admin');
  usePageTitle(t('insights.title'));
  return (
    <>
      <PageTitle lead={t('insights.lead')}>{t('insights.title')}</PageTitle>
      <InsightsNav />
      <FunnelSection />
      <CoverageSection />
    </>
  );
}
