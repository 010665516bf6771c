import { ProblemError } from '@bridge/api-client';
import { Loading, Notice } from '@bridge/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a screen shows while its data loads, when loading failed, and otherwise its content. */
export function QueryState({
  isPending,
  error,
  children,
}: {
  isPending: boolean;
  error: unknown;
  children: ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  if (error) {
    const status = error instanceof ProblemError ? error.status : undefined;
    return (
      <Notice
        tone="error"
        title={status === 404 ? t('errors.notFoundTitle') : t('errors.loadFailedTitle')}
      >
        {status === 404
          ? t('errors.notFound')
          : error instanceof Error
            ? error.message
            : t('errors.unknown')}
      </Notice>
    );
  }
  if (isPending) return <Loading label={t('loading')} />;
  return children;
}
