import { randomUUID } from 'node:crypto';
import { VACANCY_CLOSED, VACANCY_UPDATED, VacancyState } from '@bridge/contracts';
import { ServiceConfig } from '@bridge/platform';
import { candidateProfileOf, vacancyProfilesOf } from '../match-rules/match-profiles';
import { bestMatches, evaluateMatch, RankedMatch } from '../match-rules/match-rules';
import { DEFAULT_MATCH_SETTINGS } from '../match-rules/match-settings';
import { Candidate } from '../read-models/candidates/candidate.entity';
import { Vacancy } from '../read-models/vacancies/vacancy.entity';
import {
  ADVISOR,
  daysFromToday,
  describeOnEachBackend,
} from '../testing/matching-test-app.fixture';

/** More targets in one candidate's reach than one page of the search engine (1,000), or the cap there was. */
const VACANCIES = 1_050;
/** Municipalities of the candidate's return region and around it: 0 to 20 km from 's-Hertogenbosch. */
const MUNICIPALITIES = ['GM0824', 'GM0797', 'GM0757', 'GM0828', 'GM1721', 'GM0865', 'GM0845'];

describeOnEachBackend('exact suggestions: every target in reach judged, the best kept', (app) => {
  let candidateId: string;
  const published: VacancyState[] = [];

  /** What judging every candidate × vacancy pair in memory, with the service's rules and bound, keeps. */
  async function naiveBest(): Promise<RankedMatch[]> {
    const manager = app.dataSource.manager;
    const profile = await candidateProfileOf(
      manager,
      await manager.findOneByOrFail(Candidate, { id: candidateId }),
    );
    const today = daysFromToday(0);
    const matches: RankedMatch[] = [];
    for (const target of await vacancyProfilesOf(manager, await manager.find(Vacancy))) {
      const evaluation = evaluateMatch(profile, target, today, DEFAULT_MATCH_SETTINGS);
      if (evaluation.eligible)
        matches.push({ targetId: target.id, score: evaluation.score, startDate: target.startDate });
    }
    expect(matches.length).toBeGreaterThan(1_000);
    return bestMatches(matches, app.service.app.get(ServiceConfig).match);
  }

  /** The candidate's open suggestions as the API lists them, best first. */
  async function stored(): Promise<RankedMatch[]> {
    await app.matchingIdle();
    const response = await app
      .as(ADVISOR)
      .get(`/candidates/${candidateId}/suggestions`, { status: 'suggested', limit: 100 });
    expect(response.status).toBe(200);
    return response.body.items.map(
      (s: { targetId: string; score: number; target: { startDate: string } }) => ({
        targetId: s.targetId,
        score: s.score,
        startDate: s.target.startDate,
      }),
    );
  }

  beforeAll(async () => {
    const employerId = randomUUID();
    const covenantId = await app.signCovenant({ employerId });
    // The best targets (nearest, starting just after release) are published last: a search that stopped early,
    // at any cap in index order, would miss them.
    for (let i = 0; i < VACANCIES; i++) {
      const best = i >= VACANCIES - 30;
      published.push(
        await app.publishVacancy(employerId, {
          covenantId,
          title: `Machinaal houtbewerker ${i}`,
          municipalityCode: best ? 'GM0796' : MUNICIPALITIES[i % MUNICIPALITIES.length],
          startDate: daysFromToday(best ? 45 + (i % 3) : 30 + (i % 90)),
          openings: 1,
          openingsLeft: 1,
        }),
      );
    }
    await app.matchingIdle();
    candidateId = await app.registerCandidate();
    await app.certify(candidateId);
  }, 600_000);

  it('stores the best K of every target in reach, as judging every pair in memory does, and no more', async () => {
    const best = await naiveBest();
    expect(best).toHaveLength(app.service.app.get(ServiceConfig).match.maxSuggestionsPerCandidate);
    expect(await stored()).toEqual(best);
  });

  it('stays exact when an open suggestion of the best falls back or closes: the next best target comes in', async () => {
    const [first, second] = await stored();
    const later = published.find((v) => v.vacancyId === first.targetId) as VacancyState;
    await app.publish('employers', {
      topic: VACANCY_UPDATED,
      key: later.vacancyId,
      version: 2,
      payload: { ...later, startDate: daysFromToday(125) },
    });
    const closed = published.find((v) => v.vacancyId === second.targetId) as VacancyState;
    await app.publish('employers', {
      topic: VACANCY_CLOSED,
      key: closed.vacancyId,
      version: 2,
      payload: {
        vacancyId: closed.vacancyId,
        employerId: closed.employerId,
        reason: 'closed-by-employer',
      },
    });
    const best = await naiveBest();
    expect(await stored()).toEqual(best);
    expect(best.map((m) => m.targetId)).not.toContain(first.targetId);

    const expired = await app
      .as(ADVISOR)
      .get(`/candidates/${candidateId}/suggestions`, { status: 'expired' });
    expect(
      Object.fromEntries(
        expired.body.items.map((s: { targetId: string; expiryReason: string }) => [
          s.targetId,
          s.expiryReason,
        ]),
      ),
    ).toEqual({
      [first.targetId]: 'outranked',
      [second.targetId]: 'no-longer-matches',
    });
  });
});
