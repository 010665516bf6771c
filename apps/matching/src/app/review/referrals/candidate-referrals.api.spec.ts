import { randomUUID } from 'node:crypto';
import { AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  describeOnEachBackend,
  educationProvider,
  employer,
  expectProblem,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';

interface CandidateReferral {
  id: string;
  suggestionId: string;
  targetId: string;
  type: string;
  target: {
    title: string;
    municipalityCode: string;
    startDate: string;
    employerId?: string;
    brin?: string;
  };
  status: string;
  createdAt: string;
  statusChangedAt: string | null;
}

const WORKSHOP_LEADER: Claims = { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' };

describeOnEachBackend(
  'a candidate’s referrals (GET /candidates/:id/referrals) and GET /referrals?targetId=',
  (app) => {
    const employerA = randomUUID();
    const employerB = randomUUID();
    const referralsOf = (
      claims: Claims,
      candidateId: string,
      query: Record<string, string | number> = {},
    ) => app.as(claims).get(`/candidates/${candidateId}/referrals`, query);
    const ids = (response: { body: { items: { id: string }[] } }) =>
      response.body.items.map((item) => item.id);

    let candidateId: string;
    /** The candidate's two referrals: to vacancy 1 (declined later), then to vacancy 2. */
    let first: { referralId: string; suggestionId: string; vacancyId: string };
    let second: { referralId: string; suggestionId: string; vacancyId: string };
    /** A referral of another candidate to vacancy 2, and one to employer B's vacancy. */
    let otherToSecond: string;
    let ofB: { referralId: string; vacancyId: string };

    beforeAll(async () => {
      const vacancy1 = await app.publishVacancy(employerA);
      const referred = await app.refer(vacancy1);
      candidateId = referred.candidateId;
      first = {
        referralId: referred.referralId,
        suggestionId: referred.suggestion.id,
        vacancyId: vacancy1.vacancyId,
      };

      const vacancy2 = await app.publishVacancy(employerA, { title: 'Allround timmerman' });
      const suggestion2 = await app.suggestionOf(candidateId, vacancy2.vacancyId);
      await app.matchingIdle();
      const accepted = await app
        .as(ADVISOR)
        .post(`/suggestions/${suggestion2.id}/review`, { decision: 'accept' });
      expect(accepted.status).toBe(200);
      second = {
        referralId: accepted.body.referral.id,
        suggestionId: suggestion2.id,
        vacancyId: vacancy2.vacancyId,
      };

      otherToSecond = (await app.refer(vacancy2)).referralId;
      const vacancyB = await app.publishVacancy(employerB);
      ofB = { referralId: (await app.refer(vacancyB)).referralId, vacancyId: vacancyB.vacancyId };
    });

    describe('GET /candidates/:id/referrals', () => {
      it('lists the candidate’s referrals newest first, with the target as its suggestion described it', async () => {
        const response = await referralsOf(CASEMANAGER, candidateId);
        expect(response.status).toBe(200);
        expect(response.body.nextCursor).toBeNull();
        const items: CandidateReferral[] = response.body.items;
        expect(items.map((item) => item.id)).toEqual([second.referralId, first.referralId]);
        expect(items[0]).toEqual({
          id: second.referralId,
          suggestionId: second.suggestionId,
          targetId: second.vacancyId,
          type: 'vacancy',
          target: expect.objectContaining({
            title: 'Allround timmerman',
            municipalityCode: 'GM0865',
            employerId: employerA,
          }),
          status: 'referred',
          withdrawalReason: null,
          keptStanding: null,
          createdAt: expect.any(String),
          statusChangedAt: null,
        });
        expect(items[1].target.title).toBe('Machinaal houtbewerker');
      });

      it('shows when a referral was declined', async () => {
        const declined = await app
          .as(employer(employerA))
          .post(`/referrals/${first.referralId}/decline`, {});
        expect(declined.status).toBe(200);
        const response = await referralsOf(ADVISOR, candidateId, { status: 'declined' });
        expect(response.body.items).toEqual([
          expect.objectContaining({
            id: first.referralId,
            status: 'declined',
            statusChangedAt: expect.any(String),
          }),
        ]);
        const item: CandidateReferral = response.body.items[0];
        expect(Date.parse(item.statusChangedAt as string)).toBeGreaterThanOrEqual(
          Date.parse(item.createdAt),
        );
        expect(ids(await referralsOf(ADMIN, candidateId, { status: 'referred' }))).toEqual([
          second.referralId,
        ]);
        expect(ids(await referralsOf(ADMIN, candidateId, { status: 'placed' }))).toEqual([]);
      });

      it('pages with a cursor', async () => {
        const page1 = await referralsOf(ADMIN, candidateId, { limit: 1 });
        expect(ids(page1)).toEqual([second.referralId]);
        const page2 = await referralsOf(ADMIN, candidateId, {
          limit: 1,
          cursor: page1.body.nextCursor,
        });
        expect(page2.body).toEqual({
          items: [expect.objectContaining({ id: first.referralId })],
          nextCursor: null,
        });
      });

      it('audits one read of the candidate per request', async () => {
        const audit = app.dataSource.getRepository(AuditEntry);
        const before = await audit.countBy({ action: 'candidate.referrals-read' });
        expect((await referralsOf(ADVISOR, candidateId)).status).toBe(200);
        expect(await audit.countBy({ action: 'candidate.referrals-read' })).toBe(before + 1);
        const [entry] = await audit.find({
          where: { action: 'candidate.referrals-read' },
          order: { id: 'DESC' },
          take: 1,
        });
        expect(entry).toMatchObject({ actor: ADVISOR.sub, role: 'uwv-advisor', candidateId });
      });

      it.each([
        ['an advisor of other regions', OTHER_ADVISOR, () => candidateId],
        [
          'a casemanager of another PI',
          { sub: 'cm-zwolle', role: 'casemanager', pi: 'PI-ZWOLLE' } as Claims,
          () => candidateId,
        ],
        ['an unknown candidate', ADMIN, () => randomUUID()],
      ])('answers 404 to %s, and writes nothing', async (_case, claims, id) => {
        const before = await app.counts();
        expectProblem(await referralsOf(claims, id()), 404);
        expect(await app.counts()).toEqual(before);
      });

      it.each([
        ['an unknown status', { status: 'pending' }, 'status'],
        ['a limit of 0', { limit: 0 }, 'limit'],
        ['a limit above 100', { limit: 101 }, 'limit'],
        ['a cursor of another list', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
        ['an unknown parameter', { targetId: randomUUID() }, 'targetId'],
      ])('refuses %s with 400 naming it, and writes nothing', async (_case, query, field) => {
        const before = await app.counts();
        expectProblem(await referralsOf(ADMIN, candidateId, query), 400, [field]);
        expect(await app.counts()).toEqual(before);
      });

      it('answers 400 for a candidate id that is no UUID', async () => {
        expectProblem(await referralsOf(ADMIN, 'candidate-1'), 400);
      });

      it.each([
        ['a workshop leader', WORKSHOP_LEADER],
        ['an employer', employer(employerA)],
        ['an education provider', educationProvider('25LX')],
      ])('refuses %s with 403 and writes nothing', async (_case, claims) => {
        const before = await app.counts();
        expectProblem(await referralsOf(claims, candidateId), 403);
        expect(await app.counts()).toEqual(before);
      });
    });

    describe('GET /referrals?targetId=', () => {
      const list = (claims: Claims, query: Record<string, string | number>) =>
        app.as(claims).get('/referrals', query);

      it('narrows an employer’s referrals to one of its vacancies', async () => {
        expect(ids(await list(employer(employerA), { targetId: second.vacancyId }))).toEqual([
          otherToSecond,
          second.referralId,
        ]);
        expect(ids(await list(employer(employerA), { targetId: first.vacancyId }))).toEqual([
          first.referralId,
        ]);
        expect(
          ids(await list(employer(employerA), { targetId: second.vacancyId, limit: 1 })),
        ).toEqual([otherToSecond]);
        expect(ids(await list(employer(employerB), { targetId: ofB.vacancyId }))).toEqual([
          ofB.referralId,
        ]);
      });

      it('gives an empty page for another party’s target or an unknown one', async () => {
        expect((await list(employer(employerB), { targetId: second.vacancyId })).body).toEqual({
          items: [],
          nextCursor: null,
        });
        expect((await list(employer(employerA), { targetId: randomUUID() })).body).toEqual({
          items: [],
          nextCursor: null,
        });
        expect((await list(educationProvider('25LX'), { targetId: ofB.vacancyId })).body).toEqual({
          items: [],
          nextCursor: null,
        });
      });

      it.each([
        ['an empty targetId', { targetId: '' }],
        ['a 65-character targetId', { targetId: 'v'.repeat(65) }],
      ])('refuses %s with 400 naming it', async (_case, query) => {
        expectProblem(await list(employer(employerA), query), 400, ['targetId']);
      });
    });
  },
);
