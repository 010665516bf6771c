import {
  parsePayload,
  REFERRAL_DECLINED,
  REFERRAL_WITHDRAWN,
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  SCHOOL_PLACE_PUBLISHED,
} from '@bridge/contracts';
import { AuditEntry } from '@bridge/platform';
import { expectEventually } from '@bridge/testing';
import { CALLERS, Claims, describeOnEachBackend } from '../testing/training-test-app.fixture';

interface PlacementBody {
  placementId: string;
  schoolPlaceId: string;
  referralId: string;
  seatsLeft: number;
  status: string;
}

const SCHOOL = CALLERS.school;

describeOnEachBackend('POST /school-places/:id/placements', (app) => {
  beforeAll(async () => {
    const response = await app
      .http()
      .post('/providers')
      .set('Authorization', await app.auth(CALLERS.admin))
      .send({ brin: SCHOOL.brin, name: 'School', municipalityCode: 'GM0796' });
    expect(response.status).toBe(201);
  });

  async function publish(seats: number): Promise<string> {
    const response = await app
      .http()
      .post('/school-places')
      .set('Authorization', await app.auth(SCHOOL))
      .send({
        brin: SCHOOL.brin,
        crebo: '25290',
        learningPath: 'BBL',
        municipalityCode: 'GM0796',
        startDate: '2027-02-01',
        seats,
      });
    expect(response.status).toBe(201);
    return (response.body as { id: string }).id;
  }

  async function place(claims: Claims, placeId: string, referralId: string, key?: string) {
    const req = app
      .http()
      .post(`/school-places/${placeId}/placements`)
      .set('Authorization', await app.auth(claims));
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send({ referralId });
  }

  async function placeState(placeId: string) {
    const response = await app
      .http()
      .get(`/school-places/${placeId}`)
      .set('Authorization', await app.auth(CALLERS.admin));
    return response.body as {
      seatsLeft: number;
      status: string;
      version: number;
    };
  }

  it('takes one seat, bumps the version and records the event; the last seat sets full', async () => {
    const placeId = await publish(2);
    const first = await app.referToSchoolPlace(placeId, SCHOOL.brin);
    const second = await app.referToSchoolPlace(placeId, SCHOOL.brin);

    const response = await place(SCHOOL, placeId, first);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      placementId: expect.any(String),
      schoolPlaceId: placeId,
      referralId: first,
      seatsLeft: 1,
      status: 'open',
    });
    const last = await place(CALLERS.admin, placeId, second);
    expect(last.status).toBe(201);
    expect(last.body).toEqual({
      placementId: expect.any(String),
      schoolPlaceId: placeId,
      referralId: second,
      seatsLeft: 0,
      status: 'full',
    });
    expect(await placeState(placeId)).toMatchObject({
      seatsLeft: 0,
      status: 'full',
      version: 3,
    });

    const events = await app.outboxEvents(placeId);
    expect(events.map((e) => [e.type, e.version])).toEqual([
      [SCHOOL_PLACE_PUBLISHED, 1],
      [SCHOOL_PLACE_PLACEMENT_RECORDED, 2],
      [SCHOOL_PLACE_PLACEMENT_RECORDED, 3],
    ]);
    expect(parsePayload(SCHOOL_PLACE_PLACEMENT_RECORDED, events[2].payload)).toEqual({
      schoolPlaceId: placeId,
      referralId: second,
      seatsLeft: 0,
      status: 'full',
    });

    // Each placement is a decision about a referred candidate: audited with the referral.
    const audited = await app.dataSource
      .getRepository(AuditEntry)
      .find({ where: { targetId: placeId }, order: { id: 'ASC' } });
    expect(audited.map((e) => [e.actor, e.action, e.referralId])).toEqual([
      [SCHOOL.sub, 'referral.placed', first],
      [CALLERS.admin.sub, 'referral.placed', second],
    ]);
  });

  it.each([
    ['withdrawn', REFERRAL_WITHDRAWN],
    ['declined', REFERRAL_DECLINED],
  ] as const)(
    'answers 409 naming referralId to a referral that was %s, and writes nothing',
    async (status, topic) => {
      const placeId = await publish(1);
      const referral = await app.referToSchoolPlace(placeId, SCHOOL.brin);
      await app.publish(topic, referral, 2, {
        referralId: referral,
        targetId: placeId,
        targetType: 'school-place',
      });
      await expectEventually(async () =>
        expect((await app.referralRow(referral))?.status).toBe(status),
      );
      await app.expectRefused(() => place(SCHOOL, placeId, referral), 409, 'referralId');
    },
  );

  it('answers a retry with the same Idempotency-Key with the first result', async () => {
    const placeId = await publish(3);
    const referral = await app.referToSchoolPlace(placeId, SCHOOL.brin);
    const first = await place(SCHOOL, placeId, referral, 'placement-1');
    expect(first.status).toBe(201);
    const retry = await place(SCHOOL, placeId, referral, 'placement-1');
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((await placeState(placeId)).seatsLeft).toBe(2);
  });

  it('gives 5 seats to exactly 5 of 20 parallel placements', async () => {
    const placeId = await publish(5);
    const referrals: string[] = [];
    for (let i = 0; i < 20; i++) referrals.push(await app.referToSchoolPlace(placeId, SCHOOL.brin));
    await app.token(SCHOOL);

    const responses = await Promise.all(
      referrals.map((referralId) => place(SCHOOL, placeId, referralId)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    const seatsLeft = responses
      .filter((r) => r.status === 201)
      .map((r) => (r.body as PlacementBody).seatsLeft)
      .sort();
    expect(seatsLeft).toEqual([0, 1, 2, 3, 4]);
    expect(await placeState(placeId)).toMatchObject({
      seatsLeft: 0,
      status: 'full',
      version: 6,
    });
    const events = await app.outboxEvents(placeId);
    expect(events.filter((e) => e.type === SCHOOL_PLACE_PLACEMENT_RECORDED)).toHaveLength(5);
  });
});
