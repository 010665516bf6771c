import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  deadLetterTopic,
  REFERRAL_WITHDRAWN,
  SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP,
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  SchoolPlaceState,
  VACANCY_PLACEMENT_FOLLOWED_UP,
  VACANCY_PLACEMENT_RECORDED,
  VacancyState,
} from '@bridge/contracts';
import { Suggestion } from '../../match-engine/suggestion.entity';
import { PlacementAftermath1764300001500 } from '../../migrations/1764300001500-placement-aftermath';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  daysFromToday,
  describeOnEachBackend,
  educationProvider,
  employer,
} from '../../testing/matching-test-app.fixture';
import { Referral } from './referral.entity';

/** What matching does once a target's service placed a candidate (issue 11, part 4). */
describeOnEachBackend('after a placement', (app) => {
  /** Placement events of one vacancy need rising versions; 100 + n stays above its published version. */
  let placementVersion = 100;

  const referralRow = (id: string) => app.dataSource.manager.findOneByOrFail(Referral, { id });
  const suggestionsOf = (candidateId: string) =>
    app.dataSource.manager.findBy(Suggestion, { candidateId });
  const withdrawnEvents = async (referralId: string) =>
    (await app.outbox(REFERRAL_WITHDRAWN)).filter((event) => event.key === referralId);

  /** One certified candidate with a suggestion of each target; returns its id and suggestions by target id. */
  async function candidateMatchedTo(targetIds: string[], candidate: Record<string, unknown> = {}) {
    const candidateId = await app.registerCandidate(candidate);
    await app.certify(candidateId);
    for (const targetId of targetIds) await app.suggestionOf(candidateId, targetId);
    await app.matchingIdle();
    const suggestions = new Map<string, Suggestion>();
    for (const targetId of targetIds)
      suggestions.set(targetId, await app.suggestionOf(candidateId, targetId));
    return { candidateId, suggestions };
  }

  async function accept(suggestion: Suggestion | undefined): Promise<string> {
    if (!suggestion) throw new Error('no suggestion to accept');
    const response = await app
      .as(ADVISOR)
      .post(`/suggestions/${suggestion.id}/review`, { decision: 'accept' });
    expect(response.status).toBe(200);
    return response.body.referral.id;
  }

  const placeAtVacancy = (vacancy: VacancyState, referralId: string) =>
    app.publish('employers', {
      topic: VACANCY_PLACEMENT_RECORDED,
      key: vacancy.vacancyId,
      version: ++placementVersion,
      payload: { vacancyId: vacancy.vacancyId, referralId, openingsLeft: 1, status: 'open' },
    });

  const placeAtSchoolPlace = (schoolPlace: SchoolPlaceState, referralId: string) =>
    app.publish('training', {
      topic: SCHOOL_PLACE_PLACEMENT_RECORDED,
      key: schoolPlace.schoolPlaceId,
      version: ++placementVersion,
      payload: {
        schoolPlaceId: schoolPlace.schoolPlaceId,
        referralId,
        seatsLeft: 3,
        status: 'open',
      },
    });

  describe('a candidate referred to two vacancies and a school place, with one open suggestion', () => {
    let vacancyA: VacancyState;
    let vacancyB: VacancyState;
    let vacancyD: VacancyState;
    let schoolPlace: SchoolPlaceState;
    let candidateId: string;
    let referralA: string;
    let referralB: string;
    let schoolReferral: string;
    let openSuggestion: Suggestion;

    beforeAll(async () => {
      vacancyA = await app.publishVacancy();
      vacancyB = await app.publishVacancy();
      vacancyD = await app.publishVacancy();
      schoolPlace = await app.publishSchoolPlace({ brin: '30XX', learningPath: 'BBL' });
      const matched = await candidateMatchedTo([
        vacancyA.vacancyId,
        vacancyB.vacancyId,
        vacancyD.vacancyId,
        schoolPlace.schoolPlaceId,
      ]);
      candidateId = matched.candidateId;
      referralA = await accept(matched.suggestions.get(vacancyA.vacancyId));
      referralB = await accept(matched.suggestions.get(vacancyB.vacancyId));
      schoolReferral = await accept(matched.suggestions.get(schoolPlace.schoolPlaceId));
      openSuggestion = await app.suggestion(
        (matched.suggestions.get(vacancyD.vacancyId) as Suggestion).id,
      );
      await app.matchingIdle();
      const kept = await app
        .as(ADVISOR)
        .post(`/referrals/${schoolReferral}/keep-standing`, { note: 'BBL naast de baan' });
      expect(kept.status).toBe(200);
      await placeAtVacancy(vacancyA, referralA);
    });

    it('withdraws the other standing referral as placed elsewhere, and tells its employer why', async () => {
      expect(await referralRow(referralA)).toMatchObject({
        status: 'placed',
        placedOn: daysFromToday(0),
        withdrawalReason: null,
      });
      expect(await referralRow(referralB)).toMatchObject({
        status: 'withdrawn',
        withdrawalReason: 'placed-elsewhere',
        version: 2,
      });
      const [event] = await withdrawnEvents(referralB);
      expect(event.payload).toEqual({
        referralId: referralB,
        targetId: vacancyB.vacancyId,
        targetType: 'vacancy',
        reason: 'placed-elsewhere',
      });
      const listed = await app.as(employer(vacancyB.employerId)).get('/referrals');
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({
          id: referralB,
          status: 'withdrawn',
          withdrawalReason: 'placed-elsewhere',
        }),
      ]);
      const withdrawnOnly = await app
        .as(employer(vacancyB.employerId))
        .get('/referrals', { status: 'withdrawn' });
      expect(withdrawnOnly.body.items.map((item: { id: string }) => item.id)).toEqual([referralB]);
    });

    it('leaves the referral an advisor kept standing as it was, without an event', async () => {
      expect(await referralRow(schoolReferral)).toMatchObject({
        status: 'referred',
        withdrawalReason: null,
        version: 1,
      });
      expect(await withdrawnEvents(schoolReferral)).toEqual([]);
      const listed = await app.as(educationProvider('30XX')).get('/referrals');
      expect(listed.body.items).toEqual([
        expect.objectContaining({ id: schoolReferral, status: 'referred', withdrawalReason: null }),
      ]);
    });

    it('shows each referral’s reason and the kept-standing choice to those who follow the candidate', async () => {
      const response = await app.as(CASEMANAGER).get(`/candidates/${candidateId}/referrals`);
      expect(response.status).toBe(200);
      const byId = new Map(
        response.body.items.map((item: { id: string }) => [item.id, item] as const),
      );
      expect(byId.get(referralA)).toMatchObject({
        status: 'placed',
        withdrawalReason: null,
        keptStanding: null,
      });
      expect(byId.get(referralB)).toMatchObject({
        status: 'withdrawn',
        withdrawalReason: 'placed-elsewhere',
        keptStanding: null,
      });
      expect(byId.get(schoolReferral)).toMatchObject({
        status: 'referred',
        withdrawalReason: null,
        keptStanding: {
          by: ADVISOR.sub,
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          note: 'BBL naast de baan',
        },
      });
    });

    it('expires the open suggestion as placed, and it stays expired after a recompute', async () => {
      const expired = await app
        .as(ADVISOR)
        .get(`/candidates/${candidateId}/suggestions`, { status: 'expired' });
      expect(expired.body.items).toEqual([
        expect.objectContaining({
          id: openSuggestion.id,
          status: 'expired',
          expiryReason: 'placed',
        }),
      ]);
      // A change of the candidate recomputes it; a new vacancy in its reach is judged against it.
      const patched = await app
        .as(CASEMANAGER)
        .patch(`/candidates/${candidateId}`, { vogOutlook: 'unknown' });
      expect(patched.status).toBe(200);
      const newVacancy = await app.publishVacancy();
      const other = await app.matchedSuggestion(newVacancy);
      expect(other.suggestion.status).toBe('suggested');
      await app.matchingIdle();
      const suggestions = await suggestionsOf(candidateId);
      expect(suggestions.find((s) => s.id === openSuggestion.id)).toMatchObject({
        status: 'expired',
        expiryReason: 'placed',
      });
      expect(suggestions.filter((s) => s.status === 'suggested')).toEqual([]);
      expect(suggestions.find((s) => s.targetId === newVacancy.vacancyId)).toBeUndefined();
    });

    it('shows where and since when the candidate is placed, in its own view and the list', async () => {
      const placement = {
        targetType: 'vacancy',
        targetId: vacancyA.vacancyId,
        title: vacancyA.title,
        startDate: vacancyA.startDate,
        placedOn: daysFromToday(0),
      };
      const response = await app.as(ADVISOR).get(`/candidates/${candidateId}`);
      expect(response.status).toBe(200);
      expect(response.body.placement).toEqual(placement);
      expect(response.body.status).toBe('active');
      const listed = await app.as(CASEMANAGER).get('/candidates', { limit: '100' });
      const item = listed.body.items.find((c: { id: string }) => c.id === candidateId);
      expect(item.placement).toEqual(placement);
    });

    it('changes nothing when the placement is delivered again', async () => {
      const before = await app.counts();
      const placement = (await app.outbox(REFERRAL_WITHDRAWN)).length;
      await placeAtVacancy(vacancyA, referralA);
      expect(await referralRow(referralA)).toMatchObject({ status: 'placed', version: 2 });
      expect(await referralRow(referralB)).toMatchObject({ version: 2 });
      expect((await app.outbox(REFERRAL_WITHDRAWN)).length).toBe(placement);
      expect(await app.counts()).toEqual(before);
    });

    it('a placement on the kept-standing referral places it too, and becomes the latest placement', async () => {
      await placeAtSchoolPlace(schoolPlace, schoolReferral);
      expect(await referralRow(schoolReferral)).toMatchObject({ status: 'placed' });
      expect(await referralRow(referralA)).toMatchObject({ status: 'placed' });
      const response = await app.as(ADMIN).get(`/candidates/${candidateId}`);
      expect(response.body.placement).toEqual({
        targetType: 'school-place',
        targetId: schoolPlace.schoolPlaceId,
        title: schoolPlace.title,
        startDate: schoolPlace.startDate,
        placedOn: daysFromToday(0),
      });
      // B's employer placed the candidate an hour ago, crossing the withdrawal: B's word counts for its
      // referral, but the candidate's latest placement stays the school place.
      const late = createEnvelope('employers', {
        topic: VACANCY_PLACEMENT_RECORDED,
        key: vacancyB.vacancyId,
        version: ++placementVersion,
        payload: {
          vacancyId: vacancyB.vacancyId,
          referralId: referralB,
          openingsLeft: 1,
          status: 'open',
        },
      });
      await app.redeliver({
        ...late,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      });
      expect(await referralRow(referralB)).toMatchObject({
        status: 'placed',
        withdrawalReason: null,
      });
      expect((await app.as(ADMIN).get(`/candidates/${candidateId}`)).body.placement).toMatchObject({
        targetId: schoolPlace.schoolPlaceId,
      });
      const listed = await app.as(employer(vacancyB.employerId)).get('/referrals');
      expect(listed.body.items).toEqual([
        expect.objectContaining({ id: referralB, status: 'placed', withdrawalReason: null }),
      ]);
    });
  });

  describe('withdrawals for every cause carry their reason', () => {
    it('sends candidate-left when the candidate leaves, and consent-withdrawn for consent', async () => {
      const vacancy = await app.publishVacancy();
      const left = await app.refer(vacancy);
      const leaving = await app
        .as(CASEMANAGER)
        .post(`/candidates/${left.candidateId}/leave`, { reason: 'window-passed' });
      expect(leaving.status).toBe(200);
      expect((await withdrawnEvents(left.referralId))[0].payload).toMatchObject({
        reason: 'candidate-left',
      });

      const consent = await app.refer(vacancy);
      expect(
        (
          await app.as(CASEMANAGER).patch(`/candidates/${consent.candidateId}`, {
            consent: { shareAnonymisedProfile: false },
          })
        ).status,
      ).toBe(200);
      expect((await withdrawnEvents(consent.referralId))[0].payload).toMatchObject({
        reason: 'consent-withdrawn',
      });
      expect(await referralRow(consent.referralId)).toMatchObject({
        withdrawalReason: 'consent-withdrawn',
      });

      const gone = await app.refer(vacancy);
      await app
        .as(CASEMANAGER)
        .post(`/candidates/${gone.candidateId}/leave`, { reason: 'consent-withdrawn' });
      expect((await withdrawnEvents(gone.referralId))[0].payload).toMatchObject({
        reason: 'consent-withdrawn',
      });
      // Left or without consent: the employer no longer sees the profile.
      const listed = await app.as(employer(vacancy.employerId)).get('/referrals');
      expect(listed.body.items).toEqual([]);
    });

    it('places a referral whose withdrawal crossed the placement, and drops the withdrawal reason', async () => {
      const vacancy = await app.publishVacancy();
      const { candidateId, referralId } = await app.refer(vacancy);
      await app.as(CASEMANAGER).post(`/candidates/${candidateId}/leave`, {});
      expect(await referralRow(referralId)).toMatchObject({
        status: 'withdrawn',
        withdrawalReason: 'candidate-left',
      });
      await placeAtVacancy(vacancy, referralId);
      expect(await referralRow(referralId)).toMatchObject({
        status: 'placed',
        withdrawalReason: null,
      });
      const response = await app.as(ADMIN).get(`/candidates/${candidateId}`);
      expect(response.body).toMatchObject({
        status: 'left',
        placement: { targetId: vacancy.vacancyId, placedOn: daysFromToday(0) },
      });
    });
  });

  describe('follow-ups at 3 and 6 months', () => {
    const funnelTotals = async () => {
      const response = await app.as(ADMIN).get('/insights/funnel');
      expect(response.status).toBe(200);
      const { placed, placedHolding3Months, placedHolding6Months } = response.body;
      const pi = response.body.byPi.find((row: { piCode: string }) => row.piCode === 'PI-VUGHT');
      const region = response.body.byRegion.find(
        (row: { regionCode: string }) => row.regionCode === 'AM27',
      );
      return {
        total: { placed, placedHolding3Months, placedHolding6Months },
        pi: [pi.placed, pi.placedHolding3Months, pi.placedHolding6Months],
        region: [region.placed, region.placedHolding3Months, region.placedHolding6Months],
      };
    };

    const followUpOfVacancy = (
      vacancy: VacancyState,
      referralId: string,
      checkpoint: '3-months' | '6-months',
      holds: boolean,
      endedOn: string | null = null,
    ) =>
      app.publish('employers', {
        topic: VACANCY_PLACEMENT_FOLLOWED_UP,
        key: vacancy.vacancyId,
        version: ++placementVersion,
        payload: {
          vacancyId: vacancy.vacancyId,
          placementId: randomUUID(),
          referralId,
          checkpoint,
          holds,
          endedOn,
        },
      });

    it('counts placements confirmed to hold at each checkpoint, in total, per region and per PI', async () => {
      const vacancy = await app.publishVacancy();
      const holding = await app.refer(vacancy);
      const ending = await app.refer(vacancy);
      await placeAtVacancy(vacancy, holding.referralId);
      await placeAtVacancy(vacancy, ending.referralId);
      const before = await funnelTotals();

      const threeMonths = await followUpOfVacancy(vacancy, holding.referralId, '3-months', true);
      await followUpOfVacancy(vacancy, ending.referralId, '3-months', true);
      await followUpOfVacancy(vacancy, holding.referralId, '6-months', true);
      await followUpOfVacancy(vacancy, ending.referralId, '6-months', false, daysFromToday(-10));
      await app.redeliver(threeMonths);

      const after = await funnelTotals();
      expect(after.total).toEqual({
        placed: before.total.placed,
        placedHolding3Months: before.total.placedHolding3Months + 2,
        placedHolding6Months: before.total.placedHolding6Months + 1,
      });
      expect(after.pi).toEqual([before.pi[0], before.pi[1] + 2, before.pi[2] + 1]);
      expect(after.region).toEqual([before.region[0], before.region[1] + 2, before.region[2] + 1]);
      expect(await referralRow(ending.referralId)).toMatchObject({
        holdsAt3Months: true,
        holdsAt6Months: false,
        endedOn: daysFromToday(-10),
        version: 2,
      });
      expect(await referralRow(holding.referralId)).toMatchObject({
        holdsAt3Months: true,
        holdsAt6Months: true,
        endedOn: null,
      });
    });

    it('keeps a follow-up that arrives before its placement, and counts it once placed', async () => {
      const vacancy = await app.publishVacancy();
      const { referralId } = await app.refer(vacancy);
      const before = await funnelTotals();
      await followUpOfVacancy(vacancy, referralId, '3-months', true);
      expect((await funnelTotals()).total).toEqual(before.total);
      await placeAtVacancy(vacancy, referralId);
      expect((await funnelTotals()).total).toEqual({
        placed: before.total.placed + 1,
        placedHolding3Months: before.total.placedHolding3Months + 1,
        placedHolding6Months: before.total.placedHolding6Months,
      });
    });

    it('takes a school’s follow-up, and drops those of unknown referrals or other targets without dead-lettering', async () => {
      const { schoolPlaceId, referralId } = await app.referToSchoolPlace('31XX');
      await app.publish('training', {
        topic: SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP,
        key: schoolPlaceId,
        version: 2,
        payload: {
          schoolPlaceId,
          placementId: randomUUID(),
          referralId,
          checkpoint: '3-months',
          holds: false,
          endedOn: null,
        },
      });
      expect(await referralRow(referralId)).toMatchObject({ holdsAt3Months: false });

      const vacancy = await app.publishVacancy();
      await followUpOfVacancy(vacancy, randomUUID(), '3-months', true);
      await followUpOfVacancy(vacancy, referralId, '6-months', true);
      expect(await referralRow(referralId)).toMatchObject({ holdsAt6Months: null });
      expect(app.bus.retainedMessages(deadLetterTopic(VACANCY_PLACEMENT_FOLLOWED_UP))).toEqual([]);
    });
  });

  it('undoes and redoes migration 1500: placed expiries become no-longer-matches, the new columns go and come back', async () => {
    const vacancy = await app.publishVacancy();
    const other = await app.publishVacancy();
    const { suggestions } = await candidateMatchedTo([vacancy.vacancyId, other.vacancyId]);
    await placeAtVacancy(vacancy, await accept(suggestions.get(vacancy.vacancyId)));
    const openOne = (suggestions.get(other.vacancyId) as Suggestion).id;
    // One connection throughout: the embedded database has no second one to give.
    const queryRunner = app.dataSource.createQueryRunner();
    const reasonOf = async () =>
      (
        (await queryRunner.query('SELECT expiry_reason FROM suggestions WHERE id = $1', [
          openOne,
        ])) as { expiry_reason: string }[]
      )[0].expiry_reason;
    const columns = async () =>
      (
        (await queryRunner.query(
          `SELECT count(*)::int AS n FROM information_schema.columns
            WHERE (table_name = 'candidates' AND column_name = 'placement')
               OR (table_name = 'referrals' AND column_name IN ('withdrawal_reason', 'kept_standing_by', 'holds_at_3_months'))`,
        )) as { n: number }[]
      )[0].n;
    const migration = new PlacementAftermath1764300001500();
    try {
      expect(await reasonOf()).toBe('placed');
      expect(await columns()).toBe(4);
      await migration.down(queryRunner);
      expect(await reasonOf()).toBe('no-longer-matches');
      expect(await columns()).toBe(0);
      await expect(
        queryRunner.query(`UPDATE suggestions SET expiry_reason = 'placed' WHERE id = $1`, [
          openOne,
        ]),
      ).rejects.toThrow(/suggestions_expiry_reason_check/);
      await migration.up(queryRunner);
      expect(await columns()).toBe(4);
      await queryRunner.query(`UPDATE suggestions SET expiry_reason = 'placed' WHERE id = $1`, [
        openOne,
      ]);
      expect(await reasonOf()).toBe('placed');
    } finally {
      await queryRunner.release();
    }
  });
});
