import { unwrap, type MatchingSchemas } from '@bridge/api-client';
import { Actions, BarChart, DataTable, PageTitle, Paragraph, Section } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { CsvDownloadButton } from '../../shared/csv-download';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { adminKeys } from './admin-shared';
import { InsightsNav, Suppressed, useInsightFormat } from './insights-shared';

type ReviewBehaviour = MatchingSchemas['schemas']['ReviewBehaviourView'];
type Figures = MatchingSchemas['schemas']['ReviewFiguresView'];

/** The reasons in the order of the rejection form; codes the web does not know yet come after them. */
const KNOWN_REASONS = ['not-suitable', 'candidate-declined', 'target-unsuitable', 'other'];

export function reasonCodes(data: ReviewBehaviour): string[] {
  const seen = new Set<string>();
  for (const figures of [data.national, ...data.regions.map((region) => region.figures)])
    for (const reason of figures?.rejectionReasons ?? []) seen.add(reason.reasonCode);
  return [
    ...KNOWN_REASONS.filter((code) => seen.has(code)),
    ...[...seen].filter((code) => !KNOWN_REASONS.includes(code)).sort(),
  ];
}

interface Row {
  key: string;
  label: string;
  suppressed: boolean;
  figures: Figures | null;
}

/** How the advisors of each region review the suggestions, beside the national figure; no advisor is named. */
export function ReviewBehaviourInsights() {
  const { t } = useTranslation('admin');
  const api = useApi();
  const format = useInsightFormat();
  usePageTitle(t('insights.reviews.title'));
  const behaviour = useQuery({
    queryKey: [...adminKeys.insights, 'review-behaviour'],
    queryFn: () => unwrap(api.matching.GET('/insights/review-behaviour')),
  });
  const data = behaviour.data;
  const rows: Row[] = data
    ? [
        {
          key: 'national',
          label: t('insights.national'),
          suppressed: false,
          figures: data.national,
        },
        ...data.regions.map((region) => ({ key: region.regionCode, ...region })),
      ]
    : [];
  const figure = (show: (figures: Figures) => string) => (row: Row) =>
    row.suppressed || !row.figures ? t('insights.notShown') : show(row.figures);
  return (
    <>
      <PageTitle lead={t('insights.reviews.lead')}>{t('insights.reviews.title')}</PageTitle>
      <InsightsNav />
      <QueryState isPending={behaviour.isPending} error={behaviour.error}>
        {data && (
          <>
            <Paragraph>
              {t('insights.reviews.rule', { threshold: data.suppressionThreshold })}
            </Paragraph>
            <Actions>
              <CsvDownloadButton
                label={t('insights.reviews.csv')}
                fallbackName="review-behaviour.csv"
                download={() =>
                  api.matching.GET('/insights/review-behaviour', {
                    headers: { accept: 'text/csv' },
                    parseAs: 'blob',
                  })
                }
              />
            </Actions>
            <Section title={t('insights.reviews.acceptanceTitle')}>
              <BarChart
                caption={t('insights.reviews.chartCaption', { date: format.date(data.asOf) })}
                max={1}
                reference={
                  data.national.acceptanceRate === null
                    ? undefined
                    : {
                        value: data.national.acceptanceRate,
                        label: t('insights.reviews.nationalLine', {
                          share: format.share(data.national.acceptanceRate),
                        }),
                      }
                }
                items={data.regions.map((region) => ({
                  key: region.regionCode,
                  label: region.label,
                  value: region.suppressed ? null : (region.figures?.acceptanceRate ?? null),
                  valueText: region.suppressed ? (
                    <Suppressed threshold={data.suppressionThreshold} />
                  ) : (
                    format.share(region.figures?.acceptanceRate ?? null)
                  ),
                }))}
              />
              <DataTable<Row>
                caption={t('insights.reviews.tableCaption')}
                rows={rows}
                rowKey={(row) => row.key}
                columns={[
                  { key: 'region', header: t('insights.region'), cell: (row) => row.label },
                  {
                    key: 'reviews',
                    header: t('insights.reviews.reviews'),
                    numeric: true,
                    cell: (row) =>
                      row.suppressed || !row.figures ? (
                        <Suppressed threshold={data.suppressionThreshold} />
                      ) : (
                        format.number(row.figures.reviews)
                      ),
                  },
                  {
                    key: 'accepted',
                    header: t('insights.reviews.accepted'),
                    numeric: true,
                    cell: figure((figures) => format.share(figures.acceptanceRate)),
                  },
                  ...reasonCodes(data).map((code) => ({
                    key: `reason-${code}`,
                    header: t('insights.reviews.rejectedFor', { reason: format.reason(code) }),
                    numeric: true,
                    cell: figure((figures) => {
                      const reason = figures.rejectionReasons.find((r) => r.reasonCode === code);
                      return reason
                        ? t('insights.reviews.rateCount', {
                            rate: format.share(reason.rate),
                            count: format.number(reason.count),
                          })
                        : format.share(0);
                    }),
                  })),
                  {
                    key: 'daysToReview',
                    header: t('insights.daysToReview'),
                    numeric: true,
                    cell: figure((figures) => format.days(figures.medianDaysToReview)),
                  },
                ]}
              />
            </Section>
          </>
        )}
      </QueryState>
    </>
  );
}
