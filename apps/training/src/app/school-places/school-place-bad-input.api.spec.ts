import { COVENANT_ENDED } from '@bridge/contracts';
import { expectEventually } from '@bridge/testing';
import { aSchoolCovenant, anEmployerCovenant } from '../testing/covenant.factory';
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
import { aBrin } from '../testing/provider.factory';

/**
 * Every kind of bad input and every wrong caller of the school-place endpoints, as tables: each
 * case asserts the status, the field the problem names and that nothing was written.
 */

const SCHOOL = CALLERS.school;
const OTHER_BRIN = aBrin();
const OTHER_SCHOOL: Claims = { ...SCHOOL, sub: 'school-2', brin: OTHER_BRIN };
const START = daysFromToday(65);

/** Covenants employers publishes before the tests run (signed in beforeAll). */
const COVENANTS = {
  own: aSchoolCovenant(SCHOOL.brin),
  otherSchool: aSchoolCovenant(OTHER_BRIN),
  employer: anEmployerCovenant(),
  /** Ended yesterday. */
  ended: aSchoolCovenant(SCHOOL.brin),
  /** Ends in ten days, before START. */
  endsBeforeStart: aSchoolCovenant(SCHOOL.brin),
  /** In force only from START + 1. */
  notYetInForce: aSchoolCovenant(SCHOOL.brin, {
    validFrom: daysFromToday(66),
  }),
  /** Valid until a month from now, before START. */
  expiresBeforeStart: aSchoolCovenant(SCHOOL.brin, {
    validTo: daysFromToday(30),
  }),
};
const ENDINGS: [keyof typeof COVENANTS, string][] = [
  ['ended', daysFromToday(-1)],
  ['endsBeforeStart', daysFromToday(10)],
];

const validPlace = (overrides: Record<string, unknown> = {}) => ({
  brin: SCHOOL.brin,
  crebo: '25290',
  learningPath: 'BBL',
  municipalityCode: 'GM0796',
  startDate: START,
  seats: 5,
  ...overrides,
});

