import { unwrap } from '@bridge/api-client';
import { Actions, Button, Notice, PageTitle, Paragraph, Section } from '@bridge/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { ConfirmStep } from './admin-shared';
import { useFormat } from '../../i18n/format';
import { usePageTitle } from '../../shared/page-title';

/** Rebuild the matching service's search indexes from its own data, after a confirmation. */
export function Reindex() {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation();
  const api = useApi();
  const format = useFormat();
  usePageTitle(t('reindex.title'));
  const [confirming, setConfirming] = useState(false);
  const reindex = useMutation({
    mutationFn: async () => {
      const body = await unwrap(api.matching.POST('/admin/reindex'));
      return {
        at: new Date().toISOString(),
        status: (body as { status?: string } | undefined)?.status ?? 'queued',
      };
    },
    onSettled: () => setConfirming(false),
  });
  return (
    <>
      <PageTitle lead={t('reindex.lead')}>{t('reindex.title')}</PageTitle>
      <Section title={t('reindex.whenTitle')}>
        <Paragraph>{t('reindex.when')}</Paragraph>
        <Paragraph>{t('reindex.effect')}</Paragraph>
      </Section>
      {reindex.isSuccess && (
        <Notice tone="ok" title={t('reindex.doneTitle')}>
          {t('reindex.done', {
            at: format.dateTime(reindex.data.at),
            status: t(`reindex.status.${reindex.data.status}`, {
              defaultValue: reindex.data.status,
            }),
          })}
        </Notice>
      )}
      {reindex.isError && (
        <Notice tone="error" title={t('reindex.failedTitle')}>
          {reindex.error instanceof Error ? reindex.error.message : common('errors.unknown')}
        </Notice>
      )}
      {confirming ? (
        <ConfirmStep
          title={t('reindex.confirmTitle')}
          confirmLabel={t('reindex.confirmYes')}
          busy={reindex.isPending}
          onConfirm={() => reindex.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <Paragraph>{t('reindex.confirm')}</Paragraph>
        </ConfirmStep>
      ) : (
        <Actions>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            {t('reindex.start')}
          </Button>
        </Actions>
      )}
    </>
  );
}
