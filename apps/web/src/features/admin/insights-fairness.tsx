import { unwrap, type MatchingSchemas } from '@bridge/api-client';
import {
  Actions,
  BarChart,
  DataTable,
  Details,
  PageTitle,
  Paragraph,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { CsvDownloadButton } from '../../shared/csv-download';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { adminKeys } from './admin-shared';
import { InsightsNav, Suppressed, useInsightFormat } from './insights-shared';

type Fairness = MatchingSchemas['schemas']['FairnessView'];
type Dimension = MatchingSchemas['schemas']['FairnessDimensionView'];
type Group = MatchingSchemas['schemas']['FairnessGroupView'];
type Figures = MatchingSchemas['schemas']['FairnessFiguresView'];

/** The shares drawn as charts, each with the difference the service computed for it. */
const CHARTED = ['withSuggestionShare', 'placedShare'] as const;
type Charted = (typeof CHARTED)[number];

/** A row of a dimension's table: the national figure first, then each group. */
interface Row {
  key: string;
  label: string;
  suppressed: boolean;
  figures: Figures | null;
  difference: Group['difference'] | null;
  differsMost: boolean;
}

function FairnessCharts({ dimension, data }: { dimension: Dimension; data: Fairness }) {
  const { t } = useTranslation('admin');
  const format = useInsightFormat();
  const name = t(`insights.fairness.dimensions.${dimension.dimension}.per`);
  return (
    <>
      {CHARTED.map((share: Charted) => {
        const national = data.national[share];
        return (
          <BarChart
            key={share}
            caption={t(`insights.fairness.chart.${share}`, {
              dimension: name,
              date: format.date(data.asOf),
            })}
            max={1}
            reference={
              national === null
                ? undefined
                : {
                    value: national,
                    label: t('insights.fairness.nationalLine', { share: format.share(national) }),
                  }
            }
            items={dimension.groups.map((group) => {
              const value = group.figures?.[share] ?? null;
              const difference = group.difference[share];
              return {
                key: group.code,
                label: group.label,
                value: group.suppressed ? null : value,
                emphasis: group.differsMost,
                valueText: group.suppressed ? (
                  <Suppressed threshold={data.suppressionThreshold} />
                ) : group.differsMost && difference !== null ? (
                  t('insights.fairness.shareDiffering', {
                    share: format.share(value),
                    difference: format.pointsInWords(difference),
                  })
                ) : (
                  format.share(value)
                ),
              };
            })}
          />
        );
      })}
    </>
  );
}

function FairnessTable({ dimension, data }: { dimension: Dimension; data: Fairness }) {
  const { t } = useTranslation('admin');
  const format = useInsightFormat();
  const name = t(`insights.fairness.dimensions.${dimension.dimension}.per`);
  const rows: Row[] = [
    {
      key: 'national',
      label: t('insights.national'),
      suppressed: false,
      figures: data.national,
      difference: null,
      differsMost: false,
    },
    ...dimension.groups.map((group) => ({ key: group.code, ...group })),
  ];
  /** A figure of the row; for a suppressed group "< 10" as the count and "niet getoond" for the rest. */
  const figure = (show: (figures: Figures, row: Row) => string) => (row: Row) =>
    row.suppressed || !row.figures ? t('insights.notShown') : show(row.figures, row);
  return (
    <DataTable<Row>
      caption={t('insights.fairness.tableCaption', { dimension: name })}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        {
          key: 'group',
          header: t('insights.fairness.group'),
          cell: (row) =>
            row.differsMost
              ? t('insights.fairness.differsMostLabel', { group: row.label })
              : row.label,
        },
        {
          key: 'candidates',
          header: t('insights.fairness.candidates'),
          numeric: true,
          cell: (row) =>
            row.suppressed || !row.figures ? (
              <Suppressed threshold={data.suppressionThreshold} />
            ) : (
              format.number(row.figures.candidates)
            ),
        },
        {
          key: 'withSuggestion',
          header: t('insights.fairness.withSuggestion'),
          numeric: true,
          cell: figure((figures) => format.share(figures.withSuggestionShare)),
        },
        {
          key: 'withSuggestionDifference',
          header: t('insights.fairness.withSuggestionDifference'),
          numeric: true,
          cell: figure((_, row) =>
            row.difference ? format.signedPoints(row.difference.withSuggestionShare) : '',
          ),
        },
        {
          key: 'accepted',
          header: t('insights.fairness.accepted'),
          numeric: true,
          cell: figure((figures) => format.share(figures.acceptedShare)),
        },
        {
          key: 'placed',
          header: t('insights.fairness.placed'),
          numeric: true,
          cell: figure((figures) => format.share(figures.placedShare)),
        },
        {
          key: 'placedDifference',
          header: t('insights.fairness.placedDifference'),
          numeric: true,
          cell: figure((_, row) =>
            row.difference ? format.signedPoints(row.difference.placedShare) : '',
          ),
        },
        {
          key: 'daysToFirstSuggestion',
          header: t('insights.fairness.daysToFirstSuggestion'),
          numeric: true,
          cell: figure((figures) => format.days(figures.medianDaysToFirstSuggestion)),
        },
        {
          key: 'daysToReview',
          header: t('insights.daysToReview'),
          numeric: true,
          cell: figure((figures) => format.days(figures.medianDaysToReview)),
        },
        {
          key: 'rejectionReasons',
          header: t('insights.rejectionReasons'),
          cell: figure((figures) =>
            figures.rejectionReasons.length === 0
              ? t('insights.noRejections')
              : figures.rejectionReasons
                  .map((reason) =>
                    t('insights.reasonCount', {
                      reason: format.reason(reason.reasonCode),
                      count: format.number(reason.count),
                    }),
                  )
                  .join('; '),
          ),
        },
      ]}
    />
  );
}

