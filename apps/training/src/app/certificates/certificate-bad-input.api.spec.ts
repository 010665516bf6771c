import { randomUUID } from 'node:crypto';
import { expectEventually } from '@bridge/testing';
import { aCandidate, RETURN_PLACES } from '../testing/candidate.factory';
import {
  BadInputCase,
  BadQueryCase,
  CALLERS,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  LONG_STRING,
  PAGING_CASES,
} from '../testing/training-test-app.fixture';

/**
 * Every kind of bad input and every wrong caller of the certificate endpoints, as tables: each
 * case asserts the status, the field the problem names and that nothing was written.
 */

const VUGHT = aCandidate({ piCode: 'PI-VUGHT' });
const ZWOLLE = aCandidate({ piCode: 'PI-ZWOLLE', ...RETURN_PLACES.zwolle });
const LEFT = aCandidate({ piCode: 'PI-VUGHT' });
/** Registered in beforeAll: a second one is a duplicate. */
const REGISTERED = {
  candidateId: VUGHT.candidateId,
  crebo: '25291',
  issuedOn: '2025-03-03',
};

const validCertificate = (overrides: Record<string, unknown> = {}) => ({
  candidateId: VUGHT.candidateId,
  crebo: '25290',
  issuedOn: '2025-06-30',
  ...overrides,
});

