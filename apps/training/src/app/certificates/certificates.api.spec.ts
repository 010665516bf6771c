import { CERTIFICATE_REGISTERED, CERTIFICATE_REVOKED, parsePayload } from '@bridge/contracts';
import { calendarDateInNetherlands } from '@bridge/platform';
import { expectEventually } from '@bridge/testing';
import { RETURN_PLACES } from '../testing/candidate.factory';
import {
  CALLERS,
  Claims,
  describeOnEachBackend,
  problemFields,
} from '../testing/training-test-app.fixture';

interface CertificateBody {
  id: string;
  candidateId: string;
  piCode: string;
  crebo: string;
  title: string;
  level: number;
  sector: string;
  issuedOn: string;
  workProcesses: string[];
  workshopId: string | null;
  status: string;
  revokedAt?: string;
  revocationReason?: string;
}

const BASISLASSER = {
  crebo: '25290',
  title: 'Basislasser',
  level: 2,
  sector: 'Techniek en procesindustrie',
};

describeOnEachBackend('certificates', (app) => {
  async function post(claims: Claims | null, body: object) {
    const req = app.http().post('/certificates');
    if (claims) req.set('Authorization', await app.auth(claims));
    return req.send(body);
  }

  async function register(claims: Claims, body: Record<string, unknown>): Promise<CertificateBody> {
    const response = await post(claims, {
      crebo: BASISLASSER.crebo,
      issuedOn: '2025-06-30',
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body as CertificateBody;
  }

  describe('POST /certificates', () => {
    it("registers a certificate for a candidate of the workshop leader's PI and records the event in the outbox", async () => {
      const candidate = await app.registerCandidate({ piCode: 'PI-VUGHT' });
      const response = await post(CALLERS.vughtLeader, {
        candidateId: candidate.candidateId,
        crebo: BASISLASSER.crebo,
        workshopId: 'pi-vught-metal',
        workProcesses: ['Bereidt laswerkzaamheden voor', 'Voert laswerkzaamheden uit'],
        issuedOn: '2025-06-30',
      });

      expect(response.status).toBe(201);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      const certificate = response.body as CertificateBody;
      expect(certificate).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        candidateId: candidate.candidateId,
        piCode: 'PI-VUGHT',
        ...BASISLASSER,
        issuedOn: '2025-06-30',
        workProcesses: ['Bereidt laswerkzaamheden voor', 'Voert laswerkzaamheden uit'],
        workshopId: 'pi-vught-metal',
        status: 'valid',
        registeredAt: expect.any(String),
      });

      const events = await app.outboxEvents(certificate.id);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event).toMatchObject({
        type: CERTIFICATE_REGISTERED,
        producer: 'training',
        key: certificate.id,
        version: 1,
      });
      expect(parsePayload(CERTIFICATE_REGISTERED, event.payload)).toEqual({
        certificateId: certificate.id,
        candidateId: candidate.candidateId,
        piCode: 'PI-VUGHT',
        ...BASISLASSER,
        workshopId: 'pi-vught-metal',
        workProcesses: ['Bereidt laswerkzaamheden voor', 'Voert laswerkzaamheden uit'],
        issuedOn: '2025-06-30',
      });
      expect(event.correlationId).toBe(response.headers['x-request-id']);

      // The relay publishes it (nobody consumes it on this test bus, so the bus keeps it).
      await expectEventually(() =>
        expect(app.bus.retainedMessages(CERTIFICATE_REGISTERED).map((m) => m.key)).toContain(
          certificate.id,
        ),
      );
    });

    it('leaves out the optional workshop and work processes', async () => {
      const candidate = await app.registerCandidate();
      const certificate = await register(CALLERS.vughtLeader, {
        candidateId: candidate.candidateId,
      });
      expect(certificate).toMatchObject({
        workshopId: null,
        workProcesses: [],
      });
      const [event] = await app.outboxEvents(certificate.id);
      expect(event.payload).not.toHaveProperty('workshopId');
    });

    it('lets an admin register for a candidate of any PI', async () => {
      const candidate = await app.registerCandidate({
        piCode: 'PI-ZWOLLE',
        ...RETURN_PLACES.zwolle,
      });
      const certificate = await register(CALLERS.admin, {
        candidateId: candidate.candidateId,
      });
      expect(certificate.piCode).toBe('PI-ZWOLLE');
    });

    it('answers 401 without a token or with a bad one', async () => {
      const candidate = await app.registerCandidate();
      const body = {
        candidateId: candidate.candidateId,
        crebo: '25290',
        issuedOn: '2025-06-30',
      };
      const anonymous = await post(null, body);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
      const forged = await app
        .http()
        .post('/certificates')
        .set('Authorization', 'Bearer not.a.token')
        .send(body);
      expect(forged.status).toBe(401);
    });

    it('accepts today as issue date', async () => {
      const candidate = await app.registerCandidate();
      const certificate = await register(CALLERS.vughtLeader, {
        candidateId: candidate.candidateId,
        issuedOn: calendarDateInNetherlands(),
      });
      expect(certificate.issuedOn).toBe(calendarDateInNetherlands());
    });

    it('answers 400 naming each malformed field', async () => {
      const response = await post(CALLERS.vughtLeader, {
        crebo: '2529',
        workProcesses: ['ok', ''],
        issuedOn: '2025-06-30',
      });
      expect(response.status).toBe(400);
      expect(new Set(problemFields(response.body))).toEqual(
        new Set(['candidateId', 'crebo', 'workProcesses.1']),
      );
    });

    it('answers 409 to the same candidate, crebo and issue date twice', async () => {
      const candidate = await app.registerCandidate();
      const body = {
        candidateId: candidate.candidateId,
        issuedOn: '2025-05-01',
      };
      await register(CALLERS.vughtLeader, body);
      const again = await post(CALLERS.vughtLeader, {
        ...body,
        crebo: BASISLASSER.crebo,
      });
      expect(again.status).toBe(409);
      // Another issue date or crebo is another certificate.
      await register(CALLERS.vughtLeader, { ...body, issuedOn: '2025-05-02' });
      await register(CALLERS.vughtLeader, { ...body, crebo: '25291' });
    });
  });

  describe('POST /certificates/:id/revoke', () => {
    it('revokes a certificate and records the revoked event with the next version', async () => {
      const candidate = await app.registerCandidate();
      const certificate = await register(CALLERS.vughtLeader, {
        candidateId: candidate.candidateId,
      });

      const response = await app
        .http()
        .post(`/certificates/${certificate.id}/revoke`)
        .set('Authorization', await app.auth(CALLERS.vughtLeader))
        .send({ reason: 'Registered for the wrong candidate' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: certificate.id,
        status: 'revoked',
        revokedAt: expect.any(String),
        revocationReason: 'Registered for the wrong candidate',
      });
      const events = await app.outboxEvents(certificate.id);
      expect(events.map((e) => [e.type, e.version])).toEqual([
        [CERTIFICATE_REGISTERED, 1],
        [CERTIFICATE_REVOKED, 2],
      ]);
      expect(parsePayload(CERTIFICATE_REVOKED, events[1].payload)).toEqual({
        certificateId: certificate.id,
        candidateId: candidate.candidateId,
        crebo: '25290',
        revokedAt: (response.body as CertificateBody).revokedAt,
      });
      // The reason stays in training.
      expect(JSON.stringify(events[1])).not.toContain('wrong candidate');
    });

    it('lets a revoked certificate be registered again', async () => {
      const candidate = await app.registerCandidate();
      const body = {
        candidateId: candidate.candidateId,
        issuedOn: '2025-04-01',
      };
      const first = await register(CALLERS.vughtLeader, body);
      await app
        .http()
        .post(`/certificates/${first.id}/revoke`)
        .set('Authorization', await app.auth(CALLERS.vughtLeader))
        .send({ reason: 'wrong work processes' })
        .expect(200);
      const second = await register(CALLERS.vughtLeader, body);
      expect(second.id).not.toBe(first.id);
    });
  });

  describe('GET /certificates', () => {
    async function list(claims: Claims, query: Record<string, string | number> = {}) {
      return app
        .http()
        .get('/certificates')
        .query(query)
        .set('Authorization', await app.auth(claims));
    }

    it('lists the certificates of a candidate to the roles in scope, and 404 to others', async () => {
      const candidate = await app.registerCandidate({
        piCode: 'PI-VUGHT',
        ...RETURN_PLACES.denBosch,
      });
      const certificate = await register(CALLERS.vughtLeader, {
        candidateId: candidate.candidateId,
      });
      const query = { candidateId: candidate.candidateId };

      for (const claims of [
        CALLERS.vughtLeader,
        CALLERS.vughtCasemanager,
        CALLERS.denBoschAdvisor,
        CALLERS.admin,
      ]) {
        const response = await list(claims, query);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({
          items: [expect.objectContaining({ id: certificate.id })],
          nextCursor: null,
        });
      }
      for (const claims of [
        CALLERS.zwolleLeader,
        CALLERS.zwolleCasemanager,
        CALLERS.amsterdamAdvisor,
      ]) {
        expect((await list(claims, query)).status).toBe(404);
      }
      expect((await list(CALLERS.admin, { candidateId: 'no-such-candidate' })).status).toBe(404);
      expect((await list(CALLERS.employer, query)).status).toBe(403);
    });

    it('without a candidate, lists only the certificates in the caller’s scope', async () => {
      const zwolleCandidate = await app.registerCandidate({
        piCode: 'PI-ZWOLLE',
        ...RETURN_PLACES.amsterdam,
      });
      const zwolleCertificate = await register(CALLERS.zwolleLeader, {
        candidateId: zwolleCandidate.candidateId,
      });
      const vughtCandidate = await app.registerCandidate({ piCode: 'PI-VUGHT' });
      const vughtCertificate = await register(CALLERS.vughtLeader, {
        candidateId: vughtCandidate.candidateId,
      });

      const idsFor = async (claims: Claims) => {
        const response = await list(claims, { limit: 100 });
        expect(response.status).toBe(200);
        return (response.body as { items: CertificateBody[] }).items.map((c) => c.id);
      };
      const zwolle = await idsFor(CALLERS.zwolleCasemanager);
      expect(zwolle).toContain(zwolleCertificate.id);
      expect(zwolle).not.toContain(vughtCertificate.id);
      const amsterdam = await idsFor(CALLERS.amsterdamAdvisor);
      expect(amsterdam).toContain(zwolleCertificate.id);
      expect(amsterdam).not.toContain(vughtCertificate.id);
    });

    it('pages with limit and cursor, newest issue date first', async () => {
      const candidate = await app.registerCandidate();
      const dates = ['2024-01-10', '2024-03-10', '2024-02-10', '2024-03-10'];
      const crebos = ['25290', '25290', '25290', '25291'];
      for (const [i, issuedOn] of dates.entries()) {
        await register(CALLERS.vughtLeader, {
          candidateId: candidate.candidateId,
          crebo: crebos[i],
          issuedOn,
        });
      }
      const seen: CertificateBody[] = [];
      let cursor: string | null = null;
      do {
        const response = await list(CALLERS.vughtLeader, {
          candidateId: candidate.candidateId,
          limit: 3,
          ...(cursor ? { cursor } : {}),
        });
        expect(response.status).toBe(200);
        const page = response.body as {
          items: CertificateBody[];
          nextCursor: string | null;
        };
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.map((c) => c.issuedOn)).toEqual([
        '2024-03-10',
        '2024-03-10',
        '2024-02-10',
        '2024-01-10',
      ]);
      expect(new Set(seen.map((c) => c.id)).size).toBe(4);
    });

    it('shows the revocation reason to DJI roles but not to UWV advisors', async () => {
      const candidate = await app.registerCandidate({
        piCode: 'PI-VUGHT',
        ...RETURN_PLACES.denBosch,
      });
      const certificate = await register(CALLERS.vughtLeader, {
        candidateId: candidate.candidateId,
      });
      await app
        .http()
        .post(`/certificates/${certificate.id}/revoke`)
        .set('Authorization', await app.auth(CALLERS.vughtLeader))
        .send({ reason: 'fraudulent registration' })
        .expect(200);

      const asCasemanager = await list(CALLERS.vughtCasemanager, {
        candidateId: candidate.candidateId,
      });
      expect(asCasemanager.body.items[0]).toMatchObject({
        status: 'revoked',
        revocationReason: 'fraudulent registration',
      });
      const asAdvisor = await list(CALLERS.denBoschAdvisor, {
        candidateId: candidate.candidateId,
      });
      expect(asAdvisor.body.items[0]).toMatchObject({
        status: 'revoked',
        revokedAt: expect.any(String),
      });
      expect(asAdvisor.body.items[0]).not.toHaveProperty('revocationReason');
    });
  });

  describe('GET /certificates/:id', () => {
    it('answers the certificate in scope and 404 out of scope', async () => {
      const candidate = await app.registerCandidate({ piCode: 'PI-VUGHT' });
      const certificate = await register(CALLERS.vughtLeader, {
        candidateId: candidate.candidateId,
      });
      const get = async (claims: Claims, id = certificate.id) =>
        app
          .http()
          .get(`/certificates/${id}`)
          .set('Authorization', await app.auth(claims));
      expect((await get(CALLERS.vughtCasemanager)).body).toMatchObject({
        id: certificate.id,
        status: 'valid',
      });
      expect((await get(CALLERS.zwolleCasemanager)).status).toBe(404);
      expect((await get(CALLERS.admin, 'not-a-uuid')).status).toBe(400);
    });
  });
});
