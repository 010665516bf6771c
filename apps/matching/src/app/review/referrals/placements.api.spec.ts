import { randomUUID } from 'node:crypto';
import {
  deadLetterTopic,
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  VACANCY_PLACEMENT_RECORDED,
  VACANCY_UPDATED,
  VacancyState,
} from '@bridge/contracts';
import { InboxMessage } from '@bridge/messaging';
import { Vacancy } from '../../read-models/vacancies/vacancy.entity';
import {
  ADVISOR,
  describeOnEachBackend,
  employer,
  educationProvider,
} from '../../testing/matching-test-app.fixture';
import { Referral } from './referral.entity';

describeOnEachBackend('placements recorded at the target’s service', (app) => {
  let vacancy: VacancyState;
  let vacancyVersion = 1;

  beforeAll(async () => {
    vacancy = await app.publishVacancy();
  });

  /**
   * Employers took an opening of the vacancy for `referralId` (its next version). One opening stays
   * left throughout, so the vacancy keeps matching the candidates each test refers.
   */
  const placementOnVacancy = (referralId: string) => {
    vacancyVersion += 1;
    return app.publish('employers', {
      topic: VACANCY_PLACEMENT_RECORDED,
      key: vacancy.vacancyId,
      version: vacancyVersion,
      payload: { vacancyId: vacancy.vacancyId, referralId, openingsLeft: 1, status: 'open' },
    });
  };
  const referral = (id: string) => app.dataSource.manager.findOneByOrFail(Referral, { id });
  const vacancyRow = () =>
    app.dataSource.manager.findOneByOrFail(Vacancy, { vacancyId: vacancy.vacancyId });
  const deadLetters = (topic: string) => app.bus.retainedMessages(deadLetterTopic(topic));

  it('places the referral, shown to the employer and on the accepted suggestion', async () => {
    const { candidateId, referralId } = await app.refer(vacancy);
    await placementOnVacancy(referralId);

    expect(await referral(referralId)).toMatchObject({ status: 'placed', version: 2 });
    expect(await vacancyRow()).toMatchObject({ openingsLeft: 1, version: vacancyVersion });
    const listed = await app
      .as(employer(vacancy.employerId))
      .get('/referrals', { status: 'placed' });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([referralId]);
    const suggestions = await app
      .as(ADVISOR)
      .get(`/candidates/${candidateId}/suggestions`, { status: 'accepted' });
    expect(suggestions.body.items[0].referral).toEqual({ id: referralId, status: 'placed' });
    const declined = await app
      .as(employer(vacancy.employerId))
      .post(`/referrals/${referralId}/decline`, {});
    expect(declined.status).toBe(409);
  });

  it('changes nothing when the same placement is delivered again, or reported twice', async () => {
    const { referralId } = await app.refer(vacancy);
    const placement = await placementOnVacancy(referralId);
    await app.redeliver(placement);
    expect(await referral(referralId)).toMatchObject({ status: 'placed', version: 2 });
    await app.publish('employers', {
      topic: VACANCY_PLACEMENT_RECORDED,
      key: vacancy.vacancyId,
      version: vacancyVersion,
      payload: placement.payload,
    });
    expect(await referral(referralId)).toMatchObject({ status: 'placed', version: 2 });
    expect(
      await app.dataSource.getRepository(InboxMessage).countBy({ eventId: placement.eventId }),
    ).toBe(1);
  });

  it('places the referral even when a newer vacancy event got here first', async () => {
    const { referralId } = await app.refer(vacancy);
    const lateVersion = vacancyVersion + 1;
    vacancyVersion += 2;
    await app.publish('employers', {
      topic: VACANCY_UPDATED,
      key: vacancy.vacancyId,
      version: vacancyVersion,
      payload: { ...vacancy, hoursPerWeek: 24, openingsLeft: 1 },
    });
    await app.publish('employers', {
      topic: VACANCY_PLACEMENT_RECORDED,
      key: vacancy.vacancyId,
      version: lateVersion,
      payload: { vacancyId: vacancy.vacancyId, referralId, openingsLeft: 0, status: 'filled' },
    });
    expect(await referral(referralId)).toMatchObject({ status: 'placed' });
    expect(await vacancyRow()).toMatchObject({
      hoursPerWeek: 24,
      openingsLeft: 1,
      status: 'open',
      version: vacancyVersion,
    });
  });

  it('counts a placement over a decline that crossed it: the target’s service took the opening', async () => {
    const { referralId } = await app.refer(vacancy);
    expect(
      (await app.as(employer(vacancy.employerId)).post(`/referrals/${referralId}/decline`, {}))
        .status,
    ).toBe(200);
    await placementOnVacancy(referralId);
    expect(await referral(referralId)).toMatchObject({ status: 'placed', version: 3 });
  });

  it.each([
    ['an unknown referral', () => randomUUID()],
    ['a referral id that is no UUID', () => 'referral-1'],
  ])('logs and drops a placement of %s, without dead-lettering it', async (_case, referralId) => {
    await placementOnVacancy(referralId());
    expect(await vacancyRow()).toMatchObject({ version: vacancyVersion });
    expect(deadLetters(VACANCY_PLACEMENT_RECORDED)).toEqual([]);
  });

  it('ignores a placement on a target other than the referral’s', async () => {
    const { referralId } = await app.refer(vacancy);
    await app.publish('training', {
      topic: SCHOOL_PLACE_PLACEMENT_RECORDED,
      key: vacancy.vacancyId,
      version: 2,
      payload: { schoolPlaceId: vacancy.vacancyId, referralId, seatsLeft: 0, status: 'full' },
    });
    expect(await referral(referralId)).toMatchObject({ status: 'referred', version: 1 });
    expect(deadLetters(SCHOOL_PLACE_PLACEMENT_RECORDED)).toEqual([]);
  });

  it('places a school-place referral from training’s placement event', async () => {
    const { schoolPlaceId, referralId } = await app.referToSchoolPlace('25LX');
    await app.publish('training', {
      topic: SCHOOL_PLACE_PLACEMENT_RECORDED,
      key: schoolPlaceId,
      version: 2,
      payload: { schoolPlaceId, referralId, seatsLeft: 3, status: 'open' },
    });
    expect(await referral(referralId)).toMatchObject({ status: 'placed', version: 2 });
    const listed = await app.as(educationProvider('25LX')).get('/referrals');
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: referralId, status: 'placed' }),
    ]);
  });
});
