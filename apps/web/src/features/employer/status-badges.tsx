import { Badge, type Tone } from '@bridge/ui';
import { useTranslation } from 'react-i18next';

const VACANCY_TONES: Record<string, Tone> = { open: 'ok', filled: 'info', closed: 'neutral' };
const REFERRAL_TONES: Record<string, Tone> = {
  referred: 'info',
  placed: 'ok',
  declined: 'neutral',
  withdrawn: 'warning',
};

/** A vacancy's status as a word: open, vervuld, gesloten. */
export function VacancyStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('employer');
  return (
    <Badge tone={VACANCY_TONES[status] ?? 'neutral'}>
      {t(`vacancyStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** A referral's status as a word: doorverwezen, geplaatst, afgewezen, ingetrokken. */
export function ReferralStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('employer');
  return (
    <Badge tone={REFERRAL_TONES[status] ?? 'neutral'}>
      {t(`referralStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** Whether a covenant is in force today, as a word. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation('employer');
  return (
    <Badge tone={active ? 'ok' : 'neutral'}>
      {active ? t('covenants.active') : t('covenants.inactive')}
    </Badge>
  );
}
