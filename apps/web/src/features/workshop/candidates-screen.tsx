import { PageTitle, Paragraph } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { useClaims } from '../../session/session';
import { piName } from '../../shared/reference';
import { usePageTitle } from '../../shared/page-title';
import { CandidateList } from '../candidates/candidate-list';
import { workshopPaths } from './paths';

/** The active candidates of the workshop leader's PI, soonest release first. */
export function CandidatesScreen() {
  const { t } = useTranslation('workshop');
  const { t: candidates } = useTranslation('candidates');
  const { pi } = useClaims();
  usePageTitle(t('candidates.title'));
  return (
    <>
      <PageTitle lead={t('candidates.lead', { pi: piName(pi) })}>{t('candidates.title')}</PageTitle>
      <Paragraph>{candidates('pseudonymHint')}</Paragraph>
      <CandidateList
        filters={{ pi, status: 'active' }}
        caption={t('candidates.caption', { pi: piName(pi) })}
        linkTo={(candidate) => workshopPaths.candidate(candidate.id)}
        emptyTitle={t('candidates.empty')}
        emptyHint={<Paragraph>{t('candidates.emptyHint')}</Paragraph>}
      />
    </>
  );
}
