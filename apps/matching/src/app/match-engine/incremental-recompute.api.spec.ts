import { VACANCY_UPDATED } from '@bridge/contracts';
import { describeOnEachBackend } from '../testing/matching-test-app.fixture';
import { MatchTargets } from './match-targets';
import { TargetCatalogue } from './target-catalogue';

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
      expect(pairLoads.mock.calls.map(([, type, ids]) => [type, ids])).toEqual([['vacancy', [changed.vacancyId]]]);
    } finally {
      jest.restoreAllMocks();
    }
    expect((await app.suggestion(suggestion.id)).target.title).toBe('Machinaal houtbewerker (dagdienst)');
    expect(await app.suggestion(otherSuggestion.id)).toEqual(otherSuggestion);
  });
});
