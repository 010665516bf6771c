import { randomUUID } from 'node:crypto';
import {
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  SCHOOL_PLACE_UPDATED,
  SCHOOL_PLACE_WITHDRAWN,
  SchoolPlaceState,
} from '@bridge/contracts';
import { Suggestion } from '../../match-engine/suggestion.entity';
import { Referral } from '../../review/referrals/referral.entity';
import {
  ADVISOR,
  daysFromToday,
  describeOnEachBackend,
} from '../../testing/matching-test-app.fixture';
import { SchoolPlace } from './school-place.entity';

describeOnEachBackend('school places: read model and suggestions', (app) => {
  const row = (schoolPlaceId: string) =>
    app.dataSource.manager.findOneByOrFail(SchoolPlace, { schoolPlaceId });
  const suggestedTargets = async (candidateId: string) =>
    (await app.dataSource.manager.findBy(Suggestion, { candidateId, status: 'suggested' })).map(
      (s) => s.targetId,
    );
  /** Training's next state of the place; resolves once handled, and once the match engine has caught up. */
  const update = async (
    place: SchoolPlaceState,
    version: number,
    changes: Partial<SchoolPlaceState>,
  ) => {
    await app.publish('training', {
      topic: SCHOOL_PLACE_UPDATED,
      key: place.schoolPlaceId,
      version,
      payload: { ...place, ...changes },
    });
    await app.matchingIdle();
  };
  /** An advisor accepts; returns the referral's id. */
  const accept = async (suggestionId: string): Promise<string> => {
    const response = await app
      .as(ADVISOR)
      .post(`/suggestions/${suggestionId}/review`, { decision: 'accept' });
    expect(response.status).toBe(200);
    return response.body.referral.id;
  };

  it('suggests a published school place to a certified candidate in its region, explained, and lists it by type', async () => {
    const place = await app.publishSchoolPlace();
    const vacancy = await app.publishVacancy();
    const { candidateId, suggestion } = await app.matchedTo(place.schoolPlaceId);

    expect(await row(place.schoolPlaceId)).toMatchObject({
      regionCode: 'AM27',
      seatsLeft: 4,
      minLevel: 2,
      status: 'open',
      version: 1,
    });
    expect(suggestion).toMatchObject({ type: 'school-place', status: 'suggested' });
    expect(suggestion.target).toEqual({
      title: 'Allround machinaal houtbewerker',
      municipalityCode: 'GM0796',
      startDate: place.startDate,
      brin: '25LX',
    });
    expect(suggestion.explanation.map((f) => f.factor)).toEqual([
      'qualifications',
      'distance',
      'timing',
      'covenantPi',
      'preferences',
    ]);
    expect(suggestion.explanation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          factor: 'qualifications',
          reason: 'holds all 1 required qualification; In-Made certificate in the same sector',
        }),
        expect.objectContaining({
          factor: 'distance',
          value: 1,
          reason: '0 km from the return municipality',
        }),
        expect.objectContaining({
          factor: 'covenantPi',
          value: 0,
          reason: 'offered outside a covenant',
        }),
      ]),
    );

    const schoolPlaces = await app
      .as(ADVISOR)
      .get(`/candidates/${candidateId}/suggestions`, { type: 'school-place' });
    expect(schoolPlaces.status).toBe(200);
    expect(
      schoolPlaces.body.items.map((item: Suggestion) => [item.type, item.targetId]),
    ).toContainEqual(['school-place', place.schoolPlaceId]);
    expect(schoolPlaces.body.items.every((item: Suggestion) => item.type === 'school-place')).toBe(
      true,
    );
    const vacancies = await app
      .as(ADVISOR)
      .get(`/candidates/${candidateId}/suggestions`, { type: 'vacancy' });
    expect(vacancies.body.items.map((item: Suggestion) => [item.type, item.targetId])).toEqual([
      ['vacancy', vacancy.vacancyId],
    ]);
  });

  it('does not suggest a place whose minimum level or required qualifications the candidate does not meet', async () => {
    const control = await app.publishSchoolPlace();
    const levelTooHigh = await app.publishSchoolPlace({
      entryRequirements: { minLevel: 3, requiredQualifications: [] },
    });
    const otherQualification = await app.publishSchoolPlace({
      entryRequirements: { minLevel: null, requiredQualifications: ['25016', '25008'] },
    });
    const { candidateId } = await app.matchedTo(control.schoolPlaceId);
    const targets = await suggestedTargets(candidateId);
    expect(targets).toContain(control.schoolPlaceId);
    expect(targets).not.toContain(levelTooHigh.schoolPlaceId);
    expect(targets).not.toContain(otherQualification.schoolPlaceId);
  });

  it('needs a covenant the place names to be the school’s and active at the start date', async () => {
    const own = await app.publishSchoolPlace({
      covenantId: await app.signCovenant({ brin: '25LX' }),
    });
    const othersSchool = await app.publishSchoolPlace({
      covenantId: await app.signCovenant({ brin: '30AB' }),
    });
    const endsBeforeStart = await app.publishSchoolPlace({
      covenantId: await app.signCovenant({ brin: '25LX' }, { validTo: daysFromToday(20) }),
    });
    const { candidateId, suggestion } = await app.matchedTo(own.schoolPlaceId);
    expect(suggestion.explanation).toContainEqual(
      expect.objectContaining({
        factor: 'covenantPi',
        value: 1,
        reason: 'the covenant names PI-VUGHT',
      }),
    );
    const targets = await suggestedTargets(candidateId);
    expect(targets).not.toContain(othersSchool.schoolPlaceId);
    expect(targets).not.toContain(endsBeforeStart.schoolPlaceId);
  });

  it('re-matches a place when the covenant it names arrives after it', async () => {
    const control = await app.publishSchoolPlace();
    const covenantId = randomUUID();
    const early = await app.publishSchoolPlace({ covenantId });
    const { candidateId } = await app.matchedTo(control.schoolPlaceId);
    expect(await suggestedTargets(candidateId)).not.toContain(early.schoolPlaceId);

    await app.signCovenant({ brin: '25LX' }, { covenantId });
    await app.suggestionOf(candidateId, early.schoolPlaceId);
  });

  it('scores down, and still suggests, a place to a candidate who prefers work over education', async () => {
    const place = await app.publishSchoolPlace();
    const { suggestion } = await app.matchedTo(place.schoolPlaceId, {
      preferences: { work: true, education: false },
    });
    expect(suggestion.explanation).toContainEqual(
      expect.objectContaining({
        factor: 'preferences',
        value: 0,
        reason: 'prefers work over education',
      }),
    );
  });

  it('applies a newer update and ignores an older one that arrives late', async () => {
    const place = await app.publishSchoolPlace();
    const matched = await app.matchedTo(place.schoolPlaceId);
    await update(place, 3, {
      title: 'Allround machinaal houtbewerker (avondopleiding)',
      seats: 6,
      seatsLeft: 6,
    });
    await update(place, 2, { title: 'Verouderde titel', seatsLeft: 1 });
    expect(await row(place.schoolPlaceId)).toMatchObject({
      title: 'Allround machinaal houtbewerker (avondopleiding)',
      seatsLeft: 6,
      version: 3,
    });
    expect((await app.suggestion(matched.suggestion.id)).target.title).toBe(
      'Allround machinaal houtbewerker (avondopleiding)',
    );
  });

  it.each([
    [
      'withdrawn',
      (place: SchoolPlaceState) =>
        app.publish('training', {
          topic: SCHOOL_PLACE_WITHDRAWN,
          key: place.schoolPlaceId,
          version: 2,
          payload: { schoolPlaceId: place.schoolPlaceId, brin: place.brin },
        }),
    ],
    [
      'full',
      (place: SchoolPlaceState) =>
        app.publish('training', {
          topic: SCHOOL_PLACE_UPDATED,
          key: place.schoolPlaceId,
          version: 2,
          payload: { ...place, seatsLeft: 0, status: 'full' },
        }),
    ],
  ])(
    'expires the unreviewed suggestions of a place that is %s, and leaves an accepted one',
    async (status, change) => {
      const place = await app.publishSchoolPlace();
      const unreviewed = await app.matchedTo(place.schoolPlaceId);
      const accepted = await app.matchedTo(place.schoolPlaceId);
      await accept(accepted.suggestion.id);
      const acceptedBefore = await app.suggestion(accepted.suggestion.id);

      await change(place);
      await app.matchingIdle();
      expect(await row(place.schoolPlaceId)).toMatchObject({ status, version: 2 });
      expect((await app.suggestion(unreviewed.suggestion.id)).status).toBe('expired');
      expect(await app.suggestion(accepted.suggestion.id)).toEqual(acceptedBefore);
    },
  );

  describe('placements recorded by training', () => {
    const placement = (
      place: { schoolPlaceId: string },
      version: number,
      referralId: string,
      seatsLeft: number,
      status: 'open' | 'full',
    ) =>
      app.publish('training', {
        topic: SCHOOL_PLACE_PLACEMENT_RECORDED,
        key: place.schoolPlaceId,
        version,
        payload: { schoolPlaceId: place.schoolPlaceId, referralId, seatsLeft, status },
      });
    const referral = (id: string) => app.dataSource.manager.findOneByOrFail(Referral, { id });

    it('takes the seat and places the referral in one go; the last seat expires the other suggestions', async () => {
      const { schoolPlaceId, referralId } = await app.referToSchoolPlace('25LX');
      const other = await app.matchedTo(schoolPlaceId);
      await placement({ schoolPlaceId }, 2, referralId, 3, 'open');
      expect(await row(schoolPlaceId)).toMatchObject({ seatsLeft: 3, status: 'open', version: 2 });
      expect(await referral(referralId)).toMatchObject({ status: 'placed' });
      await app.matchingIdle();
      expect((await app.suggestion(other.suggestion.id)).status).toBe('suggested');

      const secondReferralId = await accept(other.suggestion.id);
      await placement({ schoolPlaceId }, 3, secondReferralId, 0, 'full');
      await app.matchingIdle();
      expect(await row(schoolPlaceId)).toMatchObject({ seatsLeft: 0, status: 'full', version: 3 });
      expect(await referral(secondReferralId)).toMatchObject({ status: 'placed' });
      const late = await app.matchedTo((await app.publishSchoolPlace()).schoolPlaceId);
      expect(await suggestedTargets(late.candidateId)).not.toContain(schoolPlaceId);
    });

    it('places the referral even when a newer school-place event got here first, keeping the newer state', async () => {
      const place = await app.publishSchoolPlace();
      const referralId = await accept((await app.matchedTo(place.schoolPlaceId)).suggestion.id);
      await update(place, 3, { seats: 5, seatsLeft: 5 });
      await placement(place, 2, referralId, 3, 'open');
      expect(await referral(referralId)).toMatchObject({ status: 'placed' });
      expect(await row(place.schoolPlaceId)).toMatchObject({ seats: 5, seatsLeft: 5, version: 3 });
    });
  });
});
