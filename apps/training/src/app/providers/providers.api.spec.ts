import {
  BadInputCase,
  CALLERS,
  Claims,
  describeOnEachBackend,
  LONG_STRING,
  problemFields,
} from '../testing/training-test-app.fixture';
import { aBrin } from '../testing/provider.factory';

/** Registered in beforeAll: registering it again is a duplicate. */
const REGISTERED_BRIN = aBrin();

const validProvider = (overrides: Record<string, unknown> = {}) => ({
  brin: aBrin(),
  name: 'ROC Midden Nederland',
  municipalityCode: 'GM0344',
  ...overrides,
});

/** POST /providers: each case asserts the status, the field named and that nothing was written. */
const REGISTER_CASES: BadInputCase[] = [
  {
    name: 'an unknown field',
    body: validProvider({ website: 'https://example.org' }),
    status: 400,
    field: 'website',
  },
  {
    name: 'brin missing',
    body: validProvider({ brin: undefined }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'brin a number',
    body: validProvider({ brin: 2512 }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'brin in lower case',
    body: validProvider({ brin: '25lx' }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'brin of 1 digit and 3 letters',
    body: validProvider({ brin: '2LXX' }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'brin of 10,000 characters',
    body: validProvider({ brin: LONG_STRING }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'name missing',
    body: validProvider({ name: undefined }),
    status: 400,
    field: 'name',
  },
  {
    name: 'name a number',
    body: validProvider({ name: 7 }),
    status: 400,
    field: 'name',
  },
  {
    name: 'name empty',
    body: validProvider({ name: '' }),
    status: 400,
    field: 'name',
  },
  {
    name: 'name blank',
    body: validProvider({ name: '   ' }),
    status: 400,
    field: 'name',
  },
  {
    name: 'name of 201 characters',
    body: validProvider({ name: 'x'.repeat(201) }),
    status: 400,
    field: 'name',
  },
  {
    name: 'name of 10,000 characters',
    body: validProvider({ name: LONG_STRING }),
    status: 400,
    field: 'name',
  },
  {
    name: 'municipalityCode missing',
    body: validProvider({ municipalityCode: undefined }),
    status: 400,
    field: 'municipalityCode',
  },
  {
    name: 'municipalityCode a number',
    body: validProvider({ municipalityCode: 344 }),
    status: 400,
    field: 'municipalityCode',
  },
  {
    name: 'municipalityCode malformed',
    body: validProvider({ municipalityCode: '0344' }),
    status: 400,
    field: 'municipalityCode',
  },
  {
    name: 'municipalityCode of 10,000 characters',
    body: validProvider({ municipalityCode: LONG_STRING }),
    status: 400,
    field: 'municipalityCode',
  },
  { name: 'a list as body', body: [validProvider()], status: 400 },
  {
    name: 'an unknown municipality',
    body: validProvider({ municipalityCode: 'GM9999' }),
    status: 422,
    field: 'municipalityCode',
  },
  {
    name: 'a BRIN registered before',
    body: validProvider({ brin: REGISTERED_BRIN, name: 'Other' }),
    status: 409,
    field: 'brin',
  },
  { name: 'no token', caller: null, body: validProvider(), status: 401 },
  {
    name: 'role education-provider',
    caller: CALLERS.school,
    body: validProvider(),
    status: 403,
  },
  {
    name: 'role uwv-advisor',
    caller: CALLERS.denBoschAdvisor,
    body: validProvider(),
    status: 403,
  },
  {
    name: 'role workshop-leader',
    caller: CALLERS.vughtLeader,
    body: validProvider(),
    status: 403,
  },
  {
    name: 'role casemanager',
    caller: CALLERS.vughtCasemanager,
    body: validProvider(),
    status: 403,
  },
  {
    name: 'role employer',
    caller: CALLERS.employer,
    body: validProvider(),
    status: 403,
  },
];

describeOnEachBackend('providers', (app) => {
  beforeAll(async () => {
    const response = await post(CALLERS.admin, {
      brin: REGISTERED_BRIN,
      name: 'ROC',
      municipalityCode: 'GM0344',
    });
    expect(response.status).toBe(201);
  });

  async function post(claims: Claims | null, body: unknown, key?: string) {
    const req = app.http().post('/providers');
    if (claims) req.set('Authorization', await app.auth(claims));
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send(body as object);
  }

  async function get(claims: Claims, brin: string) {
    return app
      .http()
      .get(`/providers/${brin}`)
      .set('Authorization', await app.auth(claims));
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

    it('answers 400 naming each malformed field and unknown fields', async () => {
      const response = await post(CALLERS.admin, {
        brin: '25lx',
        name: ' ',
        municipalityCode: '0344',
        website: 'https://example.org',
      });
      expect(response.status).toBe(400);
      expect(new Set(problemFields(response.body))).toEqual(
        new Set(['brin', 'name', 'municipalityCode', 'website']),
      );
    });

    it.each(REGISTER_CASES)('refuses $name: $status', async (c) => {
      await app.expectRefused(
        () => post(c.caller === undefined ? CALLERS.admin : c.caller, c.body),
        c.status,
        c.field,
      );
    });

    it('answers a retry with the same Idempotency-Key with the first result', async () => {
      const body = { brin: aBrin(), name: 'ROC', municipalityCode: 'GM0344' };
      const first = await post(CALLERS.admin, body, 'provider-retry-1');
      expect(first.status).toBe(201);
      const before = await app.count('providers');
      const retry = await post(CALLERS.admin, body, 'provider-retry-1');
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await app.count('providers')).toBe(before);
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
      expect((await get(CALLERS.denBoschAdvisor, CALLERS.school.brin)).status).toBe(403);
    });
  });
});
