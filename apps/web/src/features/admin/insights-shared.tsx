import './insights.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import { adminPaths } from './paths';

/** The insight screens of the coordinator, in the order of the sub-navigation. */
const INSIGHT_PAGES = [
  { to: adminPaths.insights, label: 'insights.nav.funnel' },
  { to: adminPaths.insightsFairness, label: 'insights.nav.fairness' },
  { to: adminPaths.insightsReviews, label: 'insights.nav.reviews' },
  { to: adminPaths.insightsCertificates, label: 'insights.nav.certificates' },
] as const;

/** Links between the insight screens; the main menu marks them all as "Inzicht". */
export function InsightsNav() {
  const { t } = useTranslation('admin');
  const { pathname } = useLocation();
  return (
    <nav className="insights-nav" aria-label={t('insights.nav.label')}>
      <ul className="insights-nav__list">
        {INSIGHT_PAGES.map((page) => (
          <li key={page.to}>
            <Link
              to={page.to}
              className="insights-nav__link"
              aria-current={pathname === page.to ? 'page' : undefined}
            >
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A count withheld because its group is smaller than the threshold: "< 10" on screen, "minder dan
 * 10" to a screen reader. Never the number itself, so nobody in a small group can be singled out.
 */
export function Suppressed({ threshold }: { threshold: number }) {
  const { t } = useTranslation('admin');
  return (
    <>
      <span aria-hidden="true">{t('insights.suppressed.short', { threshold })}</span>
      <span className="insights-visually-hidden">
        {t('insights.suppressed.spoken', { threshold })}
      </span>
    </>
  );
}

/** The formats the insights share: shares, differences in percentage points, median days, reasons. */
export function useInsightFormat() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const points = (value: number) => format.number(Math.abs(value), { maximumFractionDigits: 1 });
  return {
    ...format,
    /** A share (0..1) as a percentage; a dash when there was nothing to divide by. */
    share: (value: number | null) => (value === null ? '—' : format.percent(value)),
    /** A difference in percentage points with its sign, for tables: "+3,5" or "−12". */
    signedPoints: (value: number | null) =>
      value === null ? '—' : value === 0 ? '0' : `${value > 0 ? '+' : '−'}${points(value)}`,
    /** A difference in percentage points in words, for charts: "12 procentpunt lager". */
    pointsInWords: (value: number) =>
      value === 0
        ? t('insights.difference.same')
        : t(value > 0 ? 'insights.difference.higher' : 'insights.difference.lower', {
            points: points(value),
          }),
    days: (value: number | null) =>
      value === null ? '—' : t('insights.days', { count: value, days: format.number(value) }),
    reason: (code: string) => t(`insights.reasons.${code}`, { defaultValue: code }),
  };
}
