import { unwrap, type MatchingSchemas } from '@bridge/api-client';
import { Badge, Paragraph, Section, type Column, type Tone } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { PagedTable } from '../../shared/paged-table';
import { useCursorPages } from '../../shared/use-cursor-pages';

type Decision = MatchingSchemas['schemas']['DecisionView'];

/** The query key of a candidate's decisions, so a decision made elsewhere on the screen refreshes them. */
export const decisionKeys = (candidateId: string) =>
  ['candidates', 'decisions', candidateId] as const;

const DECISION_TONES: Record<Decision['decision'], Tone> = {
  accepted: 'ok',
  rejected: 'neutral',
  snoozed: 'info',
  unsnoozed: 'info',
};

const PAGE_SIZE = 10;

/**
 * Who accepted, rejected, snoozed or unsnoozed which of a candidate's suggestions, when and why,
 * newest first. The decider is shown as the service gives it (a code, never a name). Reading it is
 * audited by the service.
 */
export function DecisionHistory({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation(['candidates', 'review']);
  const api = useApi();
  const format = useFormat();
  const pages = useCursorPages<Decision>(decisionKeys(candidateId), (cursor) =>
    unwrap(
      api.matching.GET('/candidates/{id}/decisions', {
        params: { path: { id: candidateId }, query: { cursor, limit: PAGE_SIZE } },
      }),
    ),
  );
  // The reason codes belong to the advisor's decisions; their words live with the review screens.
  const reason = (d: Decision) => {
    if (!d.reasonCode) return undefined;
    const group = d.decision === 'rejected' ? 'reasons' : 'snoozeReasons';
    return t(`review:${group}.${d.reasonCode}`, { defaultValue: d.reasonCode });
  };
  const columns: Column<Decision>[] = [
    { key: 'when', header: t('decisions.when'), cell: (d) => format.dateTime(d.decidedAt) },
    {
      key: 'what',
      header: t('decisions.what'),
      cell: (d) => (
        <>
          <Badge tone={DECISION_TONES[d.decision]}>{t(`decisions.kinds.${d.decision}`)}</Badge>
          <br />
          {t('decisions.target', { title: d.target.title, type: t(`type.${d.target.type}`) })}
        </>
      ),
    },
    { key: 'who', header: t('decisions.who'), cell: (d) => d.decidedBy },
    {
      key: 'why',
      header: t('decisions.why'),
      cell: (d) => {
        const lines = [
          d.snoozedUntil &&
            d.decision === 'snoozed' &&
            t('decisions.until', { date: format.date(d.snoozedUntil) }),
          reason(d),
          d.note,
        ].filter(Boolean);
        return lines.length > 0 ? (
          lines.map((line, index) => (
            <span key={index}>
              {index > 0 && <br />}
              {line}
            </span>
          ))
        ) : (
          <span>—</span>
        );
      },
    },
  ];
  return (
    <Section title={t('decisions.title')}>
      <PagedTable
        pages={pages}
        caption={t('decisions.caption')}
        columns={columns}
        rowKey={(d) => d.id}
        rowHeader={false}
        emptyTitle={t('decisions.empty')}
        empty={<Paragraph>{t('decisions.emptyHint')}</Paragraph>}
      />
    </Section>
  );
}
