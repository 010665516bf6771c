import { unwrap } from '@bridge/api-client';
import {
  Actions,
  Badge,
  EmptyState,
  PageTitle,
  Paragraph,
  Section,
  UnorderedList,
  UnorderedListItem,
  type Column,
  type Tone,
} from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { QueryState } from '../../shared/query-state';
import { useCursorPages, type CursorPage } from '../../shared/use-cursor-pages';
import {
  candidateKeys,
  shortPseudonym,
  type Candidate,
  type Suggestion,
  type SuggestionTarget,
} from '../candidates/candidate';
import { CandidateDetails } from '../candidates/candidate-details';
import { CandidateReferrals, TargetCell } from '../candidates/candidate-referrals';
import { DecisionHistory } from '../candidates/decision-history';
import { AppLink, ButtonLink, SuccessNotice, useNoticeFromNavigation } from '../candidates/links';
import { useCandidate } from '../candidates/use-candidate';
import { AlgorithmLink } from '../algorithm/algorithm-link';
import { caseworkPaths, listPath } from './paths';

const SUGGESTION_TONES: Record<Suggestion['status'], Tone> = {
  suggested: 'info',
  accepted: 'ok',
  rejected: 'neutral',
  expired: 'neutral',
};

function Suggestions({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation('casework');
  const { t: candidates } = useTranslation('candidates');
  const api = useApi();
  const format = useFormat();
  const pages = useCursorPages<Suggestion>(
    candidateKeys.suggestions(candidateId),
    (cursor) =>
      unwrap(
        api.matching.GET('/candidates/{id}/suggestions', {
          params: { path: { id: candidateId }, query: { cursor, limit: 20 } },
        }),
      ) as Promise<CursorPage<Suggestion>>,
  );
  const columns: Column<Suggestion>[] = [
    {
      key: 'target',
      header: t('suggestions.target'),
      cell: (s) => <TargetCell target={s.target as SuggestionTarget} />,
    },
    { key: 'type', header: t('suggestions.type'), cell: (s) => candidates(`type.${s.type}`) },
    {
      key: 'score',
      header: t('suggestions.score'),
      numeric: true,
      cell: (s) => format.percent(s.score),
    },
    {
      key: 'start',
      header: t('suggestions.start'),
      cell: (s) => format.date((s.target as SuggestionTarget).startDate),
    },
    {
      key: 'status',
      header: t('suggestions.status'),
      cell: (s) => (
        <Badge tone={SUGGESTION_TONES[s.status]}>{t(`suggestions.statuses.${s.status}`)}</Badge>
      ),
    },
  ];
  return (
    <Section title={t('suggestions.title')}>
      <PagedTable
        pages={pages}
        caption={t('suggestions.caption')}
        columns={columns}
        rowKey={(s) => s.id}
        emptyTitle={t('suggestions.empty')}
        empty={<Paragraph>{t('suggestions.emptyHint')}</Paragraph>}
      />
      <AlgorithmLink about="suggestions" />
    </Section>
  );
}

function Certificates({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const certificates = candidate.certificates ?? [];
  return (
    <Section title={t('candidate.certificates')}>
      {certificates.length === 0 ? (
        <EmptyState title={t('candidate.noCertificates')}>
          <Paragraph>{t('candidate.noCertificatesHint')}</Paragraph>
        </EmptyState>
      ) : (
        <UnorderedList>
          {certificates.map((c) => (
            <UnorderedListItem key={`${c.crebo}-${c.issuedOn}`}>
              {t('candidate.certificate', {
                title: c.title,
                crebo: c.crebo,
                date: format.date(c.issuedOn),
              })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Section>
  );
}

/**
 * A candidate of the PI: the profile, its certificates, its suggestions, referrals and the advisors'
 * decisions on them; edit or record leaving from here.
 */
export function CandidateScreen() {
  const { t } = useTranslation('casework');
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);
  const notice = useNoticeFromNavigation();
  const location = useLocation();
  const title = t('candidate.title', { pseudonym: shortPseudonym(candidateId) });
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        <AppLink to={listPath(location.state)}>{t('candidate.back')}</AppLink>
      </Paragraph>
      <PageTitle>{title}</PageTitle>
      <SuccessNotice message={notice && t(`notices.${notice.notice}`, notice.values)} />
      <QueryState isPending={candidate.isPending} error={candidate.error}>
        {candidate.data && (
          <>
            <CandidateDetails candidate={candidate.data} full />
            {candidate.data.status === 'active' ? (
              <Actions>
                <ButtonLink to={caseworkPaths.edit(candidateId)} primary>
                  {t('candidate.edit')}
                </ButtonLink>
                <ButtonLink to={caseworkPaths.leave(candidateId)}>
                  {t('candidate.leave')}
                </ButtonLink>
              </Actions>
            ) : (
              <Paragraph>{t('candidate.hasLeft')}</Paragraph>
            )}
            <Certificates candidate={candidate.data} />
            <Suggestions candidateId={candidateId} />
            <CandidateReferrals candidateId={candidateId} />
            <DecisionHistory candidateId={candidateId} />
          </>
        )}
      </QueryState>
    </>
  );
}