/** The groups marked as differing most, in words: what a coordinator reads first. */
function DiffersMost({ dimension }: { dimension: Dimension }) {
  const { t } = useTranslation('admin');
  const format = useInsightFormat();
  const marked = dimension.groups.filter((group) => group.differsMost && !group.suppressed);
  if (marked.length === 0) return <Paragraph>{t('insights.fairness.noneDiffer')}</Paragraph>;
  const inWords = (value: number | null) =>
    value === null ? t('insights.fairness.noShare') : format.pointsInWords(value);
  return (
    <>
      <Paragraph>{t('insights.fairness.differsMostLead')}</Paragraph>
      <UnorderedList>
        {marked.map((group) => (
          <UnorderedListItem key={group.code}>
            {t('insights.fairness.differsMostItem', {
              group: group.label,
              withSuggestion: inWords(group.difference.withSuggestionShare),
              placed: inWords(group.difference.placedShare),
            })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

function NationalFigures({ data }: { data: Fairness }) {
  const { t } = useTranslation('admin');
  const format = useInsightFormat();
  const national = data.national;
  return (
    <Section title={t('insights.fairness.nationalTitle')}>
      <Details
        items={[
          {
            key: 'candidates',
            label: t('insights.fairness.candidates'),
            value: format.number(national.candidates),
          },
          {
            key: 'withSuggestion',
            label: t('insights.fairness.withSuggestion'),
            value: format.share(national.withSuggestionShare),
          },
          {
            key: 'accepted',
            label: t('insights.fairness.accepted'),
            value: format.share(national.acceptedShare),
          },
          {
            key: 'placed',
            label: t('insights.fairness.placed'),
            value: format.share(national.placedShare),
          },
          {
            key: 'daysToFirstSuggestion',
            label: t('insights.fairness.daysToFirstSuggestion'),
            value: format.days(national.medianDaysToFirstSuggestion),
          },
          {
            key: 'daysToReview',
            label: t('insights.daysToReview'),
            value: format.days(national.medianDaysToReview),
          },
        ]}
      />
    </Section>
  );
}

/** Who gets offered what: per PI, region, VOG outlook and qualification domain beside the national figure. */
export function FairnessInsights() {
  const { t } = useTranslation('admin');
  const api = useApi();
  usePageTitle(t('insights.fairness.title'));
  const fairness = useQuery({
    queryKey: [...adminKeys.insights, 'fairness'],
    queryFn: () => unwrap(api.matching.GET('/insights/fairness')),
  });
  const data = fairness.data;
  return (
    <>
      <PageTitle lead={t('insights.fairness.lead')}>{t('insights.fairness.title')}</PageTitle>
      <InsightsNav />
      <QueryState isPending={fairness.isPending} error={fairness.error}>
        {data && (
          <>
            <Paragraph>
              {t('insights.fairness.rule', {
                rule: data.markingRule.replace(/\.\s*$/, ''),
                threshold: data.suppressionThreshold,
              })}
            </Paragraph>
            <Actions>
              <CsvDownloadButton
                label={t('insights.fairness.csv')}
                fallbackName="fairness.csv"
                download={() =>
                  api.matching.GET('/insights/fairness', {
                    headers: { accept: 'text/csv' },
                    parseAs: 'blob',
                  })
                }
              />
            </Actions>
            <NationalFigures data={data} />
            {data.dimensions.map((dimension) => (
              <Section
                key={dimension.dimension}
                title={t(`insights.fairness.dimensions.${dimension.dimension}.title`)}
              >
                <DiffersMost dimension={dimension} />
                <FairnessCharts dimension={dimension} data={data} />
                <FairnessTable dimension={dimension} data={data} />
              </Section>
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
