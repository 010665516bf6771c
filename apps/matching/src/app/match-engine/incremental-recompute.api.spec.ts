import { randomUUID } from 'node:crypto';
import { VACANCY_UPDATED } from '@bridge/contracts';
import { ServiceConfig } from '@bridge/platform';
import { daysFromToday, describeOnEachBackend } from '../testing/matching-test-app.fixture';
import { MatchTargets } from './match-targets';
import { SuggestionRecomputer } from './suggestion-recomputer';
import { TargetCatalogue } from './target-catalogue';
import { Suggestion } from './suggestion.entity';

describeOnEachBackend('incremental recomputation', (app) => {
  it('judges a changed vacancy only against the candidates it concerns, pair by pair, and leaves their other suggestions alone', async () => {
    const changed = await app.publishVacancy();
    const other = await app.publishVacancy();
    const { candidateId, suggestion } = await app.matchedTo(changed.vacancyId);
    const otherSuggestion = await app.suggestionOf(candidateId, other.vacancyId);
    const targets = app.service.app.get(MatchTargets);
    const fieldSearches = jest.spyOn(app.service.app.get(TargetCatalogue), 'fieldOf');
    const pairLoads = jest.spyOn(targets, 'byIds');
    try {
      await app.publish('employers', {
        topic: VACANCY_UPDATED,
        key: changed.vacancyId,
        version: 2,
        payload: { ...changed, title: 'Machinaal houtbewerker (dagdienst)' },
      });
      await app.matchingIdle();
      expect(fieldSearches).not.toHaveBeenCalled();
      expect(pairLoads.mock.calls.map(([, type, ids]) => [type, ids])).toEqual([
        ['vacancy', [changed.vacancyId]],
      ]);
    } finally {
      jest.restoreAllMocks();
    }
    expect((await app.suggestion(suggestion.id)).target.title).toBe(
      'Machinaal houtbewerker (dagdienst)',
    );
    expect(await app.suggestion(otherSuggestion.id)).toEqual(otherSuggestion);
  });

  it('leaves alone a candidate whose full list a new vacancy would not enter, and recomputes one whose list it enters', async () => {
    const employerId = randomUUID();
    const covenantId = await app.signCovenant({ employerId });
    // A full list of the best there are: in the candidate's own municipality, starting 5 days after its release.
    const { maxSuggestionsPerCandidate } = app.service.app.get(ServiceConfig).match;
    for (let i = 0; i < maxSuggestionsPerCandidate; i++)
      await app.publishVacancy(employerId, {
        covenantId,
        municipalityCode: 'GM0796',
        startDate: daysFromToday(45),
      });
    const candidateId = await app.registerCandidate();
    await app.certify(candidateId);
    await app.matchingIdle();
    const recomputed = jest.spyOn(app.service.app.get(SuggestionRecomputer), 'recomputeCandidate');
    try {
      // In reach and passing every rule, but farther and later than all twenty.
      const worse = await app.publishVacancy(employerId, {
        covenantId,
        startDate: daysFromToday(120),
      });
      await app.matchingIdle();
      expect(recomputed.mock.calls.map(([id]) => id)).not.toContain(candidateId);
      expect(
        await app.dataSource.manager.findOneBy(Suggestion, {
          candidateId,
          targetId: worse.vacancyId,
        }),
      ).toBeNull();

      // As good, and starting sooner: it enters the list.
      const better = await app.publishVacancy(employerId, {
        covenantId,
        municipalityCode: 'GM0796',
        startDate: daysFromToday(40),
      });
      await app.matchingIdle();
      expect(recomputed.mock.calls.map(([id]) => id)).toContain(candidateId);
      expect((await app.suggestionOf(candidateId, better.vacancyId)).status).toBe('suggested');
    } finally {
      jest.restoreAllMocks();
    }
  });
});
