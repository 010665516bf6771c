import { Badge, DataTable, Paragraph, Section, type Column } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { AlgorithmLink } from '../algorithm/algorithm-link';
import { judgement, JUDGEMENT_TONES, type ExplanationFactor, type QueuedSuggestion } from './model';

/**
 * The score and why: every factor with its weight, value, a judgement in words and the engine's
 * reason; the version of the rules that computed it, and the way to how the algorithm works.
 */
export function Explanation({ suggestion }: { suggestion: QueuedSuggestion }) {
  const { t } = useTranslation('review');
  const format = useFormat();
  const columns: Column<ExplanationFactor>[] = [
    {
      key: 'factor',
      header: t('explanation.factor'),
      cell: (f) => t(`factors.${f.factor}`, { defaultValue: f.factor }),
    },
    {
      key: 'judgement',
      header: t('explanation.judgement'),
      cell: (f) => {
        const verdict = judgement(f.value);
        return <Badge tone={JUDGEMENT_TONES[verdict]}>{t(`judgement.${verdict}`)}</Badge>;
      },
    },
    {
      key: 'value',
      header: t('explanation.value'),
      numeric: true,
      cell: (f) => format.percent(f.value),
    },
    {
      key: 'weight',
      header: t('explanation.weight'),
      numeric: true,
      cell: (f) => format.percent(f.weight),
    },
    {
      key: 'reason',
      header: t('explanation.reason'),
      cell: (f) => <span lang="en">{f.reason}</span>,
    },
  ];
  return (
    <Section title={t('explanation.title')}>
      <Paragraph>{t('explanation.score', { score: format.percent(suggestion.score) })}</Paragraph>
      {suggestion.explanation.length > 0 ? (
        <DataTable
          caption={t('explanation.caption')}
          columns={columns}
          rows={suggestion.explanation}
          rowKey={(f) => f.factor}
        />
      ) : (
        <Paragraph>{t('explanation.none')}</Paragraph>
      )}
      <Paragraph>{t('explanation.rulesVersion', { version: suggestion.rulesVersion })}</Paragraph>
      <AlgorithmLink />
    </Section>
  );
}
