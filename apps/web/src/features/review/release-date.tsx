import { useTranslation } from 'react-i18next';
import { daysUntil, useFormat } from '../../i18n/format';

/** "6 december 2026 (nog 12 dagen)": the release date and the days to go, as text. */
export function ReleaseDate({ date }: { date: string }) {
  const { t } = useTranslation('review');
  const format = useFormat();
  const days = daysUntil(date);
  const relative =
    days === 0
      ? t('days.today')
      : days > 0
        ? t('days.future', { count: days })
        : t('days.past', { count: -days });
  return (
    <>
      {format.date(date)} <span className="bridge-review-days">({relative})</span>
    </>
  );
}
