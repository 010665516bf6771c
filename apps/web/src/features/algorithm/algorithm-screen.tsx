import { unwrap, type MatchingSchemas } from '@bridge/api-client';
import {
  Badge,
  BarChart,
  DataTable,
  PageTitle,
  Paragraph,
  Section,
  UnorderedList,
  UnorderedListItem,
  type Column,
} from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import './algorithm.css';

type Schemas = MatchingSchemas['schemas'];
type Algorithm = Schemas['AlgorithmView'];
type Parameter = Schemas['RuleParameterView'];
type RegisterField = Schemas['RegisterFieldView'];

function Codes({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return <>—</>;
  return (
    <>
      {codes.map((code, index) => (
        <span key={code}>
          {index > 0 && ', '}
          <code>{code}</code>
        </span>
      ))}
    </>
  );
}

/** Each parameter with the value the service runs with, its default and the setting that changes it. */
function Parameters({ parameters }: { parameters: readonly Parameter[] }) {
  const { t } = useTranslation('algorithm');
  const format = useFormat();
  if (parameters.length === 0) return <>—</>;
  return (
    <UnorderedList>
      {parameters.map((p) => (
        <UnorderedListItem key={p.name}>
          <code>{p.name}</code>
          {` = ${format.number(p.value)} ${p.unit}`}
          <br />
          <small>
            {p.setting
              ? t('parameter.setting', { default: format.number(p.default), setting: p.setting })
              : t('parameter.fixed')}
            {p.value !== p.default && (
              <>
                {' '}
                <Badge tone="warning">{t('parameter.changed')}</Badge>
              </>
            )}
          </small>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function HardRules({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  const columns: Column<Algorithm['hardRules'][number]>[] = [
    { key: 'number', header: t('rules.number'), numeric: true, cell: (r) => r.number },
    {
      key: 'rule',
      header: t('rules.rule'),
      cell: (r) => (
        <>
          {r.nl}
          <br />
          <small>
            <code>{r.rule}</code>
          </small>
        </>
      ),
    },
    {
      key: 'candidate',
      header: t('rules.candidateData'),
      cell: (r) => <Codes codes={r.candidateData} />,
    },
    { key: 'target', header: t('rules.targetData'), cell: (r) => <Codes codes={r.targetData} /> },
    {
      key: 'parameters',
      header: t('rules.parameters'),
      cell: (r) => <Parameters parameters={r.parameters} />,
    },
  ];
  return (
    <Section title={t('rules.title')} level={3}>
      <Paragraph>{t('rules.lead')}</Paragraph>
      <DataTable
        caption={t('rules.caption', { count: algorithm.hardRules.length })}
        columns={columns}
        rows={algorithm.hardRules}
        rowKey={(r) => r.rule}
        rowHeader={false}
      />
    </Section>
  );
}

function ScoreFactors({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation(['algorithm', 'review']);
  const format = useFormat();
  const name = (factor: string) => t(`review:factors.${factor}`, { defaultValue: factor });
  const columns: Column<Algorithm['scoreFactors'][number]>[] = [
    { key: 'factor', header: t('score.factor'), cell: (f) => name(f.factor) },
    {
      key: 'weight',
      header: t('score.weight'),
      numeric: true,
      cell: (f) => format.percent(f.weight),
    },
    {
      key: 'description',
      header: t('score.description'),
      cell: (f) => (
        <>
          {f.nl}
          <br />
          <small>
            <code>{f.factor}</code>
          </small>
        </>
      ),
    },
    {
      key: 'candidate',
      header: t('rules.candidateData'),
      cell: (f) => <Codes codes={f.candidateData} />,
    },
    { key: 'target', header: t('rules.targetData'), cell: (f) => <Codes codes={f.targetData} /> },
    {
      key: 'parameters',
      header: t('rules.parameters'),
      cell: (f) => <Parameters parameters={f.parameters} />,
    },
  ];
  return (
    <Section title={t('score.title')} level={3}>
      <Paragraph>{t('score.lead')}</Paragraph>
      <BarChart
        caption={t('score.chart')}
        max={1}
        items={algorithm.scoreFactors.map((f) => ({
          key: f.factor,
          label: name(f.factor),
          value: f.weight,
          valueText: format.percent(f.weight),
        }))}
        note={t('score.chartNote')}
      />
      <DataTable
        caption={t('score.caption')}
        columns={columns}
        rows={algorithm.scoreFactors}
        rowKey={(f) => f.factor}
      />
    </Section>
  );
}

function Bound({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  return (
    <Section title={t('bound.title')} level={3}>
      <Paragraph>{algorithm.bound.nl}</Paragraph>
      <Parameters parameters={algorithm.bound.parameters} />
    </Section>
  );
}

function HumanDecision({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  const decision = algorithm.humanDecision;
  return (
    <Section title={t('decision.title')} level={3}>
      <Paragraph>{decision.nl}</Paragraph>
      <DataTable
        caption={t('decision.caption')}
        columns={[
          {
            key: 'code',
            header: t('decision.code'),
            cell: (r) => <code>{r.code}</code>,
          },
          {
            key: 'meaning',
            header: t('decision.meaning'),
            cell: (r) =>
              r.code === decision.noteRequiredFor ? t('decision.withNote', { text: r.nl }) : r.nl,
          },
        ]}
        rows={decision.rejectionReasons}
        rowKey={(r) => r.code}
      />
    </Section>
  );
}

function DataUsed({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  const table = (subject: 'candidate' | 'target') => (
    <DataTable
      caption={t(`data.${subject}`)}
      columns={[
        { key: 'field', header: t('data.field'), cell: (d) => <code>{d.field}</code> },
        { key: 'nl', header: t('data.description'), cell: (d) => d.nl },
        { key: 'usedBy', header: t('data.usedBy'), cell: (d) => <Codes codes={d.usedBy} /> },
      ]}
      rows={algorithm.dataUsed.filter((d) => d.subject === subject)}
      rowKey={(d) => d.field}
    />
  );
  return (
    <Section title={t('data.title')} level={3}>
      {table('candidate')}
      {table('target')}
    </Section>
  );
}

function NeverUsed({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  return (
    <Section title={t('neverUsed.title')} level={3}>
      <DataTable
        caption={t('neverUsed.caption')}
        columns={[
          { key: 'data', header: t('neverUsed.data'), cell: (d) => d.data },
          { key: 'how', header: t('neverUsed.how'), cell: (d) => d.how },
        ]}
        rows={algorithm.dataNeverUsed}
        rowKey={(d) => d.data}
      />
    </Section>
  );
}

function DataLeaving({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  const leaving = algorithm.dataLeaving;
  const fields = (caption: string, rows: readonly Schemas['SharedFieldView'][]) => (
    <DataTable
      caption={caption}
      columns={[
        { key: 'field', header: t('data.field'), cell: (f) => <code>{f.field}</code> },
        { key: 'nl', header: t('data.content'), cell: (f) => f.nl },
      ]}
      rows={rows}
      rowKey={(f) => f.field}
    />
  );
  return (
    <Section title={t('leaving.title')} level={3}>
      <Paragraph>{leaving.nl}</Paragraph>
      {fields(t('leaving.referral'), leaving.referralFields)}
      {fields(t('leaving.event', { topic: leaving.eventTopic }), leaving.eventFields)}
    </Section>
  );
}

function Retention({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  return (
    <Section title={t('retention.title')} level={3}>
      <DataTable
        caption={t('retention.caption')}
        columns={[
          { key: 'data', header: t('retention.data'), cell: (r) => r.data },
          { key: 'period', header: t('retention.period'), cell: (r) => r.period },
        ]}
        rows={algorithm.retention}
        rowKey={(r) => r.data}
      />
    </Section>
  );
}

function SourceLinks({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  return (
    <Section title={t('links.title')} level={3}>
      <Paragraph>{t('links.lead')}</Paragraph>
      <UnorderedList>
        {algorithm.links.map((link) => (
          <UnorderedListItem key={link.path}>
            {link.label}: <code>{link.path}</code>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Section>
  );
}

/** What the code tells beside a register field's text: the tables that field describes in words. */
const DETAILS: Partial<Record<RegisterField['field'], (algorithm: Algorithm) => ReactNode>> = {
  decisionProcess: (algorithm) => (
    <>
      <HardRules algorithm={algorithm} />
      <ScoreFactors algorithm={algorithm} />
      <Bound algorithm={algorithm} />
      <HumanDecision algorithm={algorithm} />
    </>
  ),
  dataSources: (algorithm) => (
    <>
      <DataUsed algorithm={algorithm} />
      <NeverUsed algorithm={algorithm} />
      <DataLeaving algorithm={algorithm} />
      <Retention algorithm={algorithm} />
    </>
  ),
  sourceLinks: (algorithm) => <SourceLinks algorithm={algorithm} />,
};

function Description({ algorithm }: { algorithm: Algorithm }) {
  const { t } = useTranslation('algorithm');
  return (
    <>
      {algorithm.register.map((field) => (
        <Section key={field.field} title={field.label}>
          <Paragraph>
            <Badge tone={field.source === 'code' ? 'info' : 'neutral'}>
              {t(`source.${field.source}`)}
            </Badge>
          </Paragraph>
          <Paragraph>{field.text}</Paragraph>
          {DETAILS[field.field]?.(algorithm)}
        </Section>
      ))}
    </>
  );
}

/**
 * How matching works, as the Dutch algorithm register describes an algorithm: the register's fields,
 * and from the running service the hard rules, weights and settings it uses. Any signed-in role.
 */
export function AlgorithmScreen() {
  const { t } = useTranslation('algorithm');
  const api = useApi();
  usePageTitle(t('title'));
  const query = useQuery({
    queryKey: ['algorithm'],
    queryFn: () => unwrap(api.matching.GET('/algorithm')),
    staleTime: Infinity,
  });
  return (
    <div className="bridge-algorithm">
      <PageTitle
        lead={query.data ? t('leadVersion', { version: query.data.rulesVersion }) : t('lead')}
      >
        {t('title')}
      </PageTitle>
      <QueryState isPending={query.isPending} error={query.error}>
        {query.data && <Description algorithm={query.data} />}
      </QueryState>
    </div>
  );
}
