import { VACANCY_CLOSED, VACANCY_UPDATED } from '@bridge/contracts';
import { Referral } from '../review/referrals/referral.entity';
import {
  ADVISOR,
  daysFromToday,
  describeOnEachBackend,
} from '../testing/matching-test-app.fixture';
import { SuggestionRecomputer } from './suggestion-recomputer';

describeOnEachBackend('the recomputer and reviewed suggestions', (app) => {
  // The pipeline's pair-by-pair round first (it also brings the target catalogue up to date), then a full recompute.
  const recompute = async (candidateId: string) => {
    await app.matchingIdle();
    await app.service.app
      .get(SuggestionRecomputer)
      .recomputeCandidate(candidateId, daysFromToday(0));
  };
  const review = async (id: string, body: object) => {
    const response = await app.as(ADVISOR).post(`/suggestions/${id}/review`, body);
    expect(response.status).toBe(200);
    return response;
  };

  it('never rescores, expires or reopens an accepted or rejected suggestion, nor touches its referral', async () => {
    const vacancy = await app.publishVacancy();
    const accepted = await app.matchedSuggestion(vacancy);
    const rejected = await app.matchedSuggestion(vacancy);
    const untouched = await app.matchedSuggestion(vacancy);
    const referralId: string = (await review(accepted.suggestion.id, { decision: 'accept' })).body
      .referral.id;
    await review(rejected.suggestion.id, { decision: 'reject', reasonCode: 'target-unsuitable' });
    const reviewedAccepted = await app.suggestion(accepted.suggestion.id);
    const reviewedRejected = await app.suggestion(rejected.suggestion.id);
    const referralBefore = await app.dataSource.manager.findOneByOrFail(Referral, {
      id: referralId,
    });

    // A later start: every suggestion of this vacancy would be rescored with a new target summary.
    const laterStart = daysFromToday(100);
    await app.publish('employers', {
      topic: VACANCY_UPDATED,
      key: vacancy.vacancyId,
      version: 2,
      payload: { ...vacancy, startDate: laterStart },
    });
    for (const { candidateId } of [accepted, rejected, untouched]) await recompute(candidateId);
    expect((await app.suggestion(untouched.suggestion.id)).target.startDate).toBe(laterStart);
    expect(await app.suggestion(accepted.suggestion.id)).toEqual(reviewedAccepted);
    expect(await app.suggestion(rejected.suggestion.id)).toEqual(reviewedRejected);

    // Closed: every unreviewed suggestion of it expires.
    await app.publish('employers', {
      topic: VACANCY_CLOSED,
      key: vacancy.vacancyId,
      version: 3,
      payload: {
        vacancyId: vacancy.vacancyId,
        employerId: vacancy.employerId,
        reason: 'closed-by-employer',
      },
    });
    for (const { candidateId } of [accepted, rejected, untouched]) await recompute(candidateId);
    expect((await app.suggestion(untouched.suggestion.id)).status).toBe('expired');
    expect(await app.suggestion(accepted.suggestion.id)).toEqual(reviewedAccepted);
    expect(await app.suggestion(rejected.suggestion.id)).toEqual(reviewedRejected);
    expect(await app.dataSource.manager.findOneByOrFail(Referral, { id: referralId })).toEqual(
      referralBefore,
    );
  });
});
