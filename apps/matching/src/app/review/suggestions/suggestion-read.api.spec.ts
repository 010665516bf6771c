import { randomUUID } from 'node:crypto';
import { AuditEntry } from '@bridge/platform';
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
  MatchedSuggestion,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';

const WORKSHOP_LEADER: Claims = { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' };
const ZWOLLE_CASEMANAGER: Claims = { sub: 'cm-zwolle', role: 'casemanager', pi: 'PI-ZWOLLE' };

describeOnEachBackend('one suggestion (GET /suggestions/:id)', (app) => {
  const read = (claims: Claims, id: string) => app.as(claims).get(`/suggestions/${id}`);
  let open: MatchedSuggestion;
  let accepted: MatchedSuggestion & { referralId: string };

  beforeAll(async () => {
    const vacancy = await app.publishVacancy();
    open = await app.matchedSuggestion(vacancy, { expectedReleaseDate: daysFromToday(20) });
    accepted = await app.refer(vacancy);
  });

  it('shows a suggestion as the advisor’s queue lists it, with its target and candidate', async () => {
    const response = await read(ADVISOR, open.suggestion.id);
    expect(response.status).toBe(200);
    const [queued] = (await app.as(ADVISOR).get('/suggestions', { limit: 1 })).body.items;
    expect(queued.id).toBe(open.suggestion.id);
    expect(response.body).toEqual(queued);
    expect(response.body).toMatchObject({
      candidateId: open.candidateId,
      targetId: open.vacancy.vacancyId,
      type: 'vacancy',
      status: 'suggested',
      target: {
        title: 'Machinaal houtbewerker',
        municipalityCode: 'GM0865',
        startDate: daysFromToday(50),
      },
      candidate: {
        expectedReleaseDate: daysFromToday(20),
        regionCode: 'AM27',
        piCode: 'PI-VUGHT',
        hasAcceptedSuggestion: false,
      },
    });
    expect(response.body.referral).toBeUndefined();
  });

  it('shows an accepted suggestion with its referral', async () => {
    const response = await read(CASEMANAGER, accepted.suggestion.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'accepted',
      referral: { id: accepted.referralId, status: 'referred' },
      candidate: { hasAcceptedSuggestion: true },
    });
    const [queued] = (await app.as(ADMIN).get('/suggestions', { status: 'accepted' })).body.items;
    expect(response.body).toEqual(queued);
  });

  it.each([
    ['an advisor of the candidate’s region', ADVISOR],
    ['a casemanager of its PI', CASEMANAGER],
    ['an admin', ADMIN],
  ])('shows it to %s, and audits the read', async (_case, claims) => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const before = await audit.countBy({ action: 'suggestion.read' });
    expect((await read(claims, open.suggestion.id)).status).toBe(200);
    expect(await audit.countBy({ action: 'suggestion.read' })).toBe(before + 1);
    const [entry] = await audit.find({
      where: { action: 'suggestion.read' },
      order: { id: 'DESC' },
      take: 1,
    });
    expect(entry).toMatchObject({
      actor: claims.sub,
      role: claims.role,
      candidateId: open.candidateId,
      targetId: open.vacancy.vacancyId,
    });
  });

  it.each([
    ['an advisor of other regions', OTHER_ADVISOR, () => open.suggestion.id],
    ['a casemanager of another PI', ZWOLLE_CASEMANAGER, () => open.suggestion.id],
    ['an unknown id', ADMIN, () => randomUUID()],
  ])('answers 404 to %s, and writes nothing', async (_case, claims, id) => {
    const before = await app.counts();
    expectProblem(await read(claims, id()), 404);
    expect(await app.counts()).toEqual(before);
  });

  it('answers 400 for an id that is no UUID', async () => {
    expectProblem(await read(ADMIN, 'suggestion-1'), 400);
  });

  it.each([
    ['a workshop leader', WORKSHOP_LEADER],
    ['an employer', employer(randomUUID())],
    ['an education provider', educationProvider('25LX')],
  ])('refuses %s with 403 and writes nothing', async (_case, claims) => {
    const before = await app.counts();
    expectProblem(await read(claims, open.suggestion.id), 403);
    expect(await app.counts()).toEqual(before);
  });

  it('answers 401 without a token', async () => {
    expectProblem(await app.http().get(`/suggestions/${open.suggestion.id}`), 401);
  });
});
