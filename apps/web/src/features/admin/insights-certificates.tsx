import { unwrap, type MatchingSchemas } from '@bridge/api-client';
import {
  Actions,
  BarChart,
  Button,
  DataTable,
  EmptyState,
  Notice,
  PageTitle,
  Paragraph,
  Section,
  SelectField,
} from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/api';
import { CsvDownloadButton } from '../../shared/csv-download';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { piName, piOptions } from '../../shared/reference';
import { adminKeys } from './admin-shared';
import { InsightsNav, Suppressed, useInsightFormat } from './insights-shared';

type Outcomes = MatchingSchemas['schemas']['CertificateOutcomesView'];
type Outcome = MatchingSchemas['schemas']['CertificateOutcomeView'];
type Shortfall = MatchingSchemas['schemas']['QualificationShortfallView'];

/** From the certificates issued to those placed: the steps of each small funnel. */
const OUTCOME_STEPS = ['issued', 'holders', 'withSuggestion', 'referred', 'placed'] as const;
type Step = (typeof OUTCOME_STEPS)[number];
/** The steps counted among the holders: withheld for a group below the threshold. */
const HOLDER_OUTCOMES: readonly Step[] = ['withSuggestion', 'referred', 'placed'];

/**
 * The certificate outcomes of a PI (the workshop leader's own when `pi` is left out; every PI for
 * the admin without one), and the same route as CSV.
 */
export function useCertificateOutcomes(queryKey: readonly unknown[], pi?: string) {
  const api = useApi();
  const query = { pi: pi || undefined };
  const outcomes = useQuery({
    queryKey: [...queryKey, { pi }],
    queryFn: () => unwrap(api.matching.GET('/insights/certificates', { params: { query } })),
  });
  const download = () =>
    api.matching.GET('/insights/certificates', {
      params: { query },
      headers: { accept: 'text/csv' },
      parseAs: 'blob',
    });
  return { outcomes, download };
}

function OutcomeFunnel({
  outcome,
  caption,
  threshold,
}: {
  outcome: Outcome;
  caption: string;
  threshold: number;
}) {
  const { t } = useTranslation('admin');
  const format = useInsightFormat();
  const count = (step: Step) => outcome[step];
  return (
    <BarChart
      caption={caption}
      max={Math.max(outcome.issued, outcome.holders)}
      items={OUTCOME_STEPS.map((step) => {
        const value = count(step);
        const withheld = outcome.suppressed && HOLDER_OUTCOMES.includes(step);
        return {
          key: step,
          label: t(`insights.certificates.steps.${step}`),
          value: withheld ? null : value,
          valueText:
            withheld || value === null ? (
              <Suppressed threshold={threshold} />
            ) : HOLDER_OUTCOMES.includes(step) && outcome.holders > 0 ? (
              t('insights.countShare', {
                count: format.number(value),
                share: format.percent(value / outcome.holders),
              })
            ) : (
              format.number(value)
            ),
        };
      })}
    />
  );
}

function OutcomeSection({
  title,
  lead,
  header,
  caption,
  outcomes,
  threshold,
  empty,
}: {
  title: string;
  lead: string;
  header: string;
  caption(outcome: Outcome): string;
  outcomes: readonly Outcome[];
  threshold: number;
  empty: string;
}) {
  const { t } = useTranslation('admin');
  const format = useInsightFormat();
  return (
    <Section title={title}>
      <Paragraph>{lead}</Paragraph>
      {outcomes.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <>
          <div className="insights-outcomes">
            {outcomes.map((outcome) => (
              <OutcomeFunnel
                key={outcome.code}
                outcome={outcome}
                caption={caption(outcome)}
                threshold={threshold}
              />
            ))}
          </div>
          <DataTable<Outcome>
            caption={t('insights.certificates.tableCaption', { title })}
            rows={outcomes}
            rowKey={(outcome) => outcome.code}
            columns={[
              { key: 'label', header, cell: (outcome) => outcome.label },
              ...OUTCOME_STEPS.map((step) => ({
                key: step,
                header: t(`insights.certificates.steps.${step}`),
                numeric: true,
                cell: (outcome: Outcome) => {
                  const value = outcome[step];
                  return value === null ||
                    (outcome.suppressed && HOLDER_OUTCOMES.includes(step)) ? (
                    <Suppressed threshold={threshold} />
                  ) : (
                    format.number(value)
                  );
                },
              })),
            ]}
          />
        </>
      )}
    </Section>
  );
}

