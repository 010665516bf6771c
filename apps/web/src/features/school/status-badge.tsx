import { Badge, type Tone } from '@bridge/ui';
import { useTranslation } from 'react-i18next';

const TONES: Record<string, Tone> = { open: 'ok', full: 'info', withdrawn: 'neutral' };

/** A school place's status as a word: open, vol, ingetrokken. */
export function SchoolPlaceStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('school');
  return (
    <Badge tone={TONES[status] ?? 'neutral'}>
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
