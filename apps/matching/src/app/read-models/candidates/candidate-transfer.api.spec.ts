import { randomUUID } from 'node:crypto';
import { CANDIDATE_TRANSFERRED, REFERRAL_WITHDRAWN } from '@bridge/contracts';
import { AuditEntry } from '@bridge/platform';
import { Referral } from '../../review/referrals/referral.entity';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  expectProblem,
} from '../../testing/matching-test-app.fixture';
import { Candidate } from './candidate.entity';

const ZWOLLE_CASEMANAGER: Claims = { sub: 'cm-zwolle', role: 'casemanager', pi: 'PI-ZWOLLE' };

/** What the casemanager of PI Zwolle registers: a detainee returning to Zwolle (region AM36). */
const zwolleRegistration = (djiNumber: string) => ({
  djiNumber,
  piCode: 'PI-ZWOLLE',
  expectedReleaseDate: daysFromToday(60),
  returnMunicipalityCode: 'GM0193',
  vogOutlook: 'unknown',
  preferences: { education: true },
  consent: { shareAnonymisedProfile: true },
});

/** The parts of a registration's answer that would differ between two candidates anyway. */
const ownValues = ['id', 'version', 'createdAt', 'updatedAt'];
const withoutOwnValues = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => !ownValues.includes(key)));

