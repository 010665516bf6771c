import {
  ADVISOR,
  CASEMANAGER,
  Claims,
  describeOnEachBackend,
  expectProblem,
} from '../testing/matching-test-app.fixture';

describeOnEachBackend('insights: the funnel as CSV', (app) => {
  const exportFunnel = async (claims: Claims, query: Record<string, string> = {}) =>
    app
      .http()
      .get('/insights/funnel')
      .query(query)
      .set('Authorization', await app.auth(claims))
      .set('Accept', 'text/csv');

  /** Nearing release: one suggested candidate returning to AM27, one uncertified to AM26. */
  beforeAll(async () => {
    await app.matchedSuggestion(await app.publishVacancy());
    await app.registerCandidate({ returnMunicipalityCode: 'GM0855' });
    await app.matchingIdle();
  });

  it('answers the totals, each region and each PI as lines of the JSON’s counts', async () => {
    const json = (await app.as(ADVISOR).get('/insights/funnel')).body;
    const response = await exportFunnel(ADVISOR);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="funnel-\d{8}-\d{6}Z\.csv"$/,
    );
    const [header, ...lines] = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const counts = Object.keys(json).filter((key) => typeof json[key] === 'number');
    expect(counts).toEqual(expect.arrayContaining(['nearingRelease', 'placed']));
    expect(header).toBe(['scope', 'code', 'name', ...counts].join(','));
    const line = (scope: string, code: string, name: string, row: Record<string, number>) =>
      [scope, code, name, ...counts.map((key) => row[key])].join(',');
    expect(lines).toEqual([
      line('all', '', 'Totaal', json),
      line('region', 'AM26', 'Midden-Brabant', json.byRegion[0]),
      line('region', 'AM27', 'Noordoost-Brabant', json.byRegion[1]),
      line('pi', 'PI-VUGHT', 'PI Vught', json.byPi[0]),
    ]);
    expect(lines[0]).toMatch(/^all,,Totaal,2,1,1,0,0/);
  });

  it('applies the filters of the screen, and writes one audit entry naming them', async () => {
    const before = await app.counts();
    const response = await exportFunnel(ADVISOR, { region: 'am26' });
    expect(response.status).toBe(200);
    expect(
      response.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(1 + 3);
    expect(await app.counts()).toEqual({ ...before, audit_entries: before.audit_entries + 1 });
    const [entry] = await app.dataSource.query(
      `SELECT actor, role, action, target_id, details FROM audit_entries ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      actor: ADVISOR.sub,
      role: 'uwv-advisor',
      action: 'insights.exported',
      target_id: 'funnel',
      details: { filters: { region: 'AM26' }, rows: 3 },
    });
  });

  it('refuses a casemanager with 403 and a bad filter with 400, exporting nothing', async () => {
    const before = await app.counts();
    expectProblem(await exportFunnel(CASEMANAGER), 403);
    expectProblem(await exportFunnel(ADVISOR, { region: 'AM99' }), 400, ['region']);
    expect(await app.counts()).toEqual(before);
  });
});
