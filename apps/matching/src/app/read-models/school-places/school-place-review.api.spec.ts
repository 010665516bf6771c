import { REFERRAL_CREATED } from '@bridge/contracts';
import {
  ADVISOR,
  daysFromToday,
  describeOnEachBackend,
  educationProvider,
  expectProblem,
} from '../../testing/matching-test-app.fixture';

describeOnEachBackend('accepting a school-place suggestion', (app) => {
  const review = (id: string) =>
    app.as(ADVISOR).post(`/suggestions/${id}/review`, { decision: 'accept' });

  it('makes a referral to the school, announced with its BRIN and without the candidate id', async () => {
    const place = await app.publishSchoolPlace({ brin: '27QC' });
    const matched = await app.matchedTo(place.schoolPlaceId);
    const response = await review(matched.suggestion.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'accepted',
      type: 'school-place',
      referral: { status: 'referred' },
    });
    const referralId: string = response.body.referral.id;

    const [created] = (await app.outbox(REFERRAL_CREATED)).filter(
      (event) => event.key === referralId,
    );
    expect(created.payload).toEqual({
      referralId,
      targetId: place.schoolPlaceId,
      targetType: 'school-place',
      employerId: null,
      brin: '27QC',
      regionCode: 'AM27',
      availableFrom: daysFromToday(40),
      certificates: [
        { crebo: '25016', title: 'Machinaal houtbewerker', issuedOn: daysFromToday(-30) },
      ],
    });
    expect(JSON.stringify(created)).not.toContain(matched.candidateId);
    const listed = await app.as(educationProvider('27QC')).get('/referrals');
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: referralId,
        targetId: place.schoolPlaceId,
        type: 'school-place',
      }),
    ]);
  });

  it.each([
    ['withdrawn', { status: 'withdrawn', seatsLeft: 2 }],
    ['full', { status: 'full', seatsLeft: 0 }],
    ['open but without seats left', { status: 'open', seatsLeft: 0 }],
  ])(
    'refuses (409) to accept for a place that is %s by now, and writes nothing',
    async (_case, change) => {
      const place = await app.publishSchoolPlace();
      const late = await app.matchedTo(place.schoolPlaceId);
      // The place changed but the match engine has not expired the suggestion yet.
      await app.dataSource.query(
        `UPDATE school_places SET status = $1, seats_left = $2 WHERE school_place_id = $3`,
        [change.status, change.seatsLeft, place.schoolPlaceId],
      );
      const before = await app.counts();
      const response = await review(late.suggestion.id);
      expectProblem(response, 409);
      expect(response.body.detail).toContain(
        `school place ${place.schoolPlaceId} is ${change.status}`,
      );
      expect(await app.suggestion(late.suggestion.id)).toMatchObject({
        status: 'suggested',
        reviewedBy: null,
      });
      expect(await app.counts()).toEqual(before);
    },
  );
});
