import {
  COVENANT_ENDED,
  parsePayload,
  SCHOOL_PLACE_PUBLISHED,
  SCHOOL_PLACE_UPDATED,
  SCHOOL_PLACE_WITHDRAWN,
} from '@bridge/contracts';
import { expectEventually } from '@bridge/testing';
import { aSchoolCovenant } from '../testing/covenant.factory';
import {
  CALLERS,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  problemFields,
} from '../testing/training-test-app.fixture';
import { aBrin } from '../testing/provider.factory';

interface SchoolPlaceBody {
  id: string;
  brin: string;
  covenantId: string | null;
  crebo: string;
  title: string;
  level: number;
  sector: string;
  learningPath: string;
  municipalityCode: string;
  regionCode: string;
  startDate: string;
  seats: number;
  seatsLeft: number;
  status: string;
  entryRequirements: {
    minLevel: number | null;
    requiredQualifications: string[];
  };
  version: number;
}

const BASISLASSER = {
  crebo: '25290',
  title: 'Basislasser',
  level: 2,
  sector: 'Techniek en procesindustrie',
};

const SCHOOL = CALLERS.school;

describeOnEachBackend('school places', (app) => {
  /** A provider of its own, registered but not the one of CALLERS.school. */
  let otherBrin: string;
  /** Two covenants of CALLERS.school's own, in force. */
  let covenantIds: [string, string];

  beforeAll(async () => {
    otherBrin = aBrin();
    for (const brin of [SCHOOL.brin, otherBrin]) {
      const response = await app
        .http()
        .post('/providers')
        .set('Authorization', await app.auth(CALLERS.admin))
        .send({ brin, name: `School ${brin}`, municipalityCode: 'GM0796' });
      expect(response.status).toBe(201);
    }
    const [first, second] = [
      await app.signCovenant(aSchoolCovenant(SCHOOL.brin)),
      await app.signCovenant(aSchoolCovenant(SCHOOL.brin)),
    ];
    covenantIds = [first.covenantId, second.covenantId];
  });

  const validBody = (overrides: Record<string, unknown> = {}) => ({
    brin: SCHOOL.brin,
    crebo: BASISLASSER.crebo,
    learningPath: 'BBL',
    municipalityCode: 'GM0796',
    startDate: '2027-02-01',
    seats: 5,
    ...overrides,
  });

  async function post(claims: Claims | null, body: object, path = '/school-places', key?: string) {
    const req = app.http().post(path);
    if (claims) req.set('Authorization', await app.auth(claims));
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send(body);
  }

  async function patch(claims: Claims, id: string, body: object) {
    return app
      .http()
      .patch(`/school-places/${id}`)
      .set('Authorization', await app.auth(claims))
      .send(body);
  }

  async function list(claims: Claims, query: Record<string, string> = {}) {
    return app
      .http()
      .get('/school-places')
      .query(query)
      .set('Authorization', await app.auth(claims));
  }

  async function publish(
    overrides: Record<string, unknown> = {},
    claims: Claims = SCHOOL,
  ): Promise<SchoolPlaceBody> {
    const response = await post(claims, validBody(overrides));
    expect(response.status).toBe(201);
    return response.body as SchoolPlaceBody;
  }

  describe('POST /school-places', () => {
    it('publishes a school place with the reference data of its crebo and records the event', async () => {
      const response = await post(
        SCHOOL,
        validBody({
          covenantId: covenantIds[0],
          entryRequirements: { minLevel: 1, requiredQualifications: ['25291'] },
        }),
      );
      expect(response.status).toBe(201);
      const place = response.body as SchoolPlaceBody;
      expect(place).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        brin: SCHOOL.brin,
        covenantId: covenantIds[0],
        ...BASISLASSER,
        learningPath: 'BBL',
        municipalityCode: 'GM0796',
        regionCode: 'AM27',
        startDate: '2027-02-01',
        seats: 5,
        seatsLeft: 5,
        status: 'open',
        entryRequirements: { minLevel: 1, requiredQualifications: ['25291'] },
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      const events = await app.outboxEvents(place.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: SCHOOL_PLACE_PUBLISHED,
        producer: 'training',
        key: place.id,
        version: 1,
      });
      expect(events[0].correlationId).toBe(response.headers['x-request-id']);
      expect(parsePayload(SCHOOL_PLACE_PUBLISHED, events[0].payload)).toEqual({
        schoolPlaceId: place.id,
        brin: SCHOOL.brin,
        covenantId: covenantIds[0],
        ...BASISLASSER,
        learningPath: 'BBL',
        municipalityCode: 'GM0796',
        startDate: '2027-02-01',
        seats: 5,
        seatsLeft: 5,
        status: 'open',
        entryRequirements: { minLevel: 1, requiredQualifications: ['25291'] },
      });
    });

    it('leaves out the optional covenant and entry requirements', async () => {
      const place = await publish();
      expect(place).toMatchObject({
        covenantId: null,
        entryRequirements: { minLevel: null, requiredQualifications: [] },
      });
    });

    it('publishes a place for any MBO qualification, not only In-Made trades (a healthcare crebo)', async () => {
      const response = await post(
        SCHOOL,
        validBody({
          crebo: '25491',
          learningPath: 'BOL',
          entryRequirements: { minLevel: 2, requiredQualifications: ['25498'] },
        }),
      );
      expect(response.status).toBe(201);
      const place = response.body as SchoolPlaceBody;
      expect(place).toMatchObject({
        crebo: '25491',
        title: 'Verzorgende IG',
        level: 3,
        sector: 'Zorg en welzijn',
        entryRequirements: { minLevel: 2, requiredQualifications: ['25498'] },
      });
      const [event] = await app.outboxEvents(place.id);
      expect(parsePayload(SCHOOL_PLACE_PUBLISHED, event.payload)).toMatchObject({
        crebo: '25491',
        title: 'Verzorgende IG',
        sector: 'Zorg en welzijn',
      });
    });

    it('answers 422 naming the field for a crebo outside the 2015 set, and publishes nothing', async () => {
      const count = async () =>
        ((await list(CALLERS.admin, { limit: '100' })).body as { items: unknown[] }).items.length;
      const before = await count();
      const response = await post(
        SCHOOL,
        validBody({ entryRequirements: { requiredQualifications: ['25290', '25755'] } }),
      );
      expect(response.status).toBe(422);
      expect(problemFields(response.body)).toEqual(['entryRequirements.requiredQualifications.1']);
      const unknownCrebo = await post(SCHOOL, validBody({ crebo: '25755' }));
      expect(unknownCrebo.status).toBe(422);
      expect(problemFields(unknownCrebo.body)).toEqual(['crebo']);
      expect(await count()).toBe(before);
    });

    it('lets an admin publish for any registered provider', async () => {
      const place = await publish({ brin: otherBrin }, CALLERS.admin);
      expect(place.brin).toBe(otherBrin);
    });

    it('answers 400 naming each malformed field', async () => {
      const response = await post(SCHOOL, {
        brin: SCHOOL.brin,
        crebo: '2529',
        learningPath: 'BOX',
        municipalityCode: 'GM0796',
        startDate: '2027-02-30',
        seats: 0,
        entryRequirements: {
          minLevel: 5,
          requiredQualifications: ['25290', 'x'],
        },
        colour: 'blue',
      });
      expect(response.status).toBe(400);
      expect(new Set(problemFields(response.body))).toEqual(
        new Set([
          'crebo',
          'learningPath',
          'startDate',
          'seats',
          'entryRequirements.minLevel',
          'entryRequirements.requiredQualifications.1',
          'colour',
        ]),
      );
    });

    it('answers a retry with the same Idempotency-Key with the first result', async () => {
      const first = await post(SCHOOL, validBody(), '/school-places', 'sp-1');
      expect(first.status).toBe(201);
      const [places, events] = [
        await app.count('school_places'),
        await app.count('outbox_messages'),
      ];
      const retry = await post(SCHOOL, validBody(), '/school-places', 'sp-1');
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await app.count('school_places')).toBe(places);
      expect(await app.count('outbox_messages')).toBe(events);
    });
  });

  describe('GET /school-places', () => {
    it('lists own places to a provider, all to admins and advisors, with filters and cursor paging', async () => {
      const own = await publish({ crebo: '25291', municipalityCode: 'GM0193' });
      const other = await publish(
        { brin: otherBrin, crebo: '25291', municipalityCode: 'GM0193' },
        CALLERS.admin,
      );

      const asSchool = await list(SCHOOL, { crebo: '25291', region: 'AM36' });
      expect(asSchool.status).toBe(200);
      const schoolIds = (asSchool.body.items as SchoolPlaceBody[]).map((p) => p.id);
      expect(schoolIds).toContain(own.id);
      expect(schoolIds).not.toContain(other.id);
      expect((asSchool.body.items as SchoolPlaceBody[]).every((p) => p.brin === SCHOOL.brin)).toBe(
        true,
      );

      for (const caller of [CALLERS.admin, CALLERS.denBoschAdvisor]) {
        const all = await list(caller, { crebo: '25291', region: 'AM36' });
        expect(all.status).toBe(200);
        const ids = (all.body.items as SchoolPlaceBody[]).map((p) => p.id);
        // Newest first.
        expect(ids.indexOf(other.id)).toBeLessThan(ids.indexOf(own.id));
        expect(ids.indexOf(own.id)).toBeGreaterThanOrEqual(0);
      }

      // Cursor paging walks everything exactly once.
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(CALLERS.admin, {
          limit: '1',
          crebo: '25291',
          ...(cursor ? { cursor } : {}),
        });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(1);
        seen.push(...(page.body.items as SchoolPlaceBody[]).map((p) => p.id));
        cursor = page.body.nextCursor as string | null;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining([own.id, other.id]));
    });

    it('filters by status', async () => {
      const place = await publish({ crebo: '25292' });
      await post(SCHOOL, {}, `/school-places/${place.id}/withdraw`);
      const withdrawn = await list(CALLERS.admin, {
        status: 'withdrawn',
        crebo: '25292',
      });
      expect((withdrawn.body.items as SchoolPlaceBody[]).map((p) => p.id)).toContain(place.id);
      const open = await list(CALLERS.admin, {
        status: 'open',
        crebo: '25292',
      });
      expect((open.body.items as SchoolPlaceBody[]).map((p) => p.id)).not.toContain(place.id);
    });
  });

  describe('GET /school-places/:id', () => {
    it('shows a place to its provider, admins and advisors, and 404 to another provider', async () => {
      const place = await publish();
      for (const caller of [SCHOOL, CALLERS.admin, CALLERS.denBoschAdvisor]) {
        const response = await app
          .http()
          .get(`/school-places/${place.id}`)
          .set('Authorization', await app.auth(caller));
        expect(response.status).toBe(200);
        expect(response.body).toEqual(place);
      }
      const other = { ...SCHOOL, sub: 'school-2', brin: otherBrin };
      const response = await app
        .http()
        .get(`/school-places/${place.id}`)
        .set('Authorization', await app.auth(other));
      expect(response.status).toBe(404);
    });
  });

  describe('PATCH /school-places/:id', () => {
    it('changes an open place, bumps its version and records the updated event with the full state', async () => {
      const place = await publish();
      const response = await patch(SCHOOL, place.id, {
        crebo: '25291',
        learningPath: 'BOL',
        municipalityCode: 'GM0363',
        seats: 3,
        covenantId: covenantIds[1],
        entryRequirements: { minLevel: 2 },
      });
      expect(response.status).toBe(200);
      const updated = response.body as SchoolPlaceBody;
      expect(updated).toMatchObject({
        id: place.id,
        brin: SCHOOL.brin,
        crebo: '25291',
        learningPath: 'BOL',
        municipalityCode: 'GM0363',
        regionCode: 'AM18',
        startDate: place.startDate,
        seats: 3,
        seatsLeft: 3,
        covenantId: covenantIds[1],
        entryRequirements: { minLevel: 2, requiredQualifications: [] },
        status: 'open',
        version: 2,
      });
      expect(updated.title).not.toBe(place.title);

      const events = await app.outboxEvents(place.id);
      expect(events.map((e) => [e.type, e.version])).toEqual([
        [SCHOOL_PLACE_PUBLISHED, 1],
        [SCHOOL_PLACE_UPDATED, 2],
      ]);
      expect(parsePayload(SCHOOL_PLACE_UPDATED, events[1].payload)).toMatchObject({
        schoolPlaceId: place.id,
        crebo: '25291',
        title: updated.title,
        municipalityCode: 'GM0363',
        seats: 3,
        seatsLeft: 3,
        covenantId: covenantIds[1],
      });

      // null clears the covenant.
      const cleared = await patch(CALLERS.admin, place.id, {
        covenantId: null,
      });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ covenantId: null, version: 3 });
    });
  });

  describe('POST /school-places/:id/withdraw', () => {
    it('withdraws an open place and records the withdrawn event', async () => {
      const place = await publish();
      const response = await post(SCHOOL, {}, `/school-places/${place.id}/withdraw`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: place.id,
        status: 'withdrawn',
        version: 2,
      });
      const events = await app.outboxEvents(place.id);
      expect(events.map((e) => [e.type, e.version])).toEqual([
        [SCHOOL_PLACE_PUBLISHED, 1],
        [SCHOOL_PLACE_WITHDRAWN, 2],
      ]);
      expect(parsePayload(SCHOOL_PLACE_WITHDRAWN, events[1].payload)).toEqual({
        schoolPlaceId: place.id,
        brin: SCHOOL.brin,
      });
    });

    it("lets an admin withdraw a provider's place", async () => {
      const place = await publish();
      const response = await post(CALLERS.admin, {}, `/school-places/${place.id}/withdraw`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'withdrawn' });
    });
  });

  describe("the place's covenant", () => {
    it('keeps a place open when its covenant ends later, and lets it change what does not touch the covenant', async () => {
      const covenant = await app.signCovenant(aSchoolCovenant(SCHOOL.brin));
      const place = await publish({ covenantId: covenant.covenantId });
      const [events, version] = [await app.outboxEvents(place.id), place.version];

      await app.publish(COVENANT_ENDED, covenant.covenantId, 2, {
        covenantId: covenant.covenantId,
        endedOn: daysFromToday(-1),
      });
      await expectEventually(async () =>
        expect((await app.covenantRow(covenant.covenantId))?.endedOn).toBe(daysFromToday(-1)),
      );
      const after = await app
        .http()
        .get(`/school-places/${place.id}`)
        .set('Authorization', await app.auth(SCHOOL));
      expect(after.body).toMatchObject({
        status: 'open',
        covenantId: covenant.covenantId,
        version,
      });
      expect(await app.outboxEvents(place.id)).toEqual(events);

      const seats = await patch(SCHOOL, place.id, { seats: 7 });
      expect(seats.status).toBe(200);
      // A new start date is checked against the covenant: it has ended.
      const moved = await patch(SCHOOL, place.id, {
        startDate: daysFromToday(90),
      });
      expect(moved.status).toBe(409);
      expect(problemFields(moved.body)).toContain('covenantId');
      // Without the covenant the place can move.
      const cleared = await patch(SCHOOL, place.id, {
        covenantId: null,
        startDate: daysFromToday(90),
      });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ covenantId: null });
    });

    it("checks a new start date against the place's covenant", async () => {
      const covenant = await app.signCovenant(
        aSchoolCovenant(SCHOOL.brin, { validTo: daysFromToday(100) }),
      );
      const place = await publish({
        covenantId: covenant.covenantId,
        startDate: daysFromToday(60),
      });
      const inside = await patch(SCHOOL, place.id, {
        startDate: daysFromToday(100),
      });
      expect(inside.status).toBe(200);
      const outside = await patch(SCHOOL, place.id, {
        startDate: daysFromToday(101),
      });
      expect(outside.status).toBe(409);
      expect(problemFields(outside.body)).toEqual(['covenantId', 'startDate']);
    });
  });
});
