import { AuditEntry } from '@bridge/platform';
import { CALLERS, describeOnEachBackend } from '../testing/training-test-app.fixture';

const REQUEST_ID = '5b0f2a51-6b1d-4c57-9f0e-1a2b3c4d5e6f';

describeOnEachBackend('the audit log of certificate reads', (app) => {
  let candidateId: string;
  let otherCandidateId: string;
  let certificateId: string;

  beforeAll(async () => {
    candidateId = (await app.registerCandidate({ piCode: 'PI-VUGHT' })).candidateId;
    otherCandidateId = (await app.registerCandidate({ piCode: 'PI-VUGHT' })).candidateId;
    for (const [id, issuedOn] of [
      [candidateId, '2025-06-30'],
      [candidateId, '2025-07-30'],
      [otherCandidateId, '2025-06-30'],
    ]) {
      const response = await app
        .as(CALLERS.vughtLeader)
        .post('/certificates', { candidateId: id, crebo: '25290', issuedOn });
      expect(response.status).toBe(201);
      if (id === candidateId) certificateId = response.body.id;
    }
  });

  const entries = () => app.dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });

  /** The entries a request wrote. */
  async function written(send: () => PromiseLike<unknown>) {
    const before = (await entries()).length;
    await send();
    return (await entries()).slice(before);
  }

  it('writes one entry for GET /certificates/:id: actor, role, action, pseudonym, certificate and request id', async () => {
    const added = await written(async () => {
      const response = await app
        .http()
        .get(`/certificates/${certificateId}`)
        .set('Authorization', await app.auth(CALLERS.denBoschAdvisor))
        .set('x-request-id', REQUEST_ID);
      expect(response.status).toBe(200);
    });
    expect(added).toEqual([
      expect.objectContaining({
        actor: CALLERS.denBoschAdvisor.sub,
        role: 'uwv-advisor',
        action: 'certificate.read',
        candidateId,
        targetId: certificateId,
        requestId: REQUEST_ID,
      }),
    ]);
  });

  it('writes one entry per candidate on a page of GET /certificates, filtered or not', async () => {
    const filtered = await written(async () => {
      const response = await app.as(CALLERS.vughtCasemanager).get('/certificates', { candidateId });
      expect(response.status).toBe(200);
      expect(response.body.items).toHaveLength(2);
    });
    expect(filtered.map((e) => [e.actor, e.action, e.candidateId])).toEqual([
      [CALLERS.vughtCasemanager.sub, 'certificates.listed', candidateId],
    ]);

    const all = await written(async () => {
      const response = await app.as(CALLERS.vughtLeader).get('/certificates', { limit: 100 });
      expect(response.status).toBe(200);
    });
    expect(all.map((e) => e.candidateId).sort()).toEqual([candidateId, otherCandidateId].sort());
    expect(new Set(all.map((e) => e.action))).toEqual(new Set(['certificates.listed']));
  });

  it('writes nothing for a read that is refused or shows no certificate', async () => {
    expect(
      await written(async () => {
        const response = await app
          .as(CALLERS.zwolleCasemanager)
          .get(`/certificates/${certificateId}`);
        expect(response.status).toBe(404);
        expect(
          (await app.as(CALLERS.zwolleCasemanager).get('/certificates', { candidateId })).status,
        ).toBe(404);
        expect((await app.as(CALLERS.zwolleLeader).get('/certificates')).body.items).toEqual([]);
      }),
    ).toEqual([]);
  });

  it('records registrations and revocations in the transaction of the change', async () => {
    const added = await written(async () => {
      const response = await app
        .as(CALLERS.vughtLeader)
        .post(`/certificates/${certificateId}/revoke`, { reason: 'in error' });
      expect(response.status).toBe(200);
    });
    expect(added.map((e) => [e.action, e.candidateId, e.targetId])).toEqual([
      ['certificate.revoked', candidateId, certificateId],
    ]);
    const registered = (await entries()).filter((e) => e.action === 'certificate.registered');
    expect(registered).toHaveLength(3);
  });

  it('refuses to change or delete an entry (append-only in the database)', async () => {
    const [first] = await entries();
    await expect(
      app.dataSource.query(`UPDATE audit_entries SET actor = 'someone-else' WHERE id = $1`, [
        first.id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      app.dataSource.query('DELETE FROM audit_entries WHERE id = $1', [first.id]),
    ).rejects.toThrow(/append-only/);
    expect((await entries())[0]).toEqual(first);
  });

  it('serves GET /audit to admins, with the filters of matching', async () => {
    const response = await app
      .as(CALLERS.admin)
      .get('/audit', { candidateId, actor: CALLERS.denBoschAdvisor.sub });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        expect.objectContaining({
          action: 'certificate.read',
          actor: CALLERS.denBoschAdvisor.sub,
          role: 'uwv-advisor',
          candidateId,
          targetId: certificateId,
        }),
      ],
      nextCursor: null,
    });
    const page = await app.as(CALLERS.admin).get('/audit', { limit: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const bad = await app.as(CALLERS.admin).get('/audit', { from: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
  });

  it.each([
    ['a workshop leader', CALLERS.vughtLeader],
    ['a casemanager', CALLERS.vughtCasemanager],
    ['an advisor', CALLERS.denBoschAdvisor],
    ['an education provider', CALLERS.school],
  ])('refuses GET /audit to %s with 403', async (_who, claims) => {
    const response = await app.as(claims).get('/audit');
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });
});
