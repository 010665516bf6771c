import { parsePayload, SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP } from '@bridge/contracts';
import { addCalendarDays, addCalendarMonths, AuditEntry } from '@bridge/platform';
import {
  CALLERS,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  problemFields,
} from '../testing/training-test-app.fixture';

interface Placed {
  placeId: string;
  placementId: string;
  referralId: string;
  startDate: string;
}

const SCHOOL = CALLERS.school;
const OTHER_SCHOOL = { sub: 'school-2', role: 'education-provider', brin: '30RT' } as const;

describeOnEachBackend('school-place placement follow-ups', (app) => {
  const followUp = (placed: Placed, body: unknown, caller: Claims = SCHOOL) =>
    app
      .as(caller)
      .post(`/school-places/${placed.placeId}/placements/${placed.placementId}/follow-ups`, body);
  const list = (caller: Claims, query: Record<string, string | number> = {}) =>
    app.as(caller).get('/placements/follow-ups', query);
  const followUpEvents = async (placed: Placed) =>
    (await app.outboxEvents(placed.placeId))
      .filter((e) => e.type === SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP)
      .map((e) => parsePayload(SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP, e.payload));

  /** A school place of `school` starting on `startDate`, with one referral placed on it. */
  const place = async (startDate: string, school: Claims & { brin: string } = SCHOOL) => {
    const published = await app.as(school).post('/school-places', {
      brin: school.brin,
      crebo: '25290',
      learningPath: 'BBL',
      municipalityCode: 'GM0796',
      startDate,
      seats: 2,
    });
    expect(published.status).toBe(201);
    const placeId = published.body.id as string;
    const referralId = await app.referToSchoolPlace(placeId, school.brin);
    const placed = await app
      .as(school)
      .post(`/school-places/${placeId}/placements`, { referralId });
    expect(placed.status).toBe(201);
    return { placeId, placementId: placed.body.placementId as string, referralId, startDate };
  };

  beforeAll(async () => {
    for (const [brin, name] of [
      [SCHOOL.brin, 'Koning Willem I College'],
      [OTHER_SCHOOL.brin, 'Deltion College'],
    ]) {
      const res = await app
        .as(CALLERS.admin)
        .post('/providers', { brin, name, municipalityCode: 'GM0796' });
      expect(res.status).toBe(201);
    }
  });

  afterEach(() => jest.restoreAllMocks());

  it('lists a checkpoint as due from its date on, due ones first; a school sees its own places, an admin all', async () => {
    const early = await place(daysFromToday(5));
    const late = await place(daysFromToday(15));
    const other = await place(daysFromToday(6), OTHER_SCHOOL);
    const dueOn = addCalendarMonths(late.startDate, 3);
    const ids = [early.placementId, late.placementId, other.placementId];
    const mine = (body: { items: { placementId: string; checkpoint: string }[] }) =>
      body.items
        .filter((i) => ids.includes(i.placementId))
        .map((i) => [ids.indexOf(i.placementId), i.checkpoint]);

    app.pinToday(addCalendarDays(dueOn, -1));
    expect(mine((await list(SCHOOL)).body)).toEqual([[0, '3-months']]);

    app.pinToday(dueOn);
    const due = await list(SCHOOL, { status: 'due' });
    expect(due.status).toBe(200);
    expect(mine(due.body)).toEqual([
      [0, '3-months'],
      [1, '3-months'],
    ]);
    expect(due.body.items.find((i: Placed) => i.placementId === late.placementId)).toEqual({
      placementId: late.placementId,
      targetId: late.placeId,
      targetTitle: expect.any(String),
      referralId: late.referralId,
      startDate: late.startDate,
      checkpoint: '3-months',
      dueOn,
      holds: null,
      endedOn: null,
      recordedAt: null,
    });
    expect(mine((await list(SCHOOL, { status: 'all' })).body)).toEqual([
      [0, '3-months'],
      [1, '3-months'],
      [0, '6-months'],
      [1, '6-months'],
    ]);
    expect(mine((await list(CALLERS.admin)).body)).toEqual([
      [0, '3-months'],
      [2, '3-months'],
      [1, '3-months'],
    ]);
    expect((await list(CALLERS.denBoschAdvisor)).status).toBe(403);
  });

  it('records an answer on its due date: 201, the event in the outbox, audited, listed as recorded', async () => {
    const placed = await place(daysFromToday(3));
    const dueOn = addCalendarMonths(placed.startDate, 6);
    app.pinToday(dueOn);
    const res = await followUp(placed, { checkpoint: '6-months', holds: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      placementId: placed.placementId,
      targetId: placed.placeId,
      referralId: placed.referralId,
      checkpoint: '6-months',
      dueOn,
      holds: true,
      endedOn: null,
      recordedAt: expect.stringMatching(new RegExp(`^${dueOn}T`)),
    });
    expect(await followUpEvents(placed)).toEqual([
      {
        schoolPlaceId: placed.placeId,
        placementId: placed.placementId,
        referralId: placed.referralId,
        checkpoint: '6-months',
        holds: true,
        endedOn: null,
      },
    ]);
    const audited = await app.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'placement.followed-up', referralId: placed.referralId });
    expect(audited.map((e) => [e.actor, e.targetId])).toEqual([[SCHOOL.sub, placed.placeId]]);
    const recorded = await list(SCHOOL, { status: 'recorded' });
    expect(recorded.body.items).toContainEqual(res.body);
  });

  it('answers the 6-month checkpoint too when the placement ended before 3 months, then refuses it with 409', async () => {
    const placed = await place(daysFromToday(2));
    const endedOn = addCalendarDays(placed.startDate, 30);
    app.pinToday(addCalendarMonths(placed.startDate, 4));
    const res = await followUp(placed, { checkpoint: '3-months', holds: false, endedOn });
    expect(res.status).toBe(201);
    expect((await followUpEvents(placed)).map((e) => [e.checkpoint, e.holds, e.endedOn])).toEqual([
      ['3-months', false, endedOn],
      ['6-months', false, endedOn],
    ]);
    app.pinToday(addCalendarMonths(placed.startDate, 6));
    const again = await app.expectRefused(
      () => followUp(placed, { checkpoint: '6-months', holds: true }),
      409,
      'checkpoint',
    );
    expect(again.detail).toMatch(/recorded already/);
  });

  it('refuses with 409 before the due date, and 404 out of scope, writing nothing', async () => {
    const placed = await place(daysFromToday(4));
    const elsewhere = await place(daysFromToday(4));
    const dueOn = addCalendarMonths(placed.startDate, 3);
    app.pinToday(addCalendarDays(dueOn, -1));
    const body = { checkpoint: '3-months', holds: true };
    await app.expectRefused(() => followUp(placed, body), 409, 'checkpoint');
    app.pinToday(dueOn);
    await app.expectRefused(() => followUp(placed, body, OTHER_SCHOOL), 404);
    await app.expectRefused(
      () => followUp({ ...placed, placementId: elsewhere.placementId }, body),
      404,
    );
    await app.expectRefused(
      () => followUp({ ...placed, placementId: '0c7e5b1a-9f3d-4e2a-8b6c-5d4f3e2a1b0c' }, body),
      404,
    );
    await app.expectRefused(() => followUp(placed, body, CALLERS.denBoschAdvisor), 403);
  });

  it.each([
    ['an unknown checkpoint', { checkpoint: '1-year', holds: true }, 'checkpoint'],
    ['no holds', { checkpoint: '3-months' }, 'holds'],
    ['endedOn while holding', { checkpoint: '3-months', holds: true, endedOn: 'START' }, 'endedOn'],
    ['endedOn no date', { checkpoint: '3-months', holds: false, endedOn: '15-10-2026' }, 'endedOn'],
    [
      'endedOn in the future',
      { checkpoint: '3-months', holds: false, endedOn: 'TOMORROW' },
      'endedOn',
    ],
    [
      'endedOn before the start',
      { checkpoint: '3-months', holds: false, endedOn: 'EVE' },
      'endedOn',
    ],
    [
      'endedOn after the checkpoint',
      { checkpoint: '3-months', holds: false, endedOn: 'TODAY' },
      'endedOn',
    ],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_case, body, field) => {
    const placed = await place(daysFromToday(6));
    const today = addCalendarDays(addCalendarMonths(placed.startDate, 3), 1);
    app.pinToday(today);
    const dates: Record<string, string> = {
      START: placed.startDate,
      TOMORROW: addCalendarDays(today, 1),
      EVE: addCalendarDays(placed.startDate, -1),
      TODAY: today,
    };
    const dated = {
      ...body,
      ...('endedOn' in body && { endedOn: dates[body.endedOn] ?? body.endedOn }),
    };
    const problem = await app.expectRefused(() => followUp(placed, dated), 400, field);
    expect(problemFields(problem)).toEqual([field]);
  });

  it('refuses a placement id that is no UUID and a bad status filter with a 400 naming them', async () => {
    const placed = await place(daysFromToday(7));
    await app.expectRefused(
      () => followUp({ ...placed, placementId: 'x' }, { checkpoint: '3-months', holds: true }),
      400,
      'placementId',
    );
    const res = await list(SCHOOL, { status: 'pending' });
    expect(res.status).toBe(400);
    expect(problemFields(res.body)).toEqual(['status']);
  });
});
