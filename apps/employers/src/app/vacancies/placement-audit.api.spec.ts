import { AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  CASEMANAGER,
  Claims,
  describeOnEachBackend,
  employerClaims,
  UWV_ADVISOR,
} from '../testing/employers-test-app.fixture';

const REQUEST_ID = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/**
 * The employers service holds no candidate data (matching's referral events carry no candidate id,
 * see README): its audit log records the decisions about a referred candidate, the placements.
 */
describeOnEachBackend('the audit log of placements', (app) => {
  let employerId: string;
  let vacancyId: string;
  let referralId: string;
  const entries = () => app.dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    employerId = (await app.registerEmployer()).id;
    const covenantId = (await app.signCovenant({ employerId })).id;
    const vacancy = await app.publishVacancy(employerId, covenantId, { openings: 2 });
    vacancyId = vacancy.id;
    referralId = await app.refer(vacancy);
  });

  it('writes one entry per placement: actor, role, action, referral, vacancy and request id', async () => {
    const before = (await entries()).length;
    const response = await app
      .http()
      .post(`/vacancies/${vacancyId}/placements`)
      .set('Authorization', await app.auth(employerClaims(employerId)))
      .set('x-request-id', REQUEST_ID)
      .send({ referralId });
    expect(response.status).toBe(201);
    expect((await entries()).slice(before)).toEqual([
      expect.objectContaining({
        actor: employerClaims(employerId).sub,
        role: 'employer',
        action: 'referral.placed',
        referralId,
        targetId: vacancyId,
        candidateId: null,
        requestId: REQUEST_ID,
      }),
    ]);
  });

  it('writes nothing for a refused placement (the entry rolls back with it)', async () => {
    const before = (await entries()).length;
    const again = await app
      .as(employerClaims(employerId))
      .post(`/vacancies/${vacancyId}/placements`, { referralId });
    expect(again.status).toBe(409);
    expect(await entries()).toHaveLength(before);
  });

  it('refuses to change or delete an entry (append-only in the database)', async () => {
    const [first] = await entries();
    await expect(
      app.dataSource.query(`UPDATE audit_entries SET actor = 'x' WHERE id = $1`, [first.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      app.dataSource.query('DELETE FROM audit_entries WHERE id = $1', [first.id]),
    ).rejects.toThrow(/append-only/);
    expect((await entries())[0]).toEqual(first);
  });

  it('serves GET /audit to admins with the filters and paging of matching', async () => {
    const response = await app
      .as(ADMIN)
      .get('/audit', { actor: employerClaims(employerId).sub, from: '2000-01-01' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        expect.objectContaining({
          action: 'referral.placed',
          referralId,
          targetId: vacancyId,
          role: 'employer',
        }),
      ],
      nextCursor: null,
    });
    expect(Object.keys(response.body.items[0]).sort()).toEqual([
      'action',
      'actor',
      'at',
      'id',
      'referralId',
      'role',
      'targetId',
    ]);
    const bad = await app.as(ADMIN).get('/audit', { candidateId: 'c-1' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'candidateId' })]);
  });

  it.each([
    ['an employer', () => employerClaims(employerId)],
    ['a casemanager', () => CASEMANAGER],
    ['an advisor', () => UWV_ADVISOR],
  ])('refuses GET /audit to %s with 403', async (_who, claims: () => Claims) => {
    const response = await app.as(claims()).get('/audit');
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });
});
