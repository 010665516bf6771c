import { randomUUID } from 'node:crypto';
import {
  CERTIFICATE_REGISTERED,
  CERTIFICATE_REVOKED,
  VACANCY_PLACEMENT_RECORDED,
} from '@bridge/contracts';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  expectProblem,
} from '../../testing/matching-test-app.fixture';

const WORKSHOP_LEADER: Claims = { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' };
const ZWOLLE_LEADER: Claims = { sub: 'wl-zwolle', role: 'workshop-leader', pi: 'PI-ZWOLLE' };

const SHORTFALL = [
  {
    crebo: '25024',
    title: 'Servicemedewerker gebouwen',
    sector: 'Afbouw, hout en onderhoud',
    openings: 3,
    seats: 4,
  },
];

describeOnEachBackend('insights: certificate outcomes', (app) => {
  const outcomes = (claims: Claims, query: Record<string, string> = {}) =>
    app.as(claims).get('/insights/certificates', query);

  /** Training registers a valid Assistent horeca (Entree: bakery, kitchen) certificate; returns its id. */
  const certifyEntree = async (candidateId: string) => {
    const certificateId = randomUUID();
    await app.publish('training', {
      topic: CERTIFICATE_REGISTERED,
      key: certificateId,
      version: 1,
      payload: {
        certificateId,
        candidateId,
        piCode: 'PI-VUGHT',
        crebo: '25252',
        title: 'Assistent horeca, voeding of voedingsindustrie',
        level: 1,
        sector: 'Entree',
        issuedOn: daysFromToday(-20),
      },
    });
    return certificateId;
  };

  /**
   * PI Vught: 10 Machinaal houtbewerker (25016, wood) holders, all suggested the vacancy, 2 referred,
   * 1 placed; 9 of them also hold Assistent horeca (25252), the 10th had it revoked. PI Zwolle: one
   * 25016 holder. Open in AM27 under a covenant in force: a vacancy requiring 25024 (3 openings,
   * preferring 25001) and a school place requiring 25024 (4 seats). Not counted: a school place
   * outside any covenant, and a vacancy in AM01, both requiring 25018.
   */
  beforeAll(async () => {
    const vacancy = await app.publishVacancy();
    const placed = await app.refer(vacancy);
    const referred = await app.refer(vacancy);
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
    const holders = [placed.candidateId, referred.candidateId];
    for (let i = 0; i < 8; i += 1) holders.push((await app.matchedSuggestion(vacancy)).candidateId);
    for (const candidateId of holders.slice(0, 9)) await certifyEntree(candidateId);
    const revoked = await certifyEntree(holders[9]);
    await app.publish('training', {
      topic: CERTIFICATE_REVOKED,
      key: revoked,
      version: 2,
      payload: {
        certificateId: revoked,
        candidateId: holders[9],
        crebo: '25252',
        revokedAt: new Date().toISOString(),
      },
    });
    const zwolle = await app.as(ADMIN).post('/candidates', {
      djiNumber: `Z${process.pid}`,
      piCode: 'PI-ZWOLLE',
      expectedReleaseDate: daysFromToday(60),
      returnMunicipalityCode: 'GM0796',
      vogOutlook: 'unknown',
      consent: { shareAnonymisedProfile: false },
    });
    expect(zwolle.status).toBe(201);
    await app.certify(zwolle.body.id);

    await app.publishVacancy(undefined, {
      requiredQualifications: ['25024'],
      preferredQualifications: ['25001'],
      openings: 3,
      openingsLeft: 3,
    });
    await app.publishSchoolPlace({
      covenantId: await app.signCovenant({ brin: '25LX' }),
      entryRequirements: { minLevel: null, requiredQualifications: ['25024'] },
    });
    await app.publishSchoolPlace({
      entryRequirements: { minLevel: null, requiredQualifications: ['25018'] },
    });
    await app.publishVacancy(undefined, {
      municipalityCode: 'GM0014',
      requiredQualifications: ['25018'],
    });
    await app.matchingIdle();
  });

  const vughtView = {
    asOf: daysFromToday(0),
    pi: 'PI-VUGHT',
    suppressionThreshold: 10,
    byQualification: [
      {
        code: '25016',
        label: 'Machinaal houtbewerker',
        issued: 10,
        holders: 10,
        suppressed: false,
        withSuggestion: 10,
        referred: 2,
        placed: 1,
      },
      {
        code: '25252',
        label: 'Assistent horeca, voeding of voedingsindustrie',
        issued: 9,
        holders: 9,
        suppressed: true,
        withSuggestion: null,
        referred: null,
        placed: null,
      },
    ],
    byWorkshopType: [
      {
        code: 'wood',
        label: expect.any(String),
        issued: 10,
        holders: 10,
        suppressed: false,
        withSuggestion: 10,
        referred: 2,
        placed: 1,
      },
      ...['bakery', 'kitchen'].map((code) => ({
        code,
        label: expect.any(String),
        issued: 9,
        holders: 9,
        suppressed: true,
        withSuggestion: null,
        referred: null,
        placed: null,
      })),
    ],
    shortfall: SHORTFALL,
  };

  it('counts per qualification and workshop type of a PI, withholding outcomes of fewer than 10 holders', async () => {
    const response = await outcomes(ADMIN, { pi: 'pi-vught' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(vughtView);
  });

  it('gives a workshop leader its own PI, with or without asking for it', async () => {
    expect((await outcomes(WORKSHOP_LEADER)).body).toEqual(vughtView);
    expect((await outcomes(WORKSHOP_LEADER, { pi: 'PI-VUGHT' })).body).toEqual(vughtView);
  });

  it('counts all PI’s for an admin without a filter', async () => {
    const { body } = await outcomes(ADMIN);
    expect(body.pi).toBeNull();
    expect(body.byQualification[0]).toMatchObject({ code: '25016', issued: 11, holders: 11 });
    expect(body.shortfall).toEqual(SHORTFALL);
  });

  it('has no shortfall for a PI without candidates, and nothing held', async () => {
    expect((await outcomes(ADMIN, { pi: 'PI-ALMELO' })).body).toMatchObject({
      pi: 'PI-ALMELO',
      byQualification: [],
      byWorkshopType: [],
      shortfall: [],
    });
  });

  it('exports the same figures as CSV, "< 10" for withheld outcomes, audited with the PI', async () => {
    const response = await app
      .http()
      .get('/insights/certificates')
      .set('Authorization', await app.auth(WORKSHOP_LEADER))
      .set('Accept', 'text/csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /filename="certificates-\d{8}-\d{6}Z\.csv"$/,
    );
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'section,code,label,sector,issued,holders,suppressed,withSuggestion,referred,placed,openings,seats',
      'qualification,25016,Machinaal houtbewerker,,10,10,false,10,2,1,,',
      'qualification,25252,"Assistent horeca, voeding of voedingsindustrie",,9,9,true,< 10,< 10,< 10,,',
      expect.stringMatching(/^workshop-type,wood,.*,,10,10,false,10,2,1,,$/),
      expect.stringMatching(/^workshop-type,bakery,.*,,9,9,true,< 10,< 10,< 10,,$/),
      expect.stringMatching(/^workshop-type,kitchen,.*,,9,9,true,< 10,< 10,< 10,,$/),
      'shortfall,25024,Servicemedewerker gebouwen,"Afbouw, hout en onderhoud",,,,,,,3,4',
    ]);
    const [entry] = await app.dataSource.query(
      `SELECT actor, action, target_id, pi_code, details FROM audit_entries ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      actor: WORKSHOP_LEADER.sub,
      action: 'insights.exported',
      target_id: 'certificates',
      pi_code: 'PI-VUGHT',
      details: { filters: { pi: 'PI-VUGHT' }, rows: 6 },
    });
  });

  it('answers a workshop leader asking for another PI with 404 naming pi, writing nothing', async () => {
    const before = await app.counts();
    expectProblem(await outcomes(ZWOLLE_LEADER, { pi: 'PI-VUGHT' }), 404, ['pi']);
    expect(await app.counts()).toEqual(before);
  });

  it.each([
    ['an unknown PI', { pi: 'PI-NOWHERE' }, 'pi'],
    ['an unknown parameter', { crebo: '25016' }, 'crebo'],
  ])('refuses %s with 400 naming it', async (_case, query, field) => {
    expectProblem(await outcomes(ADMIN, query), 400, [field]);
  });

  it.each([
    ['an advisor', ADVISOR],
    ['a casemanager', CASEMANAGER],
  ])('refuses %s with 403', async (_case, claims) => {
    expectProblem(await outcomes(claims), 403);
  });
});
