import { Notice } from '@bridge/ui';
import { useTranslation } from 'react-i18next';

/** Why a form was not saved (the message for the form as a whole), as an error notice on top of the form; nothing without one. */
export function FormFailure({ message }: { message?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Notice tone="error" title={t('form.failed')}>
      {message}
    </Notice>
  );
}