/** POST /certificates by the workshop leader of PI Vught, unless told otherwise. */
const REGISTER_CASES: BadInputCase[] = [
  // unknown fields and wrong types
  {
    name: 'an unknown field',
    body: validCertificate({ grade: 'excellent' }),
    status: 400,
    field: 'grade',
    message: 'is not a known field',
  },
  {
    name: 'status (set by the service)',
    body: validCertificate({ status: 'revoked' }),
    status: 400,
    field: 'status',
  },
  {
    name: 'candidateId missing',
    body: validCertificate({ candidateId: undefined }),
    status: 400,
    field: 'candidateId',
  },
  {
    name: 'candidateId a number',
    body: validCertificate({ candidateId: 42 }),
    status: 400,
    field: 'candidateId',
  },
  {
    name: 'candidateId empty',
    body: validCertificate({ candidateId: '' }),
    status: 400,
    field: 'candidateId',
  },
  {
    name: 'candidateId of 10,000 characters',
    body: validCertificate({ candidateId: LONG_STRING }),
    status: 400,
    field: 'candidateId',
  },
  {
    name: 'crebo missing',
    body: validCertificate({ crebo: undefined }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'crebo a number',
    body: validCertificate({ crebo: 25290 }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'crebo of 4 digits',
    body: validCertificate({ crebo: '2529' }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'crebo null',
    body: validCertificate({ crebo: null }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'crebo of 10,000 characters',
    body: validCertificate({ crebo: LONG_STRING }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'workshopId a number',
    body: validCertificate({ workshopId: 3 }),
    status: 400,
    field: 'workshopId',
  },
  {
    name: 'workshopId empty',
    body: validCertificate({ workshopId: '' }),
    status: 400,
    field: 'workshopId',
  },
  {
    name: 'workshopId of 10,000 characters',
    body: validCertificate({ workshopId: LONG_STRING }),
    status: 400,
    field: 'workshopId',
  },
  {
    name: 'workProcesses a string',
    body: validCertificate({ workProcesses: 'lassen' }),
    status: 400,
    field: 'workProcesses',
  },
  {
    name: 'a work process empty',
    body: validCertificate({ workProcesses: ['lassen', ''] }),
    status: 400,
    field: 'workProcesses.1',
  },
  {
    name: 'a work process a number',
    body: validCertificate({ workProcesses: [7] }),
    status: 400,
    field: 'workProcesses.0',
  },
  {
    name: 'a work process of 10,000 characters',
    body: validCertificate({ workProcesses: [LONG_STRING] }),
    status: 400,
    field: 'workProcesses.0',
  },
  {
    name: 'a work process twice',
    body: validCertificate({ workProcesses: ['lassen', 'lassen'] }),
    status: 400,
    field: 'workProcesses',
  },
  {
    name: 'more than 50 work processes',
    body: validCertificate({
      workProcesses: Array.from({ length: 51 }, (_, i) => `proces ${i}`),
    }),
    status: 400,
    field: 'workProcesses',
  },
  // dates
  {
    name: 'issuedOn in the future',
    body: validCertificate({ issuedOn: daysFromToday(2) }),
    status: 400,
    field: 'issuedOn',
    message: 'must not be in the future',
  },
  {
    name: 'issuedOn far in the future',
    body: validCertificate({ issuedOn: '2999-01-01' }),
    status: 400,
    field: 'issuedOn',
    message: 'must not be in the future',
  },
  {
    name: 'issuedOn before 2000',
    body: validCertificate({ issuedOn: '1999-12-31' }),
    status: 400,
    field: 'issuedOn',
    message: 'must not be before 2000-01-01',
  },
  {
    name: 'issuedOn not a calendar date',
    body: validCertificate({ issuedOn: '2025-02-30' }),
    status: 400,
    field: 'issuedOn',
    message: 'must be a date written YYYY-MM-DD',
  },
  {
    name: 'issuedOn a timestamp',
    body: validCertificate({ issuedOn: '2025-06-30T10:00:00Z' }),
    status: 400,
    field: 'issuedOn',
    message: 'must be a date written YYYY-MM-DD',
  },
  {
    name: 'issuedOn written DD-MM-YYYY',
    body: validCertificate({ issuedOn: '30-06-2025' }),
    status: 400,
    field: 'issuedOn',
  },
  {
    name: 'issuedOn a number',
    body: validCertificate({ issuedOn: 20250630 }),
    status: 400,
    field: 'issuedOn',
  },
  {
    name: 'issuedOn missing',
    body: validCertificate({ issuedOn: undefined }),
    status: 400,
    field: 'issuedOn',
  },
  { name: 'a list as body', body: [validCertificate()], status: 400 },
  // unknown references (422)
  {
    name: 'a candidate the read model does not know',
    body: validCertificate({ candidateId: 'no-such-candidate' }),
    status: 422,
    field: 'candidateId',
  },
  {
    name: 'an unknown crebo',
    body: validCertificate({ crebo: '99999' }),
    status: 422,
    field: 'crebo',
  },
  {
    name: 'an unknown workshop',
    body: validCertificate({ workshopId: 'no-such-workshop' }),
    status: 422,
    field: 'workshopId',
  },
  {
    name: "a workshop of another PI than the candidate's",
    body: validCertificate({ workshopId: 'pi-zwolle-metal' }),
    status: 422,
    field: 'workshopId',
  },
  // another party's candidate (404), conflicts (409)
  {
    name: 'a candidate of another PI',
    caller: CALLERS.zwolleLeader,
    body: validCertificate(),
    status: 404,
    field: 'candidateId',
  },
  {
    name: 'the same candidate, crebo and issue date twice',
    body: REGISTERED,
    status: 409,
    field: 'issuedOn',
  },
  {
    name: 'the same certificate twice (admin)',
    caller: CALLERS.admin,
    body: REGISTERED,
    status: 409,
    field: 'crebo',
  },
  {
    name: 'a candidate who left the platform',
    body: validCertificate({ candidateId: LEFT.candidateId }),
    status: 409,
    field: 'candidateId',
  },
];

/** POST /certificates/:id/revoke of a valid certificate of PI Vught. */
const REVOKE_CASES: BadInputCase[] = [
  { name: 'reason missing', body: {}, status: 400, field: 'reason' },
  { name: 'reason empty', body: { reason: '' }, status: 400, field: 'reason' },
  {
    name: 'reason blank',
    body: { reason: '   ' },
    status: 400,
    field: 'reason',
  },
  {
    name: 'reason a number',
    body: { reason: 5 },
    status: 400,
    field: 'reason',
  },
  {
    name: 'reason of 501 characters',
    body: { reason: 'x'.repeat(501) },
    status: 400,
    field: 'reason',
  },
  {
    name: 'reason of 10,000 characters',
    body: { reason: LONG_STRING },
    status: 400,
    field: 'reason',
  },
  {
    name: 'an unknown field',
    body: { reason: 'wrong crebo', by: 'me' },
    status: 400,
    field: 'by',
  },
  { name: 'a list as body', body: [{ reason: 'wrong crebo' }], status: 400 },
];

describeOnEachBackend('certificates: bad input and wrong callers', (app) => {
  /** A valid certificate of VUGHT, and a revoked one. */
  let valid: string;
  let revoked: string;

  beforeAll(async () => {
    for (const candidate of [VUGHT, ZWOLLE, LEFT]) await app.registerCandidate(candidate);
    await app.candidateLeaves(LEFT.candidateId, 2);
    await expectEventually(async () =>
      expect((await app.candidateRow(LEFT.candidateId))?.status).toBe('left'),
    );
    const register = async (body: object) => {
      const response = await app
        .http()
        .post('/certificates')
        .set('Authorization', await app.auth(CALLERS.vughtLeader))
        .send(body);
      expect(response.status).toBe(201);
      return (response.body as { id: string }).id;
    };
    await register(REGISTERED);
    valid = await register(validCertificate({ issuedOn: '2025-01-01' }));
    revoked = await register(validCertificate({ issuedOn: '2025-01-02' }));
    await app
      .http()
      .post(`/certificates/${revoked}/revoke`)
      .set('Authorization', await app.auth(CALLERS.admin))
      .send({ reason: 'duplicate' })
      .expect(200);
  });

  async function send(method: 'post' | 'get', path: string, caller: Claims, body?: unknown) {
    const req = app
      .http()
      [method](path)
      .set('Authorization', await app.auth(caller));
    return body === undefined ? req : req.send(body as object);
  }

  describe('POST /certificates', () => {
    it.each(REGISTER_CASES)('refuses $name: $status', async (c) => {
      const problem = await app.expectRefused(
        () => send('post', '/certificates', c.caller ?? CALLERS.vughtLeader, c.body),
        c.status,
        c.field,
      );
      if (c.message !== undefined)
        expect(problem.errors).toContainEqual({
          field: c.field,
          message: c.message,
        });
    });

    it('names every unknown reference at once in one 422', async () => {
      const unknownCandidate = await app.expectRefused(
        () =>
          send(
            'post',
            '/certificates',
            CALLERS.vughtLeader,
            validCertificate({ candidateId: 'no-such-candidate', crebo: '99999' }),
          ),
        422,
      );
      expect(unknownCandidate.errors?.map((e) => e.field)).toEqual(['candidateId', 'crebo']);
      const unknownWorkshop = await app.expectRefused(
        () =>
          send(
            'post',
            '/certificates',
            CALLERS.vughtLeader,
            validCertificate({ crebo: '99999', workshopId: 'pi-zwolle-metal' }),
          ),
        422,
      );
      expect(unknownWorkshop.errors).toEqual([
        { field: 'crebo', message: 'Unknown crebo: 99999' },
        { field: 'workshopId', message: 'Unknown workshop at PI-VUGHT: pi-zwolle-metal' },
      ]);
    });

    it.each([
      ['casemanager', CALLERS.vughtCasemanager],
      ['uwv-advisor', CALLERS.denBoschAdvisor],
      ['employer', CALLERS.employer],
      ['education-provider', CALLERS.school],
    ])('answers 403 to role %s, and writes nothing', async (_role, caller) => {
      await app.expectRefused(() => send('post', '/certificates', caller, validCertificate()), 403);
    });
  });

  describe('GET /certificates', () => {
    it.each<BadQueryCase>([
      ...PAGING_CASES,
      {
        name: 'a candidateId of 10,000 characters',
        query: { candidateId: LONG_STRING },
        status: 400,
        field: 'candidateId',
      },
      {
        name: 'an empty candidateId',
        query: { candidateId: '' },
        status: 400,
        field: 'candidateId',
      },
    ])('answers $status naming the parameter for $name', async ({ query, status, field }) => {
      await app.expectRefused(
        async () =>
          app
            .http()
            .get('/certificates')
            .query(query)
            .set('Authorization', await app.auth(CALLERS.admin)),
        status,
        field,
      );
    });

    it.each([
      ['a workshop leader of another PI', CALLERS.zwolleLeader, VUGHT.candidateId],
      ['a casemanager of another PI', CALLERS.zwolleCasemanager, VUGHT.candidateId],
      ['an advisor of another region', CALLERS.amsterdamAdvisor, VUGHT.candidateId],
      ['an admin, for an unknown candidate', CALLERS.admin, randomUUID()],
    ])('answers 404 naming candidateId to %s', async (_who, caller, candidateId) => {
      await app.expectRefused(
        async () =>
          app
            .http()
            .get('/certificates')
            .query({ candidateId })
            .set('Authorization', await app.auth(caller)),
        404,
        'candidateId',
      );
    });

    it.each([
      ['employer', CALLERS.employer],
      ['education-provider', CALLERS.school],
    ])('answers 403 to role %s', async (_role, caller) => {
      await app.expectRefused(() => send('get', '/certificates', caller), 403);
    });
  });

  describe('GET /certificates/:id', () => {
    it('answers 404 out of scope and for unknown ids, 403 to other roles', async () => {
      for (const caller of [
        CALLERS.zwolleLeader,
        CALLERS.zwolleCasemanager,
        CALLERS.amsterdamAdvisor,
      ])
        await app.expectRefused(() => send('get', `/certificates/${valid}`, caller), 404);
      await app.expectRefused(
        () => send('get', `/certificates/${randomUUID()}`, CALLERS.admin),
        404,
      );
      await app.expectRefused(
        () => send('get', '/certificates/not-a-uuid', CALLERS.admin),
        400,
        'id',
      );
      for (const caller of [CALLERS.employer, CALLERS.school])
        await app.expectRefused(() => send('get', `/certificates/${valid}`, caller), 403);
    });
  });

  describe('POST /certificates/:id/revoke', () => {
    it.each(REVOKE_CASES)('refuses $name: $status', async (c) => {
      await app.expectRefused(
        () =>
          send('post', `/certificates/${valid}/revoke`, c.caller ?? CALLERS.vughtLeader, c.body),
        c.status,
        c.field,
      );
    });

    it('answers 409 on a revoked certificate, 404 out of scope and for unknown ids, 403 to other roles', async () => {
      const body = { reason: 'wrong crebo' };
      await app.expectRefused(
        () => send('post', `/certificates/${revoked}/revoke`, CALLERS.vughtLeader, body),
        409,
      );
      await app.expectRefused(
        () => send('post', `/certificates/${valid}/revoke`, CALLERS.zwolleLeader, body),
        404,
      );
      await app.expectRefused(
        () => send('post', `/certificates/${randomUUID()}/revoke`, CALLERS.admin, body),
        404,
      );
      await app.expectRefused(
        () => send('post', '/certificates/not-a-uuid/revoke', CALLERS.admin, body),
        400,
        'id',
      );
      for (const caller of [
        CALLERS.vughtCasemanager,
        CALLERS.denBoschAdvisor,
        CALLERS.employer,
        CALLERS.school,
      ])
        await app.expectRefused(
          () => send('post', `/certificates/${valid}/revoke`, caller, body),
          403,
        );
    });
  });
});