describeOnEachBackend('a DJI number registered at another PI (transfer)', (app) => {
  const dji = () => `TR-${randomUUID().slice(0, 12)}`;
  const register = (claims: Claims, body: Record<string, unknown>) =>
    app.as(claims).post('/candidates', body);
  const lookup = (claims: Claims, djiNumber: string) =>
    app.as(claims).get('/candidates/lookup', { djiNumber });
  const auditOf = (action: string) =>
    app.dataSource.manager.find(AuditEntry, { where: { action }, order: { id: 'DESC' } });
  const allAuditText = async () => JSON.stringify(await app.dataSource.manager.find(AuditEntry));

  it('answers a number known at another PI exactly as an unknown one: 201, the same body, the same lookup 404', async () => {
    const known = dji();
    await app.registerCandidate({ djiNumber: known });
    const unknown = dji();

    const fresh = await register(ZWOLLE_CASEMANAGER, zwolleRegistration(unknown));
    const moved = await register(ZWOLLE_CASEMANAGER, zwolleRegistration(known));
    expect([fresh.status, moved.status]).toEqual([201, 201]);
    expect(Object.keys(moved.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(withoutOwnValues(moved.body)).toEqual(withoutOwnValues(fresh.body));
    expect(moved.body).toMatchObject({
      piCode: 'PI-ZWOLLE',
      regionCode: 'AM36',
      status: 'active',
      leftReason: null,
    });

    // And a lookup by the casemanager of the PI it came from: a 404 like any unknown number.
    const missing = await lookup(CASEMANAGER, dji());
    const elsewhere = await lookup(CASEMANAGER, known);
    expectProblem(missing, 404);
    expectProblem(elsewhere, 404);
    const problemOf = (body: Record<string, unknown>) => ({
      ...body,
      instance: undefined,
      requestId: undefined,
    });
    expect(problemOf(elsewhere.body)).toEqual(problemOf(missing.body));
  });

  it('moves the candidate under its own pseudonym: the new PI has it and its certificates, the old PI loses it', async () => {
    const djiNumber = dji();
    const candidateId = await app.registerCandidate({ djiNumber });
    await app.certify(candidateId);
    const before = await app.dataSource.manager.findOneByOrFail(Candidate, { id: candidateId });

    const response = await register(ZWOLLE_CASEMANAGER, zwolleRegistration(djiNumber));
    expect(response.status).toBe(201);
    expect(response.body.id).toBe(candidateId);
    expect(response.body.version).toBe(before.version + 1);

    const atNewPi = await app.as(ZWOLLE_CASEMANAGER).get(`/candidates/${candidateId}`);
    expect(atNewPi.status).toBe(200);
    expect(atNewPi.body).toMatchObject({
      piCode: 'PI-ZWOLLE',
      returnMunicipalityCode: 'GM0193',
      vogOutlook: 'unknown',
    });
    expect(atNewPi.body.certificates.map((c: { crebo: string }) => c.crebo)).toEqual(['25016']);
    expect((await lookup(ZWOLLE_CASEMANAGER, djiNumber)).body.id).toBe(candidateId);

    expectProblem(await app.as(CASEMANAGER).get(`/candidates/${candidateId}`), 404);
    expectProblem(await lookup(CASEMANAGER, djiNumber), 404);
    const vughtList = await app.as(CASEMANAGER).get('/candidates', { limit: 100 });
    expect(vughtList.body.items.map((c: { id: string }) => c.id)).not.toContain(candidateId);
  });

  it('publishes matching.candidate.transferred.v1 with the new state and where it came from, never the DJI number', async () => {
    const djiNumber = dji();
    const candidateId = await app.registerCandidate({ djiNumber });
    expect((await register(ZWOLLE_CASEMANAGER, zwolleRegistration(djiNumber))).status).toBe(201);

    const [event] = (await app.outbox(CANDIDATE_TRANSFERRED)).filter((e) => e.key === candidateId);
    expect(event).toMatchObject({
      version: 2,
      payload: {
        candidateId,
        piCode: 'PI-ZWOLLE',
        fromPiCode: 'PI-VUGHT',
        returnMunicipalityCode: 'GM0193',
        regionCode: 'AM36',
        status: 'active',
      },
    });
    expect(JSON.stringify(event)).not.toContain(djiNumber);
  });

  it('audits the transfer with both PI codes, the pseudonym and never the DJI number', async () => {
    const djiNumber = dji();
    const candidateId = await app.registerCandidate({ djiNumber });
    await register(ZWOLLE_CASEMANAGER, zwolleRegistration(djiNumber));

    const [entry] = (await auditOf('candidate.transferred')).filter(
      (e) => e.candidateId === candidateId,
    );
    expect(entry).toMatchObject({
      actor: 'cm-zwolle',
      role: 'casemanager',
      piCode: 'PI-ZWOLLE',
      otherPiCode: 'PI-VUGHT',
    });
    expect(entry.requestId).toEqual(expect.any(String));
    expect(await allAuditText()).not.toContain(djiNumber);

    // GET /audit shows the PI's of the entry.
    const listed = await app.as(ADMIN).get('/audit', { candidateId });
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({
        action: 'candidate.transferred',
        piCode: 'PI-ZWOLLE',
        otherPiCode: 'PI-VUGHT',
      }),
    );
  });

  it('audits refused lookups with the PI asking and the PI holding the candidate (none for an unknown number)', async () => {
    const djiNumber = dji();
    const candidateId = await app.registerCandidate({ djiNumber });
    await lookup(ZWOLLE_CASEMANAGER, djiNumber);
    await lookup(ZWOLLE_CASEMANAGER, dji());

    const [unknown, elsewhere] = await auditOf('candidate.lookup-refused');
    expect(elsewhere).toMatchObject({
      actor: 'cm-zwolle',
      candidateId,
      piCode: 'PI-ZWOLLE',
      otherPiCode: 'PI-VUGHT',
    });
    expect(unknown).toMatchObject({
      actor: 'cm-zwolle',
      candidateId: null,
      piCode: 'PI-ZWOLLE',
      otherPiCode: null,
    });
    expect(await allAuditText()).not.toContain(djiNumber);
  });

  it('keeps the 409 for a number its own PI registered already, audits the refusal and writes nothing else', async () => {
    const djiNumber = dji();
    const candidateId = await app.registerCandidate({ djiNumber });
    for (const claims of [CASEMANAGER, ADMIN]) {
      const before = await app.counts();
      const response = await register(claims, {
        ...zwolleRegistration(djiNumber),
        piCode: 'PI-VUGHT',
        returnMunicipalityCode: 'GM0796',
      });
      expectProblem(response, 409);
      expect(await app.counts()).toEqual({ ...before, audit_entries: before.audit_entries + 1 });
    }
    const refusals = (await auditOf('candidate.registration-refused')).filter(
      (e) => e.candidateId === candidateId,
    );
    expect(refusals.map((e) => [e.actor, e.piCode])).toEqual([
      [ADMIN.sub, 'PI-VUGHT'],
      [CASEMANAGER.sub, 'PI-VUGHT'],
    ]);
    expect(
      await app.dataSource.manager.findOneByOrFail(Candidate, { id: candidateId }),
    ).toMatchObject({ piCode: 'PI-VUGHT', version: 1 });
  });

  it('withdraws standing referrals and re-judges open suggestions against the new return region', async () => {
    const referred = await app.publishVacancy();
    const open = await app.publishVacancy();
    const djiNumber = dji();
    const { candidateId, suggestion } = await app.matchedTo(referred.vacancyId, { djiNumber });
    const review = await app
      .as(ADVISOR)
      .post(`/suggestions/${suggestion.id}/review`, { decision: 'accept' });
    expect(review.status).toBe(200);
    const referralId: string = review.body.referral.id;
    expect((await app.suggestionOf(candidateId, open.vacancyId)).status).toBe('suggested');
    const otherCandidates = await app.refer(referred);

    expect((await register(ZWOLLE_CASEMANAGER, zwolleRegistration(djiNumber))).status).toBe(201);
    expect(
      await app.dataSource.manager.findOneByOrFail(Referral, { id: referralId }),
    ).toMatchObject({ status: 'withdrawn' });
    expect((await app.outbox(REFERRAL_WITHDRAWN)).map((e) => e.key)).toContain(referralId);
    expect(
      await app.dataSource.manager.findOneByOrFail(Referral, { id: otherCandidates.referralId }),
    ).toMatchObject({ status: 'referred' });

    // Zwolle lies outside the vacancies' reach: the open suggestion expires; the accepted one is the advisor's and stays.
    await app.matchingIdle();
    expect(
      (await app.suggestion((await app.suggestionOf(candidateId, open.vacancyId)).id)).status,
    ).toBe('expired');
    expect((await app.suggestion(suggestion.id)).status).toBe('accepted');
  });

  it('brings back a candidate who had left its old PI, active at the new one', async () => {
    const djiNumber = dji();
    const candidateId = await app.registerCandidate({ djiNumber });
    expect(
      (await app.as(CASEMANAGER).post(`/candidates/${candidateId}/leave`, { reason: 'removed' }))
        .status,
    ).toBe(200);

    const response = await register(ZWOLLE_CASEMANAGER, zwolleRegistration(djiNumber));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: candidateId,
      piCode: 'PI-ZWOLLE',
      status: 'active',
      leftReason: null,
    });
  });
});
