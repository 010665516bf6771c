import { randomUUID } from 'node:crypto';
import { SchoolPlaceState, VacancyState } from '@bridge/contracts';
import { AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  describeOnEachBackend,
  employer,
  expectProblem,
  MatchedSuggestion,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';

describeOnEachBackend('why targets are not suggested (GET /candidates/:id/exclusions)', (app) => {
  const exclusions = (claims: Claims, candidateId: string, query: Record<string, string> = {}) =>
    app.as(claims).get(`/candidates/${candidateId}/exclusions`, query);

  /** Certified (25016), returning to 's-Hertogenbosch in 40 days, VOG unlikely; suggested `suggested`. */
  let matched: MatchedSuggestion;
  let tooFar: VacancyState;
  let missingQualification: VacancyState;
  let requiresVog: VacancyState;
  let closed: VacancyState;
  let suggestedPlace: SchoolPlaceState;
  let levelTooHigh: SchoolPlaceState;

  beforeAll(async () => {
    const suggested = await app.publishVacancy();
    tooFar = await app.publishVacancy(randomUUID(), {
      municipalityCode: 'GM0014',
      title: 'Timmerman',
    }); // Groningen
    missingQualification = await app.publishVacancy(randomUUID(), {
      requiredQualifications: ['25016', '25015'],
    });
    requiresVog = await app.publishVacancy(randomUUID(), {
      requiresVog: true,
      title: 'Meubelmaker',
    });
    closed = await app.publishVacancy(randomUUID(), { status: 'closed' });
    suggestedPlace = await app.publishSchoolPlace();
    levelTooHigh = await app.publishSchoolPlace({
      entryRequirements: { minLevel: 3, requiredQualifications: [] },
    });
    matched = await app.matchedSuggestion(suggested, { vogOutlook: 'unlikely' });
  });

  it('names, for every open target not suggested, the first rule that excludes it', async () => {
    const response = await exclusions(ADVISOR, matched.candidateId);
    expect(response.status).toBe(200);
    // Each target named by its title and municipality, so a screen can say which one is meant.
    const expected = [
      {
        targetId: tooFar.vacancyId,
        type: 'vacancy',
        title: 'Timmerman',
        municipalityCode: 'GM0014',
        rule: 'too-far',
        detail: expect.stringContaining('outside return region AM27'),
      },
      {
        targetId: missingQualification.vacancyId,
        type: 'vacancy',
        title: 'Machinaal houtbewerker',
        municipalityCode: 'GM0865',
        rule: 'missing-qualifications',
        detail: 'requires 25015 which the candidate does not hold',
      },
      {
        targetId: requiresVog.vacancyId,
        type: 'vacancy',
        title: 'Meubelmaker',
        municipalityCode: 'GM0865',
        rule: 'vog-unlikely',
        detail: expect.stringContaining('VOG'),
      },
    ].sort((a, b) => a.targetId.localeCompare(b.targetId));
    // The suggested targets pass every rule; the closed one excludes everyone, so it is not listed.
    // By type (school places first), then target id.
    expect(response.body).toEqual([
      {
        targetId: levelTooHigh.schoolPlaceId,
        type: 'school-place',
        title: 'Allround machinaal houtbewerker',
        municipalityCode: 'GM0796',
        rule: 'entry-level-not-met',
        detail: expect.stringContaining('level 3'),
      },
      ...expected,
    ]);
  });

  it('lists with inReach only the targets in the candidate’s region or radius: everything but the too-far ones', async () => {
    // Tilburg lies in another labour market region, within the radius of 's-Hertogenbosch.
    const nearbyElsewhere = await app.publishVacancy(randomUUID(), {
      municipalityCode: 'GM0855',
      requiredQualifications: ['25015'],
    });
    await app.matchingIdle();
    const all = (await exclusions(ADVISOR, matched.candidateId)).body as {
      targetId: string;
      rule: string;
    }[];
    const inReach = await exclusions(ADVISOR, matched.candidateId, { inReach: 'true' });
    expect(inReach.status).toBe(200);
    expect(inReach.body).toEqual(all.filter((exclusion) => exclusion.rule !== 'too-far'));
    expect(inReach.body).toContainEqual(
      expect.objectContaining({
        targetId: nearbyElsewhere.vacancyId,
        rule: 'missing-qualifications',
      }),
    );
    expect(all).toContainEqual(
      expect.objectContaining({ targetId: tooFar.vacancyId, rule: 'too-far' }),
    );
    expect((await exclusions(ADVISOR, matched.candidateId, { inReach: 'false' })).body).toEqual(
      all,
    );
  });

  it('explains one named target, open or not; a suggested target has no exclusion', async () => {
    const suggested = await exclusions(ADMIN, matched.candidateId, {
      targetId: matched.vacancy.vacancyId,
    });
    expect(suggested.body).toEqual([]);
    await app.suggestionOf(matched.candidateId, suggestedPlace.schoolPlaceId);
    expect(
      (await exclusions(ADMIN, matched.candidateId, { targetId: suggestedPlace.schoolPlaceId }))
        .body,
    ).toEqual([]);
    const place = await exclusions(ADVISOR, matched.candidateId, {
      targetId: levelTooHigh.schoolPlaceId,
    });
    expect(place.body).toEqual([
      expect.objectContaining({ type: 'school-place', rule: 'entry-level-not-met' }),
    ]);
    const named = await exclusions(ADVISOR, matched.candidateId, { targetId: closed.vacancyId });
    expect(named.body).toEqual([
      {
        targetId: closed.vacancyId,
        type: 'vacancy',
        title: 'Machinaal houtbewerker',
        municipalityCode: 'GM0865',
        rule: 'target-not-open',
        detail: expect.any(String),
      },
    ]);
  });

  it('answers 404 naming targetId for a target matching does not know, and writes nothing', async () => {
    const before = await app.counts();
    expectProblem(await exclusions(ADVISOR, matched.candidateId, { targetId: randomUUID() }), 404, [
      'targetId',
    ]);
    expect(await app.counts()).toEqual(before);
  });

  it('audits each read as a read of the candidate’s data, with the target named', async () => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const before = await audit.countBy({ action: 'candidate.exclusions-read' });
    await exclusions(ADVISOR, matched.candidateId, { targetId: tooFar.vacancyId });
    const [entry] = await audit.find({
      where: { action: 'candidate.exclusions-read' },
      order: { id: 'DESC' },
      take: 1,
    });
    expect(await audit.countBy({ action: 'candidate.exclusions-read' })).toBe(before + 1);
    expect(entry).toMatchObject({
      actor: ADVISOR.sub,
      role: 'uwv-advisor',
      candidateId: matched.candidateId,
      targetId: tooFar.vacancyId,
    });
  });

  it.each([
    ['a targetId that is no UUID', { targetId: 'vacancy-1' }, 'targetId'],
    ['an unknown parameter', { type: 'vacancy' }, 'type'],
    ['an inReach that is no boolean', { inReach: 'yes' }, 'inReach'],
  ])('refuses %s with 400 naming it, and writes nothing', async (_case, query, field) => {
    const before = await app.counts();
    expectProblem(await exclusions(ADVISOR, matched.candidateId, query), 400, [field]);
    expect(await app.counts()).toEqual(before);
  });

  it.each([
    ['a casemanager of the candidate’s PI', 403, CASEMANAGER],
    ['an employer', 403, employer(randomUUID())],
    ['an advisor of another region', 404, OTHER_ADVISOR],
  ])('refuses %s with %d and writes nothing', async (_case, status, claims) => {
    const before = await app.counts();
    expectProblem(await exclusions(claims, matched.candidateId), status);
    expect(await app.counts()).toEqual(before);
  });

  it('answers 404 for a candidate that does not exist', async () => {
    expectProblem(await exclusions(ADMIN, randomUUID()), 404);
  });
});
