import { randomUUID } from 'node:crypto';
import {
  COVENANT_ENDED,
  COVENANT_SIGNED,
  VACANCY_PLACEMENT_FOLLOWED_UP,
  VACANCY_PLACEMENT_RECORDED,
} from '@bridge/contracts';
import { listPenitentiaryInstitutions, listRegions } from '@bridge/reference-data';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  employer,
  expectProblem,
  OTHER_ADVISOR,
} from '../testing/matching-test-app.fixture';

const counts = (
  nearingRelease: number,
  withCertificate: number,
  withSuggestion: number,
  referred: number,
  placed: number,
  placedHolding3Months = 0,
  placedHolding6Months = 0,
) => ({
  nearingRelease,
  withCertificate,
  withSuggestion,
  referred,
  placed,
  placedHolding3Months,
  placedHolding6Months,
});
const NONE = counts(0, 0, 0, 0, 0);

describeOnEachBackend('insights', (app) => {
  describe('GET /insights/funnel', () => {
    const funnel = (claims: Claims, query: Record<string, string> = {}) =>
      app.as(claims).get('/insights/funnel', query);

    /**
     * Nearing release, all PI Vught returning to AM27 unless said otherwise: one placed, one referred,
     * one suggested, one without certificate; one in AM26 (Tilburg) suggested; one of PI Zwolle
     * without certificate. Not nearing release: one released in 200 days, one 100 days ago.
     */
    beforeAll(async () => {
      const vacancy = await app.publishVacancy();
      const placed = await app.refer(vacancy);
      await app.refer(vacancy);
      await app.publish('employers', {
        topic: VACANCY_PLACEMENT_RECORDED,
        key: vacancy.vacancyId,
        version: 2,
        payload: {
          vacancyId: vacancy.vacancyId,
          referralId: placed.referralId,
          openingsLeft: 1,
          status: 'open',
        },
      });
      // Its employer confirmed at 3 months that the placement holds.
      await app.publish('employers', {
        topic: VACANCY_PLACEMENT_FOLLOWED_UP,
        key: vacancy.vacancyId,
        version: 3,
        payload: {
          vacancyId: vacancy.vacancyId,
          placementId: randomUUID(),
          referralId: placed.referralId,
          checkpoint: '3-months',
          holds: true,
          endedOn: null,
        },
      });
      await app.matchedSuggestion(vacancy);
      await app.registerCandidate();
      await app.matchedSuggestion(vacancy, { returnMunicipalityCode: 'GM0855' });
      const zwolle = await app.as(ADMIN).post('/candidates', {
        djiNumber: `Z${process.pid}`,
        piCode: 'PI-ZWOLLE',
        expectedReleaseDate: daysFromToday(40),
        returnMunicipalityCode: 'GM0796',
        vogOutlook: 'unknown',
        consent: { shareAnonymisedProfile: false },
      });
      expect(zwolle.status).toBe(201);
      for (const days of [200, -100])
        await app.certify(
          await app.registerCandidate({ expectedReleaseDate: daysFromToday(days) }),
        );
      await app.matchingIdle();
    });

    it('counts distinct candidates nearing release at each step, in total, per region and per PI', async () => {
      const response = await funnel(ADMIN);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        asOf: daysFromToday(0),
        ...counts(6, 4, 4, 2, 1, 1, 0),
        byRegion: [
          { regionCode: 'AM26', name: 'Midden-Brabant', ...counts(1, 1, 1, 0, 0) },
          { regionCode: 'AM27', name: 'Noordoost-Brabant', ...counts(5, 3, 3, 2, 1, 1, 0) },
        ],
        byPi: [
          { piCode: 'PI-VUGHT', name: expect.any(String), ...counts(5, 4, 4, 2, 1, 1, 0) },
          { piCode: 'PI-ZWOLLE', name: expect.any(String), ...counts(1, 0, 0, 0, 0) },
        ],
      });
      expect(JSON.stringify(response.body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    });

    it('filters by region and PI', async () => {
      const tilburg = await funnel(ADMIN, { region: 'am26' });
      expect(tilburg.body).toMatchObject({
        ...counts(1, 1, 1, 0, 0),
        byRegion: [{ regionCode: 'AM26' }],
        byPi: [{ piCode: 'PI-VUGHT' }],
      });
      const zwolle = await funnel(ADMIN, { pi: 'PI-ZWOLLE', region: 'AM27' });
      expect(zwolle.body).toMatchObject(counts(1, 0, 0, 0, 0));
    });

    it('counts for an advisor the candidates of its own regions only: elsewhere 0, not an error', async () => {
      expect((await funnel(ADVISOR)).body).toMatchObject(counts(6, 4, 4, 2, 1, 1, 0));
      expect((await funnel(ADVISOR, { region: 'AM26' })).body).toMatchObject(counts(1, 1, 1, 0, 0));
      expect((await funnel(OTHER_ADVISOR)).body).toEqual({
        asOf: daysFromToday(0),
        ...NONE,
        byRegion: [],
        byPi: [],
      });
      expect((await funnel(ADVISOR, { region: 'AM01' })).body).toEqual({
        asOf: daysFromToday(0),
        ...NONE,
        byRegion: [],
        byPi: [],
      });
    });

    it('writes nothing, not even an audit entry: aggregates name no candidate', async () => {
      const before = await app.counts();
      expect((await funnel(ADVISOR)).status).toBe(200);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['an unknown region', { region: 'AM99' }, 'region'],
      ['an unknown PI', { pi: 'PI-NOWHERE' }, 'pi'],
      ['an unknown parameter', { limit: '5' }, 'limit'],
    ])('refuses %s with 400 naming it', async (_case, query, field) => {
      expectProblem(await funnel(ADMIN, query), 400, [field]);
    });

    it.each([
      ['a casemanager', CASEMANAGER],
      ['an employer', employer(randomUUID())],
    ])('refuses %s with 403', async (_case, claims) => {
      expectProblem(await funnel(claims), 403);
    });
  });

  describe('GET /insights/coverage', () => {
    const coverage = () => app.as(ADMIN).get('/insights/coverage');
    const sign = async (
      party: { employerId: string } | { brin: string },
      regionCodes: string[],
      piCodes: string[],
      validFrom: string,
      validTo: string,
    ) => {
      const covenantId = randomUUID();
      await app.publish('employers', {
        topic: COVENANT_SIGNED,
        key: covenantId,
        version: 1,
        payload: {
          covenantId,
          name: 'Convenant',
          ...party,
          regionCodes,
          piCodes,
          validFrom,
          validTo,
          placementsPerYear: null,
          support: [],
        },
      });
      return covenantId;
    };
    const uncovered = async () => {
      const response = await coverage();
      expect(response.status).toBe(200);
      return {
        regions: response.body.regionsWithoutCovenant.map(
          (region: { code: string }) => region.code,
        ),
        pis: response.body.pisWithoutCovenant.map((pi: { code: string }) => pi.code),
      };
    };

    it('lists the regions and PI’s no active covenant names, as { code, name }', async () => {
      // The funnel's scenario signed covenants for AM27 and PI Vught.
      const response = await coverage();
      expect(response.body.asOf).toBe(daysFromToday(0));
      expect(response.body.regionsWithoutCovenant).toHaveLength(listRegions().length - 1);
      expect(response.body.regionsWithoutCovenant[0]).toEqual({ code: 'AM01', name: 'Groningen' });
      expect(await uncovered()).toEqual({
        regions: listRegions()
          .map((r) => r.code)
          .filter((code) => code !== 'AM27'),
        pis: listPenitentiaryInstitutions()
          .map((pi) => pi.code)
          .filter((code) => code !== 'PI-VUGHT'),
      });
    });

    it('counts a covenant in force today, of an employer or a school; not one lapsed, not yet valid, or ended', async () => {
      await sign(
        { brin: '25LX' },
        ['AM03'],
        ['PI-VEENHUIZEN'],
        daysFromToday(-10),
        daysFromToday(100),
      );
      await sign(
        { employerId: randomUUID() },
        ['AM01'],
        ['PI-ZWOLLE'],
        daysFromToday(-400),
        daysFromToday(-1),
      );
      await sign(
        { employerId: randomUUID() },
        ['AM02'],
        ['PI-LEEUWARDEN'],
        daysFromToday(10),
        daysFromToday(400),
      );
      const ended = await sign(
        { employerId: randomUUID() },
        ['AM05'],
        ['PI-ALMELO'],
        daysFromToday(-10),
        daysFromToday(100),
      );
      await app.publish('employers', {
        topic: COVENANT_ENDED,
        key: ended,
        version: 2,
        payload: { covenantId: ended, endedOn: daysFromToday(-1) },
      });

      const { regions, pis } = await uncovered();
      expect(regions).not.toContain('AM03');
      expect(pis).not.toContain('PI-VEENHUIZEN');
      expect(regions).toEqual(expect.arrayContaining(['AM01', 'AM02', 'AM05']));
      expect(pis).toEqual(expect.arrayContaining(['PI-ZWOLLE', 'PI-LEEUWARDEN', 'PI-ALMELO']));
      expect(regions).toHaveLength(listRegions().length - 2);
    });

    it.each([
      ['an advisor', ADVISOR],
      ['a casemanager', CASEMANAGER],
    ])('refuses %s with 403', async (_case, claims) => {
      expectProblem(await app.as(claims).get('/insights/coverage'), 403);
    });
  });
});
