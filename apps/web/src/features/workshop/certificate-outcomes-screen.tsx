import { Actions, PageTitle } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { useClaims } from '../../session/session';
import { CsvDownloadButton } from '../../shared/csv-download';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { piName } from '../../shared/reference';
import { CertificateOutcomes, useCertificateOutcomes } from '../admin/insights-certificates';

/**
 * What the certificates of the workshop leader's own PI lead to, and what the region asks for that
 * its candidates do not hold. The service answers for the leader's PI only, so there is no filter.
 */
export function CertificateOutcomesScreen() {
  const { t } = useTranslation('workshop');
  const { t: admin } = useTranslation('admin');
  const { pi } = useClaims();
  usePageTitle(t('outcomes.title'));
  const { outcomes, download } = useCertificateOutcomes(['workshop', 'certificate-outcomes']);
  return (
    <>
      <PageTitle lead={t('outcomes.lead', { pi: piName(pi) })}>{t('outcomes.title')}</PageTitle>
      <Actions>
        <CsvDownloadButton
          label={admin('insights.certificates.csv')}
          fallbackName="certificate-outcomes.csv"
          download={download}
        />
      </Actions>
      <QueryState isPending={outcomes.isPending} error={outcomes.error}>
        {outcomes.data && <CertificateOutcomes data={outcomes.data} />}
      </QueryState>
    </>
  );
}
