import { CheckboxField, Details, Paragraph, Section } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { setShortcutsEnabled, useShortcutsEnabled } from './shortcuts';

export const SHORTCUT_KEYS = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'a', action: 'accept' },
  { key: 'r', action: 'reject' },
] as const;

/** The switch for the single-key shortcuts and the list of them. */
export function ShortcutsPanel() {
  const { t } = useTranslation('review');
  const enabled = useShortcutsEnabled();
  return (
    <Section title={t('shortcuts.title')}>
      <CheckboxField
        id="shortcuts-enabled"
        label={t('shortcuts.toggle')}
        hint={t('shortcuts.hint')}
        checked={enabled}
        onChange={(event) => setShortcutsEnabled(event.target.checked)}
      />
      <Paragraph>{enabled ? t('shortcuts.on') : t('shortcuts.off')}</Paragraph>
      <Details
        items={SHORTCUT_KEYS.map(({ key, action }) => ({
          key,
          label: <kbd>{key}</kbd>,
          value: t(`shortcuts.${action}`),
        }))}
      />
    </Section>
  );
}
