import { aBrin } from '../../testing/provider.factory';
import {
  CALLERS,
  Claims,
  describeEachBackend,
  TrainingHarness,
} from '../../testing/training-test-harness';

interface ProblemBody {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

describeEachBackend('providers', (harness) => {
  let h: TrainingHarness;
  beforeAll(() => {
    h = harness();
  });

  async function post(claims: Claims | null, body: object, key?: string) {
    const req = h.http.post('/providers');
    if (claims) req.set('Authorization', await h.auth(claims));
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send(body);
  }

  async function get(claims: Claims, brin: string) {
    return h.http
      .get(`/providers/${brin}`)
      .set('Authorization', await h.auth(claims));
  }

  function fieldsOf(body: unknown): string[] {
    return ((body as ProblemBody).errors ?? []).map((e) => e.field);
  }

  describe('POST /providers', () => {
    it('registers a provider', async () => {
      const brin = aBrin();
      const response = await post(CALLERS.admin, {
        brin,
        name: 'ROC Midden Nederland',
        municipalityCode: 'GM0344',
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        brin,
        name: 'ROC Midden Nederland',
        municipalityCode: 'GM0344',
      });
    });

    it('answers 409 to a BRIN registered before, and writes nothing', async () => {
      const body = { brin: aBrin(), name: 'ROC', municipalityCode: 'GM0344' };
      expect((await post(CALLERS.admin, body)).status).toBe(201);
      const before = await h.count('providers');
      const again = await post(CALLERS.admin, { ...body, name: 'Other' });
      expect(again.status).toBe(409);
      expect(await h.count('providers')).toBe(before);
    });

    it('answers 422 naming municipalityCode for an unknown municipality', async () => {
      const response = await post(CALLERS.admin, {
        brin: aBrin(),
        name: 'ROC',
        municipalityCode: 'GM9999',
      });
      expect(response.status).toBe(422);
      expect(fieldsOf(response.body)).toEqual(['municipalityCode']);
    });

    it('answers 400 naming each malformed field and unknown fields', async () => {
      const response = await post(CALLERS.admin, {
        brin: '25lx',
        name: ' ',
        municipalityCode: '0344',
        website: 'https://example.org',
      });
      expect(response.status).toBe(400);
      expect(new Set(fieldsOf(response.body))).toEqual(
        new Set(['brin', 'name', 'municipalityCode', 'website']),
      );
    });

    it('answers 401 without a token', async () => {
      const response = await post(null, {
        brin: aBrin(),
        name: 'ROC',
        municipalityCode: 'GM0344',
      });
      expect(response.status).toBe(401);
    });

    it.each([
      ['education-provider', CALLERS.school],
      ['uwv-advisor', CALLERS.denBoschAdvisor],
      ['workshop-leader', CALLERS.vughtLeader],
      ['employer', CALLERS.employer],
    ])('answers 403 to role %s', async (_role, claims) => {
      const response = await post(claims, {
        brin: aBrin(),
        name: 'ROC',
        municipalityCode: 'GM0344',
      });
      expect(response.status).toBe(403);
    });

    it('answers a retry with the same Idempotency-Key with the first result', async () => {
      const body = { brin: aBrin(), name: 'ROC', municipalityCode: 'GM0344' };
      const first = await post(CALLERS.admin, body, 'provider-retry-1');
      expect(first.status).toBe(201);
      const before = await h.count('providers');
      const retry = await post(CALLERS.admin, body, 'provider-retry-1');
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await h.count('providers')).toBe(before);
      // Without the key it is a duplicate.
      expect((await post(CALLERS.admin, body)).status).toBe(409);
    });
  });

  describe('GET /providers/:brin', () => {
    it('shows a provider to admins and to that provider, and 404 to another provider', async () => {
      const created = await post(CALLERS.admin, {
        brin: CALLERS.school.brin,
        name: 'Koning Willem I College',
        municipalityCode: 'GM0796',
      });
      expect(created.status).toBe(201);

      const asAdmin = await get(CALLERS.admin, CALLERS.school.brin);
      expect(asAdmin.status).toBe(200);
      expect(asAdmin.body).toEqual(created.body);
      const asItself = await get(CALLERS.school, CALLERS.school.brin);
      expect(asItself.status).toBe(200);
      expect(asItself.body).toEqual(created.body);

      const other = { ...CALLERS.school, sub: 'school-2', brin: aBrin() };
      expect((await get(other, CALLERS.school.brin)).status).toBe(404);
      expect((await get(CALLERS.admin, aBrin())).status).toBe(404);
      expect(
        (await get(CALLERS.denBoschAdvisor, CALLERS.school.brin)).status,
      ).toBe(403);
    });
  });
});
