import { unwrap } from '@bridge/api-client';
import { Badge, Paragraph, PageTitle } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../../api/api';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { CandidateReferrals } from '../candidates/candidate-referrals';
import { DecisionHistory } from '../candidates/decision-history';
import { CandidateProfile } from './candidate-profile';
import { Decision, type DecisionMode } from './decision';
import { Exclusions } from './exclusions';
import { Explanation } from './explanation';
import { shortPseudonym, STATUS_TONES, targetOf, type QueuedSuggestion } from './model';
import { REVIEW_BASE, reviewPath } from './paths';
import { useQueueFilters } from './queue-filters';
import { useQueueNeighbours, type Neighbours } from './queue-neighbours';
import { ReviewLink } from './review-link';
import { ShortcutsPanel } from './shortcuts-panel';
import { SnoozedBadge } from './snooze';
import { useShortcuts } from './shortcuts';
import { TargetDetails } from './target-details';
import { isUrgent } from './urgency';

function QueueNavigation({ neighbours, search }: { neighbours?: Neighbours; search: string }) {
  const { t } = useTranslation('review');
  return (
    <nav aria-label={t('review.navigation')} className="bridge-review-nav">
      <ReviewLink to={{ pathname: REVIEW_BASE, search }}>{t('review.backToQueue')}</ReviewLink>
      <span className="bridge-review-nav__steps">
        {neighbours?.previous ? (
          <ReviewLink to={{ pathname: reviewPath(neighbours.previous), search }}>
            {t('review.previous')}
          </ReviewLink>
        ) : (
          <span className="bridge-review-muted">{t('review.noPrevious')}</span>
        )}
        {neighbours?.position !== undefined && neighbours.total !== undefined && (
          <span>
            {t('review.position', { position: neighbours.position, total: neighbours.total })}
          </span>
        )}
        {neighbours?.next ? (
          <ReviewLink to={{ pathname: reviewPath(neighbours.next), search }}>
            {t('review.next')}
          </ReviewLink>
        ) : (
          <span className="bridge-review-muted">{t('review.noNext')}</span>
        )}
      </span>
    </nav>
  );
}

function ReviewBody({
  suggestion,
  neighbours,
  search,
}: {
  suggestion: QueuedSuggestion;
  neighbours?: Neighbours;
  search: string;
}) {
  const { t } = useTranslation('review');
  const [mode, setMode] = useState<DecisionMode>('idle');
  const target = targetOf(suggestion);
  const open = suggestion.status === 'suggested';

  useShortcuts({
    a: open && mode === 'idle' ? () => setMode('confirm-accept') : undefined,
    r: open && mode !== 'reject' ? () => setMode('reject') : undefined,
  });

  const next = neighbours?.next ? (
    <ReviewLink to={{ pathname: reviewPath(neighbours.next), search }}>
      {t('review.goNext')}
    </ReviewLink>
  ) : (
    <ReviewLink to={{ pathname: REVIEW_BASE, search }}>{t('review.queueDone')}</ReviewLink>
  );

  return (
    <>
      <PageTitle
        lead={t('review.lead', {
          target: target.title,
          type: t(`targetType.${suggestion.type}`).toLowerCase(),
        })}
      >
        {t('review.title', { pseudonym: shortPseudonym(suggestion.candidateId) })}
      </PageTitle>
      <QueueNavigation neighbours={neighbours} search={search} />
      <Paragraph>
        {t('review.statusLine')}{' '}
        <Badge tone={STATUS_TONES[suggestion.status]}>{t(`status.${suggestion.status}`)}</Badge>
        <SnoozedBadge suggestion={suggestion} />
        {isUrgent(suggestion) && (
          <>
            {' '}
            <Badge tone="warning">{t('urgent')}</Badge> <span>{t('urgentExplained')}</span>
          </>
        )}
      </Paragraph>
      <div className="bridge-review-columns">
        <CandidateProfile candidateId={suggestion.candidateId} />
        <TargetDetails suggestion={suggestion} />
      </div>
      <Explanation suggestion={suggestion} />
      <Decision suggestion={suggestion} mode={mode} setMode={setMode} next={next} />
      <Exclusions candidateId={suggestion.candidateId} />
      <CandidateReferrals candidateId={suggestion.candidateId} canKeepStanding />
      <DecisionHistory candidateId={suggestion.candidateId} />
      <ShortcutsPanel />
    </>
  );
}

/** One suggestion under review: candidate, target, the score explained, the decision, and on through the queue. */
export function ReviewScreen() {
  const { t } = useTranslation('review');
  const { id = '' } = useParams();
  const api = useApi();
  const { filters, search } = useQueueFilters();
  const neighbours = useQueueNeighbours(filters, id);
  const navigate = useNavigate();
  const go = (to?: string) => to && navigate({ pathname: reviewPath(to), search });
  // Stepping works while the next suggestion still loads, not only once its body is shown.
  useShortcuts({ j: () => go(neighbours?.next), k: () => go(neighbours?.previous) });
  const query = useQuery({
    queryKey: ['review', 'suggestion', id],
    queryFn: () => unwrap(api.matching.GET('/suggestions/{id}', { params: { path: { id } } })),
  });
  usePageTitle(t('review.pageTitle'));
  if (query.data)
    return <ReviewBody key={id} suggestion={query.data} neighbours={neighbours} search={search} />;
  return (
    <>
      <PageTitle>{t('review.pageTitle')}</PageTitle>
      <QueueNavigation neighbours={neighbours} search={search} />
      <QueryState isPending={query.isPending} error={query.error}>
        {null}
      </QueryState>
    </>
  );
}
