import { randomUUID } from 'node:crypto';
import { AuditEntry, Clock } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  educationProvider,
  employer,
  expectProblem,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';

interface ListedCandidate {
  id: string;
  piCode: string;
  regionCode: string;
  expectedReleaseDate: string;
  status: string;
  certificates: { crebo: string; title: string; issuedOn: string }[];
}

const WORKSHOP_LEADER: Claims = { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' };
const ZWOLLE_CASEMANAGER: Claims = { sub: 'cm-zwolle', role: 'casemanager', pi: 'PI-ZWOLLE' };

describeOnEachBackend('the candidates list (GET /candidates)', (app) => {
  const list = (claims: Claims, query: Record<string, string | number> = {}) =>
    app.as(claims).get('/candidates', query);
  const ids = (response: { body: { items: ListedCandidate[] } }) =>
    response.body.items.map((item) => item.id);

  /** Candidates by name; `order` is every one of them as the list orders them. */
  const c: Record<string, string> = {};
  let order: string[];

  beforeAll(async () => {
    // Vught, AM27, released in 10 days, certified, consenting.
    c.certified = await app.registerCandidate({ expectedReleaseDate: daysFromToday(10) });
    await app.certify(c.certified);
    // Vught, AM27, released the same day (ties go by id), then off the platform.
    c.left = await app.registerCandidate({ expectedReleaseDate: daysFromToday(10) });
    expect((await app.as(CASEMANAGER).post(`/candidates/${c.left}/leave`, {})).status).toBe(200);
    // Vught, returning to Tilburg (AM26), in 100 days, no certificate, no consent.
    c.tilburg = await app.registerCandidate({
      expectedReleaseDate: daysFromToday(100),
      returnMunicipalityCode: 'GM0855',
      consent: { shareAnonymisedProfile: false },
    });
    // Zwolle, returning to Groningen (AM01), in 30 days.
    const zwolle = await app.as(ADMIN).post('/candidates', {
      djiNumber: `Z${process.pid}-1`,
      piCode: 'PI-ZWOLLE',
      expectedReleaseDate: daysFromToday(30),
      returnMunicipalityCode: 'GM0014',
      vogOutlook: 'unknown',
      consent: { shareAnonymisedProfile: true },
    });
    expect(zwolle.status).toBe(201);
    c.zwolle = zwolle.body.id;
    order = [...[c.certified, c.left].sort(), c.zwolle, c.tilburg];
  });

  it('lists the candidates of a casemanager’s PI, soonest release first, then by id, with certificates', async () => {
    const response = await list(CASEMANAGER);
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual(order.filter((id) => id !== c.zwolle));
    expect(response.body.nextCursor).toBeNull();
    const certified = response.body.items.find((item: ListedCandidate) => item.id === c.certified);
    expect(certified).toMatchObject({
      piCode: 'PI-VUGHT',
      regionCode: 'AM27',
      expectedReleaseDate: daysFromToday(10),
      status: 'active',
      consent: { shareAnonymisedProfile: true },
      certificates: [
        { crebo: '25016', title: 'Machinaal houtbewerker', issuedOn: daysFromToday(-30) },
      ],
    });
    // The same view as GET /candidates/:id.
    expect(certified).toEqual((await app.as(CASEMANAGER).get(`/candidates/${c.certified}`)).body);
    expect(
      response.body.items.find((item: ListedCandidate) => item.id === c.tilburg).certificates,
    ).toEqual([]);
  });

  it('never shows a DJI number or its hash', async () => {
    const body = JSON.stringify((await list(ADMIN)).body);
    expect(body).not.toMatch(/dji/i);
    expect(body).not.toContain(`Z${process.pid}-1`);
  });

  it('scopes the list: workshop leaders their PI, advisors their regions, admins all', async () => {
    expect(ids(await list(WORKSHOP_LEADER))).toEqual(order.filter((id) => id !== c.zwolle));
    expect(ids(await list(ZWOLLE_CASEMANAGER))).toEqual([c.zwolle]);
    expect(ids(await list(ADVISOR))).toEqual(order.filter((id) => id !== c.zwolle));
    expect(ids(await list(OTHER_ADVISOR))).toEqual([c.zwolle]);
    expect(ids(await list(ADMIN))).toEqual(order);
  });

  it.each([
    ['pi', ADMIN, { pi: 'pi-zwolle' }, () => [c.zwolle]],
    ['pi outside a casemanager’s own (an empty page)', CASEMANAGER, { pi: 'PI-ZWOLLE' }, () => []],
    ['region', ADVISOR, { region: 'am26' }, () => [c.tilburg]],
    ['region outside an advisor’s own (an empty page)', ADVISOR, { region: 'AM01' }, () => []],
    [
      'releaseWithinDays',
      ADMIN,
      { releaseWithinDays: 30 },
      () => order.filter((id) => id !== c.tilburg),
    ],
    ['releaseWithinDays 0', ADMIN, { releaseWithinDays: 0 }, () => []],
    ['hasCertificate=true', ADMIN, { hasCertificate: 'true' }, () => [c.certified]],
    [
      'hasCertificate=false',
      ADMIN,
      { hasCertificate: 'false' },
      () => order.filter((id) => id !== c.certified),
    ],
    ['consent=false', ADMIN, { consent: 'false' }, () => [c.tilburg]],
    ['consent=true', CASEMANAGER, { consent: 'true' }, () => [c.certified, c.left].sort()],
    ['status=left', ADMIN, { status: 'left' }, () => [c.left]],
    [
      'status=active with releaseWithinDays',
      ADMIN,
      { status: 'active', releaseWithinDays: 10 },
      () => [c.certified],
    ],
  ])('filters by %s', async (_case, claims, query, expected) => {
    const response = await list(claims, query);
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual(expected());
  });

  it('counts releaseWithinDays from the day in the Netherlands, which at 23:30 UTC is tomorrow', async () => {
    const pinned = jest
      .spyOn(app.service.app.get(Clock), 'now')
      .mockReturnValue(new Date(`${daysFromToday(0)}T23:30:00Z`));
    try {
      // Released 10 days after the UTC date: 9 days after the Dutch one.
      expect(ids(await list(ADMIN, { releaseWithinDays: 9 }))).toEqual(
        [c.certified, c.left].sort(),
      );
    } finally {
      pinned.mockRestore();
    }
  });

  it('pages with a cursor through the same order, without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: {
        status: number;
        body: { items: ListedCandidate[]; nextCursor: string | null };
      } = await list(ADMIN, {
        limit: 1,
        ...(cursor && { cursor }),
      });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(order);
  });

  it('audits one candidate.listed entry per candidate shown, and none for an empty page', async () => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const before = await audit.countBy({ action: 'candidate.listed' });
    expect((await list(ADVISOR, { region: 'AM01' })).status).toBe(200);
    expect(await audit.countBy({ action: 'candidate.listed' })).toBe(before);

    expect((await list(ADVISOR, { limit: 2 })).status).toBe(200);
    expect(await audit.countBy({ action: 'candidate.listed' })).toBe(before + 2);
    const entries = await audit.find({
      where: { action: 'candidate.listed' },
      order: { id: 'DESC' },
      take: 2,
    });
    expect(entries.map((entry) => [entry.actor, entry.role, entry.candidateId]).sort()).toEqual(
      order
        .slice(0, 2)
        .map((candidateId) => [ADVISOR.sub, 'uwv-advisor', candidateId])
        .sort(),
    );
  });

  it.each([
    ['an unknown PI', { pi: 'PI-NOWHERE' }, 'pi'],
    ['an unknown region', { region: 'AM99' }, 'region'],
    ['a negative releaseWithinDays', { releaseWithinDays: -1 }, 'releaseWithinDays'],
    ['a releaseWithinDays above 3650', { releaseWithinDays: 3651 }, 'releaseWithinDays'],
    ['a fractional releaseWithinDays', { releaseWithinDays: 1.5 }, 'releaseWithinDays'],
    ['a releaseWithinDays that is no number', { releaseWithinDays: 'soon' }, 'releaseWithinDays'],
    ['hasCertificate other than true or false', { hasCertificate: 'yes' }, 'hasCertificate'],
    ['consent other than true or false', { consent: '1' }, 'consent'],
    ['an unknown status', { status: 'released' }, 'status'],
    ['a limit of 0', { limit: 0 }, 'limit'],
    ['a limit above 100', { limit: 101 }, 'limit'],
    ['a cursor of another list', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
    ['a 10,000-character cursor', { cursor: 'x'.repeat(10_000) }, 'cursor'],
    ['an unknown parameter', { djiNumber: '1234567' }, 'djiNumber'],
  ])('refuses %s with 400 naming it, and writes nothing', async (_case, query, field) => {
    const before = await app.counts();
    expectProblem(await list(ADMIN, query), 400, [field]);
    expect(await app.counts()).toEqual(before);
  });

  it.each([
    ['an employer', employer(randomUUID())],
    ['an education provider', educationProvider('25LX')],
  ])('refuses %s with 403 and writes nothing', async (_case, claims) => {
    const before = await app.counts();
    expectProblem(await list(claims), 403);
    expect(await app.counts()).toEqual(before);
  });

  it('answers 401 without a token', async () => {
    expectProblem(await app.http().get('/candidates'), 401);
  });
});
