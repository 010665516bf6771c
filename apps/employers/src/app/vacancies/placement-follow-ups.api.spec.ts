import { EventEnvelope, VACANCY_PLACEMENT_FOLLOWED_UP } from '@bridge/contracts';
import { addCalendarDays, addCalendarMonths, AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  daysFromToday,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
  UWV_ADVISOR,
} from '../testing/employers-test-app.fixture';

interface Placed {
  vacancyId: string;
  placementId: string;
  referralId: string;
  startDate: string;
}

describeOnEachBackend('placement follow-ups API', (app) => {
  let employerId: string;
  let otherEmployerId: string;
  let covenantId: string;
  let otherCovenantId: string;
  const employer = () => app.as(employerClaims(employerId));
  const followUp = (placed: Placed, body: unknown, caller = employerClaims(employerId)) =>
    app
      .as(caller)
      .post(`/vacancies/${placed.vacancyId}/placements/${placed.placementId}/follow-ups`, body);
  const followUpEvents = async (placementId: string) =>
    (
      (await app.outbox(VACANCY_PLACEMENT_FOLLOWED_UP)) as EventEnvelope<
        typeof VACANCY_PLACEMENT_FOLLOWED_UP
      >[]
    ).filter((e) => e.payload.placementId === placementId);

  /** A vacancy of `owner` starting on `startDate`, with one referral placed on it. */
  const place = async (
    startDate: string,
    owner = employerId,
    covenant = covenantId,
  ): Promise<Placed> => {
    const vacancy = await app.publishVacancy(owner, covenant, { startDate });
    const referralId = await app.refer(vacancy);
    const res = await app
      .as(employerClaims(owner))
      .post(`/vacancies/${vacancy.id}/placements`, { referralId });
    expect(res.status).toBe(201);
    return { vacancyId: vacancy.id, placementId: res.body.placementId, referralId, startDate };
  };

  beforeAll(async () => {
    employerId = (await app.registerEmployer()).id;
    otherEmployerId = (await app.registerEmployer()).id;
    covenantId = (await app.signCovenant({ employerId })).id;
    otherCovenantId = (await app.signCovenant({ employerId: otherEmployerId })).id;
  });

  afterEach(() => jest.restoreAllMocks());

  describe('GET /placements/follow-ups', () => {
    it('lists a checkpoint as due from its date on, calendar months after the start date, due ones first', async () => {
      const early = await place(daysFromToday(5));
      const late = await place(daysFromToday(20));
      const dueOn = addCalendarMonths(late.startDate, 3);
      const mine = (items: { placementId: string; checkpoint: string }[]) =>
        items.filter((i) => [early.placementId, late.placementId].includes(i.placementId));

      app.pinToday(addCalendarDays(dueOn, -1));
      const before = await employer().get('/placements/follow-ups', { status: 'due' });
      expect(before.status).toBe(200);
      expect(mine(before.body.items)).toEqual([
        expect.objectContaining({ placementId: early.placementId, checkpoint: '3-months' }),
      ]);

      app.pinToday(dueOn);
      const due = await employer().get('/placements/follow-ups');
      expect(mine(due.body.items)).toEqual([
        {
          placementId: early.placementId,
          targetId: early.vacancyId,
          targetTitle: 'Medewerker houtbewerking',
          referralId: early.referralId,
          startDate: early.startDate,
          checkpoint: '3-months',
          dueOn: addCalendarMonths(early.startDate, 3),
          holds: null,
          endedOn: null,
          recordedAt: null,
        },
        expect.objectContaining({ placementId: late.placementId, checkpoint: '3-months', dueOn }),
      ]);

      const all = await employer().get('/placements/follow-ups', { status: 'all' });
      expect(mine(all.body.items).map((i: { checkpoint: string }) => i.checkpoint)).toEqual([
        '3-months',
        '3-months',
        '6-months',
        '6-months',
      ]);
      expect(mine(all.body.items)[3]).toMatchObject({
        placementId: late.placementId,
        dueOn: addCalendarMonths(late.startDate, 6),
      });
    });

    it('pages with a cursor and shows an employer only its own vacancies, an admin all', async () => {
      const own = await place(daysFromToday(7));
      const other = await place(daysFromToday(7), otherEmployerId, otherCovenantId);
      app.pinToday(addCalendarMonths(daysFromToday(7), 6));
      const ids = async (claims: Parameters<typeof app.as>[0]) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const res = await app
            .as(claims)
            .get('/placements/follow-ups', { limit: 1, ...(cursor && { cursor }) });
          expect(res.status).toBe(200);
          expect(res.body.items.length).toBeLessThanOrEqual(1);
          seen.push(...res.body.items.map((i: Placed & { checkpoint: string }) => i.placementId));
          cursor = res.body.nextCursor;
        } while (cursor);
        return seen;
      };
      const employers = await ids(employerClaims(employerId));
      expect(employers.filter((id) => id === own.placementId)).toHaveLength(2);
      expect(employers).not.toContain(other.placementId);
      const admins = await ids(ADMIN);
      expect(admins.filter((id) => id === other.placementId)).toHaveLength(2);
      expect((await app.as(UWV_ADVISOR).get('/placements/follow-ups')).status).toBe(403);
    });

    it.each([
      [{ status: 'overdue' }, 'status'],
      [{ cursor: 'garbage' }, 'cursor'],
      [{ limit: 0 }, 'limit'],
      [{ colour: 'red' }, 'colour'],
    ])('refuses %p with a 400 naming %s', async (query, field) => {
      expectProblem(await employer().get('/placements/follow-ups', query), 400, [field]);
    });
  });

  describe('POST /vacancies/:id/placements/:placementId/follow-ups', () => {
    it('records an answer on its due date: 201, one event in the outbox, audited, then listed as recorded', async () => {
      const placed = await place(daysFromToday(3));
      const dueOn = addCalendarMonths(placed.startDate, 3);
      app.pinToday(dueOn);
      const audits = () =>
        app.dataSource
          .getRepository(AuditEntry)
          .findBy({ action: 'placement.followed-up', referralId: placed.referralId });

      const res = await followUp(placed, { checkpoint: '3-months', holds: true });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        placementId: placed.placementId,
        targetId: placed.vacancyId,
        targetTitle: 'Medewerker houtbewerking',
        referralId: placed.referralId,
        startDate: placed.startDate,
        checkpoint: '3-months',
        dueOn,
        holds: true,
        endedOn: null,
        recordedAt: expect.stringMatching(new RegExp(`^${dueOn}T`)),
      });
      const [event] = await followUpEvents(placed.placementId);
      expect(event).toMatchObject({
        key: placed.vacancyId,
        payload: {
          vacancyId: placed.vacancyId,
          placementId: placed.placementId,
          referralId: placed.referralId,
          checkpoint: '3-months',
          holds: true,
          endedOn: null,
        },
      });
      expect(await audits()).toEqual([
        expect.objectContaining({ role: 'employer', targetId: placed.vacancyId }),
      ]);

      const recorded = await employer().get('/placements/follow-ups', { status: 'recorded' });
      expect(recorded.body.items).toContainEqual(res.body);
      const due = await employer().get('/placements/follow-ups', { status: 'due' });
      expect(due.body.items.filter((i: Placed) => i.placementId === placed.placementId)).toEqual(
        [],
      );
    });

    it('refuses with 409, writing nothing, before the due date and when answered already', async () => {
      const placed = await place(daysFromToday(4));
      const threeMonths = addCalendarMonths(placed.startDate, 3);
      app.pinToday(addCalendarDays(threeMonths, -1));
      let before = await app.counts();
      expectProblem(await followUp(placed, { checkpoint: '3-months', holds: true }), 409, [
        'checkpoint',
      ]);
      expect(await app.counts()).toEqual(before);

      app.pinToday(threeMonths);
      expectProblem(await followUp(placed, { checkpoint: '6-months', holds: true }), 409, [
        'checkpoint',
      ]);
      expect((await followUp(placed, { checkpoint: '3-months', holds: true })).status).toBe(201);
      before = await app.counts();
      expectProblem(await followUp(placed, { checkpoint: '3-months', holds: false }), 409, [
        'checkpoint',
      ]);
      expect(await app.counts()).toEqual(before);
      expect(await followUpEvents(placed.placementId)).toHaveLength(1);
    });

    it('answers the 6-month checkpoint too when the placement ended before 3 months (an event each)', async () => {
      const placed = await place(daysFromToday(2));
      const endedOn = addCalendarDays(placed.startDate, 40);
      app.pinToday(addCalendarMonths(placed.startDate, 3));
      const res = await app
        .as(ADMIN)
        .post(`/vacancies/${placed.vacancyId}/placements/${placed.placementId}/follow-ups`, {
          checkpoint: '3-months',
          holds: false,
          endedOn,
        });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ checkpoint: '3-months', holds: false, endedOn });
      expect(
        (await followUpEvents(placed.placementId)).map((e) => [
          e.payload.checkpoint,
          e.payload.holds,
          e.payload.endedOn,
        ]),
      ).toEqual([
        ['3-months', false, endedOn],
        ['6-months', false, endedOn],
      ]);

      app.pinToday(addCalendarMonths(placed.startDate, 6));
      expectProblem(await followUp(placed, { checkpoint: '6-months', holds: true }), 409, [
        'checkpoint',
      ]);
      const recorded = await employer().get('/placements/follow-ups', { status: 'all' });
      expect(
        recorded.body.items
          .filter((i: Placed) => i.placementId === placed.placementId)
          .map((i: { checkpoint: string; holds: boolean }) => [i.checkpoint, i.holds]),
      ).toEqual([
        ['6-months', false],
        ['3-months', false],
      ]);
    });

    it('answers 404 out of scope: another employer’s vacancy, a placement of another vacancy, an unknown one', async () => {
      const placed = await place(daysFromToday(6));
      const elsewhere = await place(daysFromToday(6));
      app.pinToday(addCalendarMonths(placed.startDate, 3));
      const before = await app.counts();
      const body = { checkpoint: '3-months', holds: true };
      expectProblem(await followUp(placed, body, employerClaims(otherEmployerId)), 404);
      expectProblem(await followUp({ ...placed, placementId: elsewhere.placementId }, body), 404);
      expectProblem(
        await followUp({ ...placed, placementId: '0c7e5b1a-9f3d-4e2a-8b6c-5d4f3e2a1b0c' }, body),
        404,
      );
      expect((await followUp(placed, body, UWV_ADVISOR)).status).toBe(403);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['an unknown checkpoint', { checkpoint: '9-months', holds: true }, 'checkpoint'],
      ['no holds', { checkpoint: '3-months' }, 'holds'],
      ['holds as text', { checkpoint: '3-months', holds: 'yes' }, 'holds'],
      [
        'endedOn while holding',
        { checkpoint: '3-months', holds: true, endedOn: 'START+10' },
        'endedOn',
      ],
      [
        'endedOn no date',
        { checkpoint: '3-months', holds: false, endedOn: '2026-02-30' },
        'endedOn',
      ],
      [
        'endedOn in the future',
        { checkpoint: '3-months', holds: false, endedOn: 'TODAY+1' },
        'endedOn',
      ],
      [
        'endedOn before the start',
        { checkpoint: '3-months', holds: false, endedOn: 'START-1' },
        'endedOn',
      ],
      ['an unknown field', { checkpoint: '3-months', holds: true, note: 'x' }, 'note'],
    ])('refuses %s with a 400 naming the field, writing nothing', async (_case, body, field) => {
      const placed = await place(daysFromToday(8));
      const today = addCalendarMonths(placed.startDate, 3);
      app.pinToday(today);
      const dated = Object.fromEntries(
        Object.entries(body).map(([key, value]) => [
          key,
          value === 'START+10'
            ? addCalendarDays(placed.startDate, 10)
            : value === 'START-1'
              ? addCalendarDays(placed.startDate, -1)
              : value === 'TODAY+1'
                ? addCalendarDays(today, 1)
                : value,
        ]),
      );
      const before = await app.counts();
      expectProblem(await followUp(placed, dated), 400, [field]);
      expect(await app.counts()).toEqual(before);
    });

    it('refuses a placement id that is no UUID with a 400 naming placementId', async () => {
      const placed = await place(daysFromToday(9));
      expectProblem(
        await followUp(
          { ...placed, placementId: 'not-a-uuid' },
          { checkpoint: '3-months', holds: true },
        ),
        400,
        ['placementId'],
      );
    });
  });
});
