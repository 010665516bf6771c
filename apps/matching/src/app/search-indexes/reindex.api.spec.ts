import { SearchEngine } from '@bridge/search';
import { expectEventually } from '@bridge/testing';
import {
  ADMIN,
  ADVISOR,
  describeOnEachBackend,
  expectProblem,
} from '../testing/matching-test-app.fixture';
import { MatchingPipeline } from '../match-engine/matching-pipeline';
import {
  CANDIDATES_INDEX,
  definitionFingerprint,
  SCHOOL_PLACES_INDEX,
  SchoolPlaceDocument,
  VACANCIES_INDEX,
} from './index-definitions';
import { SearchIndexer } from './search-indexer';

describeOnEachBackend('POST /admin/reindex', (app) => {
  const engine = () => app.service.app.get(SearchEngine);
  const documentsOf = async (index: string) =>
    (await engine().search<{ id: string }>(index, { limit: 1000 })).hits.map((hit) => hit.document);
  const idsOf = async (index: string) => (await documentsOf(index)).map((document) => document.id);

  it('rebuilds the vacancies, school_places and candidates indexes from the read models', async () => {
    const place = await app.publishSchoolPlace({ seatsLeft: 3 });
    const vacancy = await app.publishVacancy();
    const { candidateId } = await app.matchedTo(place.schoolPlaceId);
    const expected: [string, string][] = [
      [SCHOOL_PLACES_INDEX.name, place.schoolPlaceId],
      [VACANCIES_INDEX.name, vacancy.vacancyId],
      [CANDIDATES_INDEX.name, candidateId],
    ];
    // The engine lost its data: every index is empty.
    for (const [index] of expected) await engine().clear(index);
    for (const [index] of expected) expect(await idsOf(index)).toEqual([]);

    const response = await app.as(ADMIN).post('/admin/reindex', {});
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ status: 'queued' });
    await expectEventually(async () => {
      for (const [index, id] of expected) expect(await idsOf(index)).toEqual([id]);
    });
    expect(await documentsOf(SCHOOL_PLACES_INDEX.name)).toEqual([
      expect.objectContaining<Partial<SchoolPlaceDocument>>({
        brin: '25LX',
        crebo: '25015',
        level: 3,
        learningPath: 'BBL',
        status: 'open',
        seatsLeft: 3,
        regionCode: 'AM27',
        covenantId: null,
        minLevel: 2,
        requiredQualifications: ['25016'],
      }),
    ]);
  });

  it('rebuilds at start only the indexes whose definition changed since they were built (a persistent engine)', async () => {
    const vacancy = await app.publishVacancy();
    const place = await app.publishSchoolPlace();
    const pipeline = app.service.app.get(MatchingPipeline);
    await pipeline.runOnce();
    expect(await idsOf(SCHOOL_PLACES_INDEX.name)).toContain(place.schoolPlaceId);
    await engine().clear(VACANCIES_INDEX.name);
    await engine().clear(SCHOOL_PLACES_INDEX.name);
    const indexer = app.service.app.get(SearchIndexer);

    await indexer.requestRebuild('changed');
    await pipeline.runOnce();
    expect(await idsOf(VACANCIES_INDEX.name)).toEqual([]);

    // As after a start with a new definition of the vacancies index.
    await app.dataSource.query(
      `UPDATE search_index_definitions SET fingerprint = 'an older definition' WHERE index_name = 'vacancies'`,
    );
    await indexer.requestRebuild('changed');
    await pipeline.runOnce();
    expect(await idsOf(VACANCIES_INDEX.name)).toContain(vacancy.vacancyId);
    expect(await idsOf(SCHOOL_PLACES_INDEX.name)).not.toContain(place.schoolPlaceId);
    const [{ fingerprint }] = await app.dataSource.query(
      `SELECT fingerprint FROM search_index_definitions WHERE index_name = 'vacancies'`,
    );
    expect(fingerprint).toBe(definitionFingerprint(VACANCIES_INDEX));
  });

  it('is for admins only (403)', async () => {
    expectProblem(await app.as(ADVISOR).post('/admin/reindex', {}), 403);
  });
});
