import { randomUUID } from 'node:crypto';
import { REFERRAL_DECLINED } from '@bridge/contracts';
import { AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  daysFromToday,
  describeOnEachBackend,
  educationProvider,
  employer,
  expectProblem,
} from '../../testing/matching-test-app.fixture';
import { Referral } from './referral.entity';

describeOnEachBackend('referrals', (app) => {
  const [employerA, employerB] = [randomUUID(), randomUUID()];
  const school = educationProvider('25LX');
  let candidatesOfA: string[];
  let referralsOfA: string[];
  let referralOfB: string;
  let schoolReferral: { candidateId: string; schoolPlaceId: string; referralId: string };

  beforeAll(async () => {
    const vacancyOfA = await app.publishVacancy(employerA);
    const first = await app.refer(vacancyOfA);
    const second = await app.refer(vacancyOfA);
    candidatesOfA = [first.candidateId, second.candidateId];
    referralsOfA = [second.referralId, first.referralId]; // newest first
    referralOfB = (await app.refer(await app.publishVacancy(employerB))).referralId;
    schoolReferral = await app.referToSchoolPlace('25LX');
  });

  const referralRow = (id: string) => app.dataSource.manager.findOneByOrFail(Referral, { id });

  describe('GET /referrals', () => {
    it('shows an employer the referrals to its own vacancies only, anonymised, newest first', async () => {
      const response = await app.as(employer(employerA)).get('/referrals');
      expect(response.status).toBe(200);
      expect(response.body.items.map((item: { id: string }) => item.id)).toEqual(referralsOfA);
      expect(response.body.nextCursor).toBeNull();
      expect(Object.keys(response.body.items[0]).sort()).toEqual([
        'availableFrom',
        'certificates',
        'createdAt',
        'id',
        'regionCode',
        'status',
        'targetId',
        'type',
        'withdrawalReason',
      ]);
      expect(response.body.items[0]).toMatchObject({
        type: 'vacancy',
        status: 'referred',
        regionCode: 'AM27',
        availableFrom: daysFromToday(40),
        certificates: [
          { crebo: '25016', title: 'Machinaal houtbewerker', issuedOn: daysFromToday(-30) },
        ],
      });
      for (const candidateId of candidatesOfA)
        expect(JSON.stringify(response.body)).not.toContain(candidateId);

      const ofB = await app.as(employer(employerB)).get('/referrals');
      expect(ofB.body.items.map((item: { id: string }) => item.id)).toEqual([referralOfB]);
    });

    it('shows an education provider the referrals to its own school places only', async () => {
      const own = await app.as(school).get('/referrals');
      expect(own.body.items).toEqual([
        expect.objectContaining({
          id: schoolReferral.referralId,
          targetId: schoolReferral.schoolPlaceId,
          type: 'school-place',
        }),
      ]);
      const other = await app.as(educationProvider('99XX')).get('/referrals');
      expect(other.body.items).toEqual([]);
    });

    it('pages with a cursor and filters by status', async () => {
      const first = await app.as(employer(employerA)).get('/referrals', { limit: 1 });
      expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([referralsOfA[0]]);
      const second = await app
        .as(employer(employerA))
        .get('/referrals', { limit: 1, cursor: first.body.nextCursor });
      expect(second.body).toEqual({
        items: [expect.objectContaining({ id: referralsOfA[1] })],
        nextCursor: null,
      });

      const referred = await app.as(employer(employerA)).get('/referrals', { status: 'referred' });
      expect(referred.body.items).toHaveLength(2);
      const placed = await app.as(employer(employerA)).get('/referrals', { status: 'placed' });
      expect(placed.body.items).toEqual([]);
    });

    it.each([
      ['an unknown status', { status: 'pending' }, 'status'],
      ['a limit above 100', { limit: 101 }, 'limit'],
      ['a cursor of another list', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
      ['an unknown parameter', { candidateId: randomUUID() }, 'candidateId'],
    ])('refuses %s with 400 naming it', async (_case, query, field) => {
      expectProblem(await app.as(employer(employerA)).get('/referrals', query), 400, [field]);
    });

    it('audits every referral shown as a read of its candidate’s data', async () => {
      const audit = app.dataSource.getRepository(AuditEntry);
      const before = await audit.countBy({ action: 'referral.read' });
      expect((await app.as(employer(employerA)).get('/referrals')).status).toBe(200);
      const entries = await audit.find({
        where: { action: 'referral.read' },
        order: { id: 'DESC' },
        take: 2,
      });
      expect(await audit.countBy({ action: 'referral.read' })).toBe(before + 2);
      expect(entries.map((entry) => [entry.actor, entry.candidateId]).sort()).toEqual(
        candidatesOfA.map((candidateId) => [employer(employerA).sub, candidateId]).sort(),
      );
    });

    it.each([
      ['an advisor', ADVISOR],
      ['an admin', ADMIN],
      ['a casemanager', CASEMANAGER],
    ])('refuses %s with 403', async (_case, claims) => {
      expectProblem(await app.as(claims).get('/referrals'), 403);
    });
  });

  describe('POST /referrals/:id/decline', () => {
    const decline = (claims: Parameters<typeof app.as>[0], id: string, body: unknown = {}) =>
      app.as(claims).post(`/referrals/${id}/decline`, body);

    it.each([
      ['an unknown field', { reason: 'vol' }, 'reason'],
      ['a note that is no text', { note: 7 }, 'note'],
      ['a 10,000-character note', { note: 'x'.repeat(10_000) }, 'note'],
    ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, field) => {
      const before = await app.counts();
      expectProblem(await decline(employer(employerA), referralsOfA[0], body), 400, [field]);
      expect(await referralRow(referralsOfA[0])).toMatchObject({ status: 'referred', version: 1 });
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['another employer’s referral', 404, employer(employerB)],
      ['a school’s referral to a vacancy', 404, educationProvider('25LX')],
      ['an advisor', 403, ADVISOR],
      ['an admin', 403, ADMIN],
    ])('refuses %s with %d and writes nothing', async (_case, status, claims) => {
      const before = await app.counts();
      expectProblem(await decline(claims, referralsOfA[0]), status);
      expect(await referralRow(referralsOfA[0])).toMatchObject({ status: 'referred', version: 1 });
      expect(await app.counts()).toEqual(before);
    });

    it('answers 404 for a referral that does not exist', async () => {
      expectProblem(await decline(employer(employerA), randomUUID()), 404);
    });

    it('declines the employer’s own referral, announces it, and shows it on the suggestion', async () => {
      const response = await decline(employer(employerA), referralsOfA[0], {
        note: 'Geen begeleider beschikbaar',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: referralsOfA[0], status: 'declined' });
      expect(await referralRow(referralsOfA[0])).toMatchObject({
        status: 'declined',
        version: 2,
        declineNote: 'Geen begeleider beschikbaar',
      });

      const [declined] = (await app.outbox(REFERRAL_DECLINED)).filter(
        (event) => event.key === referralsOfA[0],
      );
      expect(declined).toMatchObject({ version: 2 });
      expect(declined.payload).toEqual({
        referralId: referralsOfA[0],
        targetId: response.body.targetId,
        targetType: 'vacancy',
      });

      const suggestions = await app
        .as(ADVISOR)
        .get(`/candidates/${candidatesOfA[1]}/suggestions`, { status: 'accepted' });
      expect(suggestions.body.items[0].referral).toEqual({
        id: referralsOfA[0],
        status: 'declined',
      });
      const onlyDeclined = await app
        .as(employer(employerA))
        .get('/referrals', { status: 'declined' });
      expect(onlyDeclined.body.items.map((item: { id: string }) => item.id)).toEqual([
        referralsOfA[0],
      ]);
    });

    it('refuses to decline a referral twice (409) and writes nothing', async () => {
      const before = await app.counts();
      expectProblem(await decline(employer(employerA), referralsOfA[0]), 409);
      expect(await referralRow(referralsOfA[0])).toMatchObject({ status: 'declined', version: 2 });
      expect(await app.counts()).toEqual(before);
    });

    it('lets a school decline its own school-place referral', async () => {
      const response = await decline(school, schoolReferral.referralId);
      expect(response.body).toMatchObject({
        id: schoolReferral.referralId,
        status: 'declined',
        type: 'school-place',
      });
      const [declined] = (await app.outbox(REFERRAL_DECLINED)).filter(
        (event) => event.key === schoolReferral.referralId,
      );
      expect(declined.payload).toEqual({
        referralId: schoolReferral.referralId,
        targetId: schoolReferral.schoolPlaceId,
        targetType: 'school-place',
      });
    });
  });

  it('documents review, list and decline in OpenAPI with examples and their problem answers', async () => {
    const document = (await app.http().get('/docs-json')).body;
    const responses = (path: string, method: string) =>
      Object.keys(document.paths[path][method].responses);
    expect(responses('/suggestions/{id}/review', 'post')).toEqual(
      expect.arrayContaining(['200', '400', '403', '404', '409']),
    );
    expect(responses('/referrals', 'get')).toEqual(expect.arrayContaining(['200', '400', '403']));
    expect(responses('/referrals/{id}/decline', 'post')).toEqual(
      expect.arrayContaining(['200', '400', '403', '404', '409']),
    );
    const { schemas } = document.components;
    expect(schemas.ReviewSuggestionDto.properties.reasonCode).toMatchObject({
      example: 'other',
      enum: expect.arrayContaining(['not-suitable']),
    });
    expect(schemas.DeclineReferralDto.properties.note.example).toEqual(expect.any(String));
    expect(schemas.ReferralView.properties.availableFrom.example).toEqual(expect.any(String));
    expect(schemas.ReferralView.properties).not.toHaveProperty('candidateId');
    expect(schemas.SuggestionView.properties.referral).toBeDefined();
  });
});
