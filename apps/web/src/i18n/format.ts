import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar date (`2026-12-06`) as people here read it: "6 december 2026". */
export function formatDate(isoDate: string | null | undefined, language: string): string {
  if (!isoDate) return '';
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: isoDate.length === 10 ? 'UTC' : 'Europe/Amsterdam',
  }).format(date);
}

/** A moment (`2026-12-06T09:30:00Z`) in Dutch time: "6 december 2026 om 10:30". */
export function formatDateTime(isoTimestamp: string | null | undefined, language: string): string {
  if (!isoTimestamp) return '';
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

export function formatNumber(
  value: number,
  language: string,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(LOCALES[language] ?? 'nl-NL', options).format(value);
}

/** Days from today (UTC calendar days) until a date; negative when it has passed. */
export function daysUntil(isoDate: string, today = new Date()): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - start) / 86_400_000);
}

/** The formatters bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    date: (value: string | null | undefined) => formatDate(value, language),
    dateTime: (value: string | null | undefined) => formatDateTime(value, language),
    number: (value: number, options?: Intl.NumberFormatOptions) =>
      formatNumber(value, language, options),
    percent: (share: number) =>
      formatNumber(share, language, { style: 'percent', maximumFractionDigits: 0 }),
  };
}
