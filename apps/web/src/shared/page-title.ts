import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every screen has its own document title, so screen readers and tabs say where one is. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
}