function ShortfallSection({
  shortfall,
  scope,
}: {
  shortfall: readonly Shortfall[];
  scope: string;
}) {
  const { t } = useTranslation('admin');
  const format = useInsightFormat();
  return (
    <Section title={t('insights.certificates.shortfallTitle')}>
      <Paragraph>{t('insights.certificates.shortfallLead', { scope })}</Paragraph>
      {shortfall.length === 0 ? (
        <Notice tone="ok">{t('insights.certificates.noShortfall')}</Notice>
      ) : (
        <DataTable<Shortfall>
          caption={t('insights.certificates.shortfallCaption', { scope })}
          rows={shortfall}
          rowKey={(row) => row.crebo}
          columns={[
            {
              key: 'title',
              header: t('insights.certificates.qualification'),
              cell: (row) => row.title,
            },
            { key: 'crebo', header: t('insights.certificates.crebo'), cell: (row) => row.crebo },
            { key: 'sector', header: t('insights.certificates.domain'), cell: (row) => row.sector },
            {
              key: 'openings',
              header: t('insights.certificates.openings'),
              numeric: true,
              cell: (row) => format.number(row.openings),
            },
            {
              key: 'seats',
              header: t('insights.certificates.seats'),
              numeric: true,
              cell: (row) => format.number(row.seats),
            },
          ]}
        />
      )}
    </Section>
  );
}

/** Which certificates lead outside, and what the region asks for that the candidates do not hold. */
export function CertificateOutcomes({ data }: { data: Outcomes }) {
  const { t } = useTranslation('admin');
  const format = useInsightFormat();
  const scope = data.pi ? piName(data.pi) : t('insights.certificates.allPis');
  return (
    <>
      <Paragraph>
        {t('insights.certificates.rule', {
          scope,
          date: format.date(data.asOf),
          threshold: data.suppressionThreshold,
        })}
      </Paragraph>
      <ShortfallSection shortfall={data.shortfall} scope={scope} />
      <OutcomeSection
        title={t('insights.certificates.byQualificationTitle')}
        lead={t('insights.certificates.byQualificationLead')}
        header={t('insights.certificates.qualification')}
        caption={(outcome) =>
          t('insights.certificates.qualificationCaption', {
            title: outcome.label,
            crebo: outcome.code,
          })
        }
        outcomes={data.byQualification}
        threshold={data.suppressionThreshold}
        empty={t('insights.certificates.noneIssued')}
      />
      <OutcomeSection
        title={t('insights.certificates.byWorkshopTypeTitle')}
        lead={t('insights.certificates.byWorkshopTypeLead')}
        header={t('insights.certificates.workshopType')}
        caption={(outcome) => outcome.label}
        outcomes={data.byWorkshopType}
        threshold={data.suppressionThreshold}
        empty={t('insights.certificates.noneIssued')}
      />
    </>
  );
}

function PiFilter({ pi, onApply }: { pi: string; onApply(pi: string): void }) {
  const { t } = useTranslation('admin');
  const [value, setValue] = useState(pi);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(value);
  };
  return (
    <form onSubmit={submit} aria-label={t('filters.label')} className="admin-filters">
      <SelectField
        id="certificates-filter-pi"
        label={t('filters.pi')}
        placeholder={t('filters.allPis')}
        options={piOptions}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Actions>
        <Button type="submit">{t('filters.apply')}</Button>
        {pi && (
          <Button appearance="subtle" onClick={() => onApply('')}>
            {t('filters.clear')}
          </Button>
        )}
      </Actions>
    </form>
  );
}

/** The coordinator's view of the certificate outcomes, of every PI or of one. */
export function CertificateInsights() {
  const { t } = useTranslation('admin');
  usePageTitle(t('insights.certificates.title'));
  const [params, setParams] = useSearchParams();
  const pi = params.get('pi') ?? '';
  const { outcomes, download } = useCertificateOutcomes(
    [...adminKeys.insights, 'certificates'],
    pi,
  );
  return (
    <>
      <PageTitle lead={t('insights.certificates.lead')}>
        {t('insights.certificates.title')}
      </PageTitle>
      <InsightsNav />
      <PiFilter key={pi} pi={pi} onApply={(value) => setParams(value ? { pi: value } : {})} />
      <Actions>
        <CsvDownloadButton
          label={t('insights.certificates.csv')}
          fallbackName="certificate-outcomes.csv"
          download={download}
        />
      </Actions>
      <QueryState isPending={outcomes.isPending} error={outcomes.error}>
        {outcomes.data && <CertificateOutcomes data={outcomes.data} />}
      </QueryState>
    </>
  );
}
