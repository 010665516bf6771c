import { unwrap } from '@bridge/api-client';
import { Actions, Badge, PageTitle, Paragraph, Section, type Column } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { useClaims } from '../../session/session';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { QueryState } from '../../shared/query-state';
import { useCursorPages } from '../../shared/use-cursor-pages';
import { certificateKeys, shortPseudonym, type Certificate } from '../candidates/candidate';
import { useCandidate } from '../candidates/use-candidate';
import { CandidateDetails } from '../candidates/candidate-details';
import { AppLink, ButtonLink, SuccessNotice, useNoticeFromNavigation } from '../candidates/links';
import { workshopPaths } from './paths';
import { useWorkshops } from './workshops';

function CertificateStatus({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation('workshop');
  const format = useFormat();
  if (certificate.status === 'valid') return <Badge tone="ok">{t('certificates.valid')}</Badge>;
  return (
    <>
      <Badge tone="error">{t('certificates.revoked')}</Badge>
      {certificate.revokedAt && (
        <div>
          {t('certificates.revokedOn', { date: format.date(certificate.revokedAt.slice(0, 10)) })}
        </div>
      )}
      {certificate.revocationReason && (
        <div>{t('certificates.reason', { reason: certificate.revocationReason })}</div>
      )}
    </>
  );
}

function Certificates({ candidateId, canRegister }: { candidateId: string; canRegister: boolean }) {
  const { t } = useTranslation('workshop');
  const api = useApi();
  const format = useFormat();
  const { pi } = useClaims();
  const workshops = useWorkshops(pi);
  const workshopName = (id: string | null) =>
    id ? (workshops.data?.find((w) => w.id === id)?.name ?? id) : t('certificates.noWorkshop');
  const pages = useCursorPages(certificateKeys.ofCandidate(candidateId), (cursor) =>
    unwrap(
      api.training.GET('/certificates', { params: { query: { candidateId, cursor, limit: 20 } } }),
    ),
  );
  const columns: Column<Certificate>[] = [
    {
      key: 'qualification',
      header: t('certificates.qualification'),
      cell: (c) => (
        <>
          {c.title}
          <br />
          <small>
            {t('certificates.creboLevel', {
              crebo: c.crebo,
              level: c.level === 1 ? 'Entree' : c.level,
            })}
          </small>
        </>
      ),
    },
    { key: 'issuedOn', header: t('certificates.issuedOn'), cell: (c) => format.date(c.issuedOn) },
    {
      key: 'workshop',
      header: t('certificates.workshop'),
      cell: (c) => workshopName(c.workshopId),
    },
    {
      key: 'workProcesses',
      header: t('certificates.workProcesses'),
      cell: (c) =>
        c.workProcesses.length > 0 ? (
          <ul>
            {c.workProcesses.map((process) => (
              <li key={process}>{process}</li>
            ))}
          </ul>
        ) : (
          t('certificates.noWorkProcesses')
        ),
    },
    {
      key: 'status',
      header: t('certificates.status'),
      cell: (c) => <CertificateStatus certificate={c} />,
    },
    {
      key: 'actions',
      header: t('certificates.actions'),
      cell: (c) =>
        c.status === 'valid' ? (
          <AppLink
            to={workshopPaths.revokeCertificate(candidateId, c.id)}
            aria-label={t('certificates.revokeLabel', { title: c.title })}
          >
            {t('certificates.revoke')}
          </AppLink>
        ) : null,
    },
  ];
  return (
    <Section title={t('certificates.title')}>
      <PagedTable
        pages={pages}
        caption={t('certificates.caption')}
        columns={columns}
        rowKey={(c) => c.id}
        emptyTitle={t('certificates.empty')}
        empty={canRegister && <Paragraph>{t('certificates.emptyHint')}</Paragraph>}
      />
    </Section>
  );
}

/** A candidate of the PI with its practice certificates (valid and revoked); register or revoke from here. */
export function CandidateScreen() {
  const { t } = useTranslation('workshop');
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);
  const notice = useNoticeFromNavigation();
  const title = t('candidate.title', { pseudonym: shortPseudonym(candidateId) });
  usePageTitle(title);
  const active = candidate.data?.status === 'active';
  return (
    <>
      <Paragraph>
        <AppLink to={workshopPaths.candidates}>{t('candidate.back')}</AppLink>
      </Paragraph>
      <PageTitle>{title}</PageTitle>
      <SuccessNotice message={notice && t(`notices.${notice.notice}`, notice.values)} />
      <QueryState isPending={candidate.isPending} error={candidate.error}>
        {candidate.data && (
          <>
            <CandidateDetails candidate={candidate.data} />
            {active ? (
              <Actions>
                <ButtonLink to={workshopPaths.registerCertificate(candidateId)} primary>
                  {t('candidate.registerCertificate')}
                </ButtonLink>
              </Actions>
            ) : (
              <Paragraph>{t('candidate.left')}</Paragraph>
            )}
            <Certificates candidateId={candidateId} canRegister={active} />
          </>
        )}
      </QueryState>
    </>
  );
}