/** POST /school-places: the body's fields, one wrong at a time. */
const PUBLISH_CASES: BadInputCase[] = [
  // unknown fields and wrong types
  {
    name: 'an unknown field',
    body: validPlace({ colour: 'blue' }),
    status: 400,
    field: 'colour',
  },
  {
    name: 'status (set by the service)',
    body: validPlace({ status: 'full' }),
    status: 400,
    field: 'status',
  },
  {
    name: 'brin missing',
    body: validPlace({ brin: undefined }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'brin a number',
    body: validPlace({ brin: 25 }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'brin in lower case',
    body: validPlace({ brin: '25lx' }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'brin of 10,000 characters',
    body: validPlace({ brin: LONG_STRING }),
    status: 400,
    field: 'brin',
  },
  {
    name: 'covenantId a number',
    body: validPlace({ covenantId: 7 }),
    status: 400,
    field: 'covenantId',
  },
  {
    name: 'covenantId empty',
    body: validPlace({ covenantId: '' }),
    status: 400,
    field: 'covenantId',
  },
  {
    name: 'covenantId of 10,000 characters',
    body: validPlace({ covenantId: LONG_STRING }),
    status: 400,
    field: 'covenantId',
  },
  {
    name: 'crebo missing',
    body: validPlace({ crebo: undefined }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'crebo a number',
    body: validPlace({ crebo: 25290 }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'crebo of 4 digits',
    body: validPlace({ crebo: '2529' }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'crebo null',
    body: validPlace({ crebo: null }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'crebo of 10,000 characters',
    body: validPlace({ crebo: LONG_STRING }),
    status: 400,
    field: 'crebo',
  },
  {
    name: 'learningPath not BBL/BOL',
    body: validPlace({ learningPath: 'BOX' }),
    status: 400,
    field: 'learningPath',
  },
  {
    name: 'learningPath in lower case',
    body: validPlace({ learningPath: 'bbl' }),
    status: 400,
    field: 'learningPath',
  },
  {
    name: 'municipalityCode malformed',
    body: validPlace({ municipalityCode: 'GM99' }),
    status: 400,
    field: 'municipalityCode',
  },
  {
    name: 'municipalityCode a number',
    body: validPlace({ municipalityCode: 796 }),
    status: 400,
    field: 'municipalityCode',
  },
  {
    name: 'municipalityCode of 10,000 characters',
    body: validPlace({ municipalityCode: LONG_STRING }),
    status: 400,
    field: 'municipalityCode',
  },
  // dates
  {
    name: 'startDate not a calendar date',
    body: validPlace({ startDate: '2027-02-30' }),
    status: 400,
    field: 'startDate',
  },
  {
    name: 'startDate written DD-MM-YYYY',
    body: validPlace({ startDate: '01-02-2027' }),
    status: 400,
    field: 'startDate',
  },
  {
    name: 'startDate a timestamp',
    body: validPlace({ startDate: '2027-02-01T08:00:00Z' }),
    status: 400,
    field: 'startDate',
  },
  {
    name: 'startDate a number',
    body: validPlace({ startDate: 20270201 }),
    status: 400,
    field: 'startDate',
  },
  {
    name: 'startDate missing',
    body: validPlace({ startDate: undefined }),
    status: 400,
    field: 'startDate',
  },
  // counts
  {
    name: 'seats zero',
    body: validPlace({ seats: 0 }),
    status: 400,
    field: 'seats',
  },
  {
    name: 'seats negative',
    body: validPlace({ seats: -3 }),
    status: 400,
    field: 'seats',
  },
  {
    name: 'seats a fraction',
    body: validPlace({ seats: 1.5 }),
    status: 400,
    field: 'seats',
  },
  {
    name: 'seats a string',
    body: validPlace({ seats: '5' }),
    status: 400,
    field: 'seats',
  },
  {
    name: 'seats above 1000',
    body: validPlace({ seats: 1001 }),
    status: 400,
    field: 'seats',
  },
  {
    name: 'seats null',
    body: validPlace({ seats: null }),
    status: 400,
    field: 'seats',
  },
  // entry requirements
  {
    name: 'entryRequirements a list',
    body: validPlace({ entryRequirements: [] }),
    status: 400,
    field: 'entryRequirements',
  },
  {
    name: 'entryRequirements a string',
    body: validPlace({ entryRequirements: 'level 2' }),
    status: 400,
    field: 'entryRequirements',
  },
  {
    name: 'entryRequirements with an unknown field',
    body: validPlace({ entryRequirements: { vog: true } }),
    status: 400,
    field: 'entryRequirements.vog',
  },
  {
    name: 'minLevel 0',
    body: validPlace({ entryRequirements: { minLevel: 0 } }),
    status: 400,
    field: 'entryRequirements.minLevel',
  },
  {
    name: 'minLevel 5',
    body: validPlace({ entryRequirements: { minLevel: 5 } }),
    status: 400,
    field: 'entryRequirements.minLevel',
  },
  {
    name: 'minLevel a string',
    body: validPlace({ entryRequirements: { minLevel: '2' } }),
    status: 400,
    field: 'entryRequirements.minLevel',
  },
  {
    name: 'requiredQualifications not a list',
    body: validPlace({
      entryRequirements: { requiredQualifications: '25290' },
    }),
    status: 400,
    field: 'entryRequirements.requiredQualifications',
  },
  {
    name: 'a required qualification malformed',
    body: validPlace({
      entryRequirements: { requiredQualifications: ['25290', 'x'] },
    }),
    status: 400,
    field: 'entryRequirements.requiredQualifications.1',
  },
  {
    name: 'a required qualification of 10,000 characters',
    body: validPlace({
      entryRequirements: { requiredQualifications: [LONG_STRING] },
    }),
    status: 400,
    field: 'entryRequirements.requiredQualifications.0',
  },
  {
    name: 'a required qualification twice',
    body: validPlace({
      entryRequirements: { requiredQualifications: ['25290', '25290'] },
    }),
    status: 400,
    field: 'entryRequirements.requiredQualifications',
  },
  {
    name: 'more than 20 required qualifications',
    body: validPlace({
      entryRequirements: {
        requiredQualifications: Array.from({ length: 21 }, (_, i) => String(25000 + i)),
      },
    }),
    status: 400,
    field: 'entryRequirements.requiredQualifications',
  },
  // unknown codes (422)
  {
    name: 'the BRIN of an unregistered provider',
    caller: CALLERS.admin,
    body: validPlace({ brin: '99ZZ' }),
    status: 422,
    field: 'brin',
  },
  {
    name: 'an unknown crebo',
    body: validPlace({ crebo: '99999' }),
    status: 422,
    field: 'crebo',
  },
  {
    name: 'an unknown municipality',
    body: validPlace({ municipalityCode: 'GM9999' }),
    status: 422,
    field: 'municipalityCode',
  },
  {
    name: 'an unknown required qualification',
    body: validPlace({
      entryRequirements: { requiredQualifications: ['25290', '99999'] },
    }),
    status: 422,
    field: 'entryRequirements.requiredQualifications.1',
  },
  {
    name: 'an unknown covenant',
    body: validPlace({ covenantId: 'no-such-covenant' }),
    status: 422,
    field: 'covenantId',
  },
  {
    name: 'an unknown covenant (admin)',
    caller: CALLERS.admin,
    body: validPlace({ covenantId: 'no-such-covenant' }),
    status: 422,
    field: 'covenantId',
  },
  // another party's covenant: out of a provider's scope (404); for an admin a wrong reference (422)
  {
    name: "an employer's covenant",
    body: validPlace({ covenantId: COVENANTS.employer.covenantId }),
    status: 404,
    field: 'covenantId',
  },
  {
    name: "another school's covenant",
    body: validPlace({ covenantId: COVENANTS.otherSchool.covenantId }),
    status: 404,
    field: 'covenantId',
  },
  {
    name: "an employer's covenant (admin)",
    caller: CALLERS.admin,
    body: validPlace({ covenantId: COVENANTS.employer.covenantId }),
    status: 422,
    field: 'covenantId',
  },
  {
    name: "another school's covenant (admin)",
    caller: CALLERS.admin,
    body: validPlace({ covenantId: COVENANTS.otherSchool.covenantId }),
    status: 422,
    field: 'covenantId',
  },
  // a covenant not in force (409)
  {
    name: 'a covenant that ended',
    body: validPlace({ covenantId: COVENANTS.ended.covenantId }),
    status: 409,
    field: 'covenantId',
  },
  {
    name: 'a covenant that ends before the start date',
    body: validPlace({ covenantId: COVENANTS.endsBeforeStart.covenantId }),
    status: 409,
    field: 'startDate',
  },
  {
    name: 'a covenant not yet in force on the start date',
    body: validPlace({ covenantId: COVENANTS.notYetInForce.covenantId }),
    status: 409,
    field: 'startDate',
  },
  {
    name: 'a covenant that expires before the start date',
    body: validPlace({ covenantId: COVENANTS.expiresBeforeStart.covenantId }),
    status: 409,
    field: 'covenantId',
  },
  // another party's BRIN
  {
    name: "another provider's BRIN",
    body: validPlace({ brin: OTHER_BRIN }),
    status: 404,
  },
  // not a JSON object
  { name: 'a list as body', body: [validPlace()], status: 400 },
];

/** PATCH /school-places/:id on an open place of CALLERS.school. */
const PATCH_CASES: BadInputCase[] = [
  {
    name: 'brin (not changeable)',
    body: { brin: OTHER_BRIN },
    status: 400,
    field: 'brin',
  },
  {
    name: 'an unknown field',
    body: { seats: 3, colour: 'blue' },
    status: 400,
    field: 'colour',
  },
  {
    name: 'status (set by the service)',
    body: { status: 'full' },
    status: 400,
    field: 'status',
  },
  {
    name: 'crebo a number',
    body: { crebo: 25291 },
    status: 400,
    field: 'crebo',
  },
  { name: 'crebo null', body: { crebo: null }, status: 400, field: 'crebo' },
  {
    name: 'crebo of 10,000 characters',
    body: { crebo: LONG_STRING },
    status: 400,
    field: 'crebo',
  },
  {
    name: 'learningPath not BBL/BOL',
    body: { learningPath: 'DUAL' },
    status: 400,
    field: 'learningPath',
  },
  {
    name: 'learningPath null',
    body: { learningPath: null },
    status: 400,
    field: 'learningPath',
  },
  {
    name: 'municipalityCode malformed',
    body: { municipalityCode: '0796' },
    status: 400,
    field: 'municipalityCode',
  },
  {
    name: 'municipalityCode of 10,000 characters',
    body: { municipalityCode: LONG_STRING },
    status: 400,
    field: 'municipalityCode',
  },
  {
    name: 'startDate not a calendar date',
    body: { startDate: '2027-13-01' },
    status: 400,
    field: 'startDate',
  },
  {
    name: 'startDate null',
    body: { startDate: null },
    status: 400,
    field: 'startDate',
  },
  { name: 'seats zero', body: { seats: 0 }, status: 400, field: 'seats' },
  { name: 'seats negative', body: { seats: -1 }, status: 400, field: 'seats' },
  { name: 'seats a string', body: { seats: '3' }, status: 400, field: 'seats' },
  { name: 'seats null', body: { seats: null }, status: 400, field: 'seats' },
  {
    name: 'covenantId a number',
    body: { covenantId: 7 },
    status: 400,
    field: 'covenantId',
  },
  {
    name: 'covenantId of 10,000 characters',
    body: { covenantId: LONG_STRING },
    status: 400,
    field: 'covenantId',
  },
  {
    name: 'entryRequirements a list',
    body: { entryRequirements: ['25290'] },
    status: 400,
    field: 'entryRequirements',
  },
  {
    name: 'minLevel 9',
    body: { entryRequirements: { minLevel: 9 } },
    status: 400,
    field: 'entryRequirements.minLevel',
  },
  {
    name: 'an unknown crebo',
    body: { crebo: '99999' },
    status: 422,
    field: 'crebo',
  },
  {
    name: 'an unknown municipality',
    body: { municipalityCode: 'GM9999' },
    status: 422,
    field: 'municipalityCode',
  },
  {
    name: 'an unknown required qualification',
    body: { entryRequirements: { requiredQualifications: ['99999'] } },
    status: 422,
    field: 'entryRequirements.requiredQualifications.0',
  },
  {
    name: 'an unknown covenant',
    body: { covenantId: 'no-such-covenant' },
    status: 422,
    field: 'covenantId',
  },
  {
    name: "an employer's covenant",
    body: { covenantId: COVENANTS.employer.covenantId },
    status: 404,
    field: 'covenantId',
  },
  {
    name: "another school's covenant",
    body: { covenantId: COVENANTS.otherSchool.covenantId },
    status: 404,
    field: 'covenantId',
  },
  {
    name: "an employer's covenant (admin)",
    caller: CALLERS.admin,
    body: { covenantId: COVENANTS.employer.covenantId },
    status: 422,
    field: 'covenantId',
  },
  {
    name: 'a covenant that ended',
    body: { covenantId: COVENANTS.ended.covenantId },
    status: 409,
    field: 'covenantId',
  },
  {
    name: 'a covenant not yet in force on the start date',
    body: { covenantId: COVENANTS.notYetInForce.covenantId },
    status: 409,
    field: 'startDate',
  },
  {
    name: 'a start date after its covenant expires',
    body: {
      covenantId: COVENANTS.own.covenantId,
      startDate: daysFromToday(731),
    },
    status: 409,
    field: 'startDate',
  },
];

/** POST /school-places/:id/placements on an open place of CALLERS.school with a referral to it. */
const PLACEMENT_CASES: BadInputCase[] = [
  { name: 'referralId missing', body: {}, status: 400, field: 'referralId' },
  {
    name: 'referralId a number',
    body: { referralId: 12 },
    status: 400,
    field: 'referralId',
  },
  {
    name: 'referralId empty',
    body: { referralId: '' },
    status: 400,
    field: 'referralId',
  },
  {
    name: 'referralId of 10,000 characters',
    body: { referralId: LONG_STRING },
    status: 400,
    field: 'referralId',
  },
  {
    name: 'an unknown field',
    body: { referralId: 'r-1', seats: 1 },
    status: 400,
    field: 'seats',
  },
  {
    name: 'an unknown referral',
    body: { referralId: 'no-such-referral' },
    status: 422,
    field: 'referralId',
  },
];

describeOnEachBackend('school places: bad input and wrong callers', (app) => {
  beforeAll(async () => {
    for (const brin of [SCHOOL.brin, OTHER_BRIN]) {
      const response = await app
        .http()
        .post('/providers')
        .set('Authorization', await app.auth(CALLERS.admin))
        .send({ brin, name: `School ${brin}`, municipalityCode: 'GM0796' });
      expect(response.status).toBe(201);
    }
    for (const covenant of Object.values(COVENANTS)) await app.signCovenant(covenant);
    for (const [name, endedOn] of ENDINGS) {
      const { covenantId } = COVENANTS[name];
      await app.publish(COVENANT_ENDED, covenantId, 2, { covenantId, endedOn });
      await expectEventually(async () =>
        expect((await app.covenantRow(covenantId))?.endedOn).toBe(endedOn),
      );
    }
  });

  async function send(
    method: 'post' | 'patch' | 'get',
    path: string,
    caller: Claims | null,
    body?: unknown,
    idempotencyKey?: string,
  ) {
    const req = app.http()[method](path);
    if (caller) req.set('Authorization', await app.auth(caller));
    if (idempotencyKey !== undefined) req.set('Idempotency-Key', idempotencyKey);
    return body === undefined ? req : req.send(body as object);
  }

  /** A new open place of CALLERS.school (with the own covenant when asked). */
  async function publishPlace(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await send('post', '/school-places', SCHOOL, validPlace(overrides));
    expect(response.status).toBe(201);
    return (response.body as { id: string }).id;
  }

  async function withdraw(placeId: string) {
    const response = await send('post', `/school-places/${placeId}/withdraw`, SCHOOL);
    expect(response.status).toBe(200);
  }

  /** A place of one seat, taken by a placement. */
  async function fullPlace(): Promise<string> {
    const placeId = await publishPlace({ seats: 1 });
    const referralId = await app.referToSchoolPlace(placeId, SCHOOL.brin);
    const response = await send('post', `/school-places/${placeId}/placements`, SCHOOL, {
      referralId,
    });
    expect(response.body).toMatchObject({ status: 'full' });
    return placeId;
  }

  describe('POST /school-places', () => {
    it.each(PUBLISH_CASES)('refuses $name: $status', async (c) => {
      await app.expectRefused(
        () => send('post', '/school-places', c.caller ?? SCHOOL, c.body),
        c.status,
        c.field,
      );
    });

    it.each([
      ['casemanager', CALLERS.vughtCasemanager],
      ['workshop-leader', CALLERS.vughtLeader],
      ['uwv-advisor', CALLERS.denBoschAdvisor],
      ['employer', CALLERS.employer],
    ])('answers 403 to role %s, and writes nothing', async (_role, caller) => {
      await app.expectRefused(() => send('post', '/school-places', caller, validPlace()), 403);
    });

    it('answers 401 without a token and 400 naming a malformed Idempotency-Key, writing nothing', async () => {
      await app.expectRefused(() => send('post', '/school-places', null, validPlace()), 401);
      await app.expectRefused(
        () => send('post', '/school-places', SCHOOL, validPlace(), 'k'.repeat(256)),
        400,
        'Idempotency-Key',
      );
    });

    it('names every unknown reference at once in one 422, and writes nothing', async () => {
      const problem = await app.expectRefused(
        () =>
          send(
            'post',
            '/school-places',
            SCHOOL,
            validPlace({
              covenantId: 'no-such-covenant',
              crebo: '99999',
              municipalityCode: 'GM9999',
              entryRequirements: { requiredQualifications: ['25290', '99998'] },
            }),
          ),
        422,
      );
      expect(problem.errors).toEqual([
        { field: 'covenantId', message: 'Unknown covenant: no-such-covenant' },
        { field: 'crebo', message: 'Unknown crebo: 99999' },
        { field: 'municipalityCode', message: 'Unknown municipality: GM9999' },
        {
          field: 'entryRequirements.requiredQualifications.1',
          message: 'Unknown required qualification: 99998',
        },
      ]);
      expect(problem.detail).toBe(
        'Unknown references: covenantId, crebo, municipalityCode, entryRequirements.requiredQualifications.1',
      );
    });

    it("names an admin's unknown provider and another party's covenant with the other unknown references", async () => {
      const problem = await app.expectRefused(
        () =>
          send(
            'post',
            '/school-places',
            CALLERS.admin,
            validPlace({
              brin: '99ZZ',
              covenantId: COVENANTS.employer.covenantId,
              crebo: '99999',
            }),
          ),
        422,
      );
      expect(problem.errors?.map((e) => e.field)).toEqual(['covenantId', 'brin', 'crebo']);
    });

    it("answers 404 for another party's covenant before naming unknown references", async () => {
      await app.expectRefused(
        () =>
          send(
            'post',
            '/school-places',
            SCHOOL,
            validPlace({ covenantId: COVENANTS.otherSchool.covenantId, crebo: '99999' }),
          ),
        404,
        'covenantId',
      );
    });

    it('answers 422 for unknown references before 409 for a covenant that ended', async () => {
      const problem = await app.expectRefused(
        () =>
          send(
            'post',
            '/school-places',
            SCHOOL,
            validPlace({ covenantId: COVENANTS.ended.covenantId, municipalityCode: 'GM9999' }),
          ),
        422,
        'municipalityCode',
      );
      expect(problem.errors).toHaveLength(1);
    });

    it('accepts its own covenant in force on the start date', async () => {
      const response = await send(
        'post',
        '/school-places',
        SCHOOL,
        validPlace({ covenantId: COVENANTS.own.covenantId }),
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        covenantId: COVENANTS.own.covenantId,
      });
    });
  });

  describe('GET /school-places', () => {
    it.each<BadQueryCase>([
      ...PAGING_CASES,
      {
        name: 'an unknown status',
        query: { status: 'closed' },
        status: 400,
        field: 'status',
      },
      {
        name: 'a malformed region',
        query: { region: 'XX' },
        status: 400,
        field: 'region',
      },
      {
        name: 'an unknown region (AM04 does not exist)',
        query: { region: 'AM04' },
        status: 400,
        field: 'region',
      },
      {
        name: 'a region of 10,000 characters',
        query: { region: LONG_STRING },
        status: 400,
        field: 'region',
      },
      {
        name: 'a malformed crebo',
        query: { crebo: 'abc' },
        status: 400,
        field: 'crebo',
      },
      {
        name: 'a filter that is not one (brin)',
        query: { brin: '25LX' },
        status: 400,
        field: 'brin',
      },
    ])('answers $status naming the parameter for $name', async ({ query, status, field }) => {
      await app.expectRefused(
        async () =>
          app
            .http()
            .get('/school-places')
            .query(query)
            .set('Authorization', await app.auth(CALLERS.admin)),
        status,
        field,
      );
    });

    it.each([
      ['casemanager', CALLERS.vughtCasemanager],
      ['workshop-leader', CALLERS.vughtLeader],
      ['employer', CALLERS.employer],
    ])('answers 403 to role %s', async (_role, caller) => {
      await app.expectRefused(() => send('get', '/school-places', caller), 403);
    });
  });

  describe('PATCH /school-places/:id', () => {
    it.each(PATCH_CASES)('refuses $name: $status', async (c) => {
      const placeId = await publishPlace();
      await app.expectRefused(
        () => send('patch', `/school-places/${placeId}`, c.caller ?? SCHOOL, c.body),
        c.status,
        c.field,
      );
    });

    it('names every unknown reference at once in one 422, before 409 for a place no longer open', async () => {
      const placeId = await publishPlace();
      await withdraw(placeId);
      const problem = await app.expectRefused(
        () =>
          send('patch', `/school-places/${placeId}`, SCHOOL, {
            crebo: '99999',
            municipalityCode: 'GM9999',
            entryRequirements: { requiredQualifications: ['99998'] },
          }),
        422,
      );
      expect(problem.errors?.map((e) => e.field)).toEqual([
        'crebo',
        'municipalityCode',
        'entryRequirements.requiredQualifications.0',
      ]);
    });

    it('answers 409 naming seats when fewer seats than placements made are asked', async () => {
      const placeId = await publishPlace({ seats: 2 });
      const referralId = await app.referToSchoolPlace(placeId, SCHOOL.brin);
      await send('post', `/school-places/${placeId}/placements`, SCHOOL, {
        referralId,
      });
      await app.expectRefused(
        () => send('patch', `/school-places/${placeId}`, SCHOOL, { seats: 1 }),
        409,
        'seats',
      );
    });

    it('answers 409 on a withdrawn or a full place, and 404 on an unknown one, writing nothing', async () => {
      const withdrawn = await publishPlace();
      await withdraw(withdrawn);
      const full = await fullPlace();
      for (const placeId of [withdrawn, full])
        await app.expectRefused(
          () => send('patch', `/school-places/${placeId}`, SCHOOL, { seats: 4 }),
          409,
        );
      for (const [placeId, status] of [
        ['00000000-0000-4000-8000-000000000000', 404],
        ['not-a-uuid', 400],
      ] as const)
        await app.expectRefused(
          () =>
            send('patch', `/school-places/${placeId}`, CALLERS.admin, {
              seats: 4,
            }),
          status,
        );
    });

    it('answers 404 to another provider and 403 to other roles, writing nothing', async () => {
      const placeId = await publishPlace();
      await app.expectRefused(
        () =>
          send('patch', `/school-places/${placeId}`, OTHER_SCHOOL, {
            seats: 2,
          }),
        404,
      );
      for (const caller of [CALLERS.denBoschAdvisor, CALLERS.vughtLeader, CALLERS.employer])
        await app.expectRefused(
          () => send('patch', `/school-places/${placeId}`, caller, { seats: 2 }),
          403,
        );
    });
  });

  describe('POST /school-places/:id/withdraw', () => {
    it('answers 409 on a withdrawn or a full place, 404 to another provider and for unknown ids, 400 for a malformed id, 403 to other roles', async () => {
      const withdrawn = await publishPlace();
      await withdraw(withdrawn);
      const full = await fullPlace();
      const open = await publishPlace();
      for (const placeId of [withdrawn, full])
        await app.expectRefused(
          () => send('post', `/school-places/${placeId}/withdraw`, SCHOOL),
          409,
        );
      for (const [caller, placeId] of [
        [OTHER_SCHOOL, open],
        [CALLERS.admin, '00000000-0000-4000-8000-000000000000'],
      ] as const)
        await app.expectRefused(
          () => send('post', `/school-places/${placeId}/withdraw`, caller),
          404,
        );
      await app.expectRefused(
        () => send('post', '/school-places/not-a-uuid/withdraw', CALLERS.admin),
        400,
        'id',
      );
      for (const caller of [CALLERS.denBoschAdvisor, CALLERS.vughtLeader, CALLERS.employer])
        await app.expectRefused(() => send('post', `/school-places/${open}/withdraw`, caller), 403);
    });
  });

  describe('POST /school-places/:id/placements', () => {
    it.each(PLACEMENT_CASES)('refuses $name: $status', async (c) => {
      const placeId = await publishPlace();
      await app.referToSchoolPlace(placeId, SCHOOL.brin);
      await app.expectRefused(
        () => send('post', `/school-places/${placeId}/placements`, c.caller ?? SCHOOL, c.body),
        c.status,
        c.field,
      );
    });

    it('refuses a referral to another place (422), placed already (409), on a full or withdrawn place (409)', async () => {
      const placeId = await publishPlace({ seats: 1 });
      const elsewhere = await app.referToSchoolPlace(await publishPlace(), SCHOOL.brin);
      await app.expectRefused(
        () =>
          send('post', `/school-places/${placeId}/placements`, SCHOOL, {
            referralId: elsewhere,
          }),
        422,
        'referralId',
      );
      const placed = await app.referToSchoolPlace(placeId, SCHOOL.brin);
      const waiting = await app.referToSchoolPlace(placeId, SCHOOL.brin);
      await send('post', `/school-places/${placeId}/placements`, SCHOOL, {
        referralId: placed,
      });
      await app.expectRefused(
        () =>
          send('post', `/school-places/${placeId}/placements`, SCHOOL, {
            referralId: placed,
          }),
        409,
      );
      await app.expectRefused(
        () =>
          send('post', `/school-places/${placeId}/placements`, SCHOOL, {
            referralId: waiting,
          }),
        409,
      );
      const withdrawn = await publishPlace();
      const referral = await app.referToSchoolPlace(withdrawn, SCHOOL.brin);
      await withdraw(withdrawn);
      await app.expectRefused(
        () =>
          send('post', `/school-places/${withdrawn}/placements`, SCHOOL, {
            referralId: referral,
          }),
        409,
      );
    });

    it('answers 404 to another provider and for unknown places, 403 to other roles, writing nothing', async () => {
      const placeId = await publishPlace();
      const referralId = await app.referToSchoolPlace(placeId, SCHOOL.brin);
      await app.expectRefused(
        () =>
          send('post', `/school-places/${placeId}/placements`, OTHER_SCHOOL, {
            referralId,
          }),
        404,
      );
      await app.expectRefused(
        () =>
          send(
            'post',
            '/school-places/00000000-0000-4000-8000-000000000000/placements',
            CALLERS.admin,
            { referralId },
          ),
        404,
      );
      for (const caller of [CALLERS.denBoschAdvisor, CALLERS.vughtLeader, CALLERS.employer])
        await app.expectRefused(
          () =>
            send('post', `/school-places/${placeId}/placements`, caller, {
              referralId,
            }),
          403,
        );
    });
  });

  describe('GET /school-places/:id', () => {
    it('answers 404 to another provider and for unknown ids, 400 for a malformed id, 403 to other roles', async () => {
      const placeId = await publishPlace();
      await app.expectRefused(() => send('get', `/school-places/${placeId}`, OTHER_SCHOOL), 404);
      await app.expectRefused(
        () => send('get', '/school-places/not-a-uuid', CALLERS.admin),
        400,
        'id',
      );
      for (const caller of [CALLERS.vughtCasemanager, CALLERS.vughtLeader, CALLERS.employer])
        await app.expectRefused(() => send('get', `/school-places/${placeId}`, caller), 403);
    });
  });
});
