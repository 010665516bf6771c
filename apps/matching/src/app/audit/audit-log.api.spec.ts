import { randomUUID } from 'node:crypto';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  employer,
  expectProblem,
} from '../testing/matching-test-app.fixture';
import { AuditEntry } from '@bridge/platform';

interface EntryItem {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  candidateId?: string;
  targetId?: string;
}

describeOnEachBackend('the audit log (GET /audit)', (app) => {
  const read = (query: Record<string, string | number> = {}, claims: Claims = ADMIN) =>
    app.as(claims).get('/audit', query);
  const items = async (query: Record<string, string | number> = {}): Promise<EntryItem[]> => {
    const response = await read(query);
    expect(response.status).toBe(200);
    return response.body.items;
  };
  let first: string;
  let second: string;

  beforeAll(async () => {
    // Registrations by the casemanager, then reads by the advisor: five entries in all.
    first = await app.registerCandidate();
    second = await app.registerCandidate();
    for (const id of [first, second, first])
      expect((await app.as(ADVISOR).get(`/candidates/${id}`)).status).toBe(200);
  });

  it('lists every entry newest first, as { id, at, actor, role, action, candidateId }', async () => {
    const entries = await items();
    expect(entries.map((e) => [e.actor, e.action, e.candidateId])).toEqual([
      [ADVISOR.sub, 'candidate.read', first],
      [ADVISOR.sub, 'candidate.read', second],
      [ADVISOR.sub, 'candidate.read', first],
      [CASEMANAGER.sub, 'candidate.registered', second],
      [CASEMANAGER.sub, 'candidate.registered', first],
    ]);
    expect(Object.keys(entries[0]).sort()).toEqual([
      'action',
      'actor',
      'at',
      'candidateId',
      'id',
      'role',
    ]);
    expect(entries[0].role).toBe('uwv-advisor');
    const instants = entries.map((e) => Date.parse(e.at));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
  });

  it('pages with a cursor without repeats or gaps', async () => {
    const all = (await items()).map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: EntryItem[]; nextCursor: string | null } } = await read({
        limit: 2,
        ...(cursor && { cursor }),
      });
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('filters by actor, and by a time window given as dates or timestamps', async () => {
    expect((await items({ actor: CASEMANAGER.sub })).map((e) => e.action)).toEqual([
      'candidate.registered',
      'candidate.registered',
    ]);
    expect(await items({ actor: 'nobody' })).toEqual([]);

    const entries = await items();
    expect(await items({ from: daysFromToday(0), to: daysFromToday(0) })).toEqual(entries);
    expect(await items({ from: daysFromToday(1) })).toEqual([]);
    expect(await items({ to: daysFromToday(-1) })).toEqual([]);
    // Bounds are inclusive, to the millisecond.
    const newest = entries[0].at;
    expect((await items({ from: newest })).map((e) => e.id)).toContain(entries[0].id);
    expect((await items({ to: newest })).map((e) => e.id)).toContain(entries[0].id);
    const oldest = entries[entries.length - 1].at;
    expect(
      (await items({ to: new Date(Date.parse(oldest) - 1).toISOString() })).map((e) => e.id),
    ).not.toContain(entries[entries.length - 1].id);
    expect(
      await items({
        from: '2000-01-01T00:00:00+01:00',
        to: new Date(Date.now() + 60_000).toISOString(),
      }),
    ).toEqual(entries);
  });

  it('filters by candidate, and records that look into a candidate’s history as an audit read', async () => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const before = await audit.count();
    const entries = await items({ candidateId: first });
    expect(entries.map((e) => e.action)).toEqual([
      'candidate.read',
      'candidate.read',
      'candidate.registered',
    ]);
    expect(await audit.count()).toBe(before + 1);
    expect(await audit.findOneBy({ action: 'audit.read' })).toMatchObject({
      actor: ADMIN.sub,
      role: 'admin',
      candidateId: first,
    });

    // The unfiltered read that follows shows that entry and writes none of its own.
    const all = await items();
    expect(all[0]).toMatchObject({ action: 'audit.read', candidateId: first, actor: ADMIN.sub });
    expect(await audit.count()).toBe(before + 1);
  });

  it.each([
    ['a candidateId that is no UUID', { candidateId: 'c-1' }, 'candidateId'],
    ['an empty actor', { actor: '' }, 'actor'],
    ['a from that is no date', { from: 'yesterday' }, 'from'],
    ['a date that does not exist', { from: '2026-02-30' }, 'from'],
    ['a timestamp without offset', { from: '2026-11-28T10:00:00' }, 'from'],
    ['a timestamp on a day that does not exist', { to: '2026-02-30T10:00:00Z' }, 'to'],
    ['a to before from', { from: '2026-11-28', to: '2026-11-27T22:59:59Z' }, 'to'],
    ['a limit above 100', { limit: 101 }, 'limit'],
    ['a cursor of another list', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
    [
      'a cursor past the largest bigint',
      { cursor: Buffer.from('{"id":"9223372036854775808"}').toString('base64url') },
      'cursor',
    ],
    ['an unknown parameter', { action: 'candidate.read' }, 'action'],
  ])('refuses %s with 400 naming it, and writes nothing', async (_case, query, field) => {
    const before = await app.counts();
    expectProblem(await read(query), 400, [field]);
    expect(await app.counts()).toEqual(before);
  });

  it.each([
    ['an advisor', ADVISOR],
    ['a casemanager', CASEMANAGER],
    ['an employer', employer(randomUUID())],
  ])('refuses %s with 403 and writes nothing', async (_case, claims) => {
    const before = await app.counts();
    expectProblem(await read({ candidateId: first }, claims), 403);
    expect(await app.counts()).toEqual(before);
  });
});
