import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ServiceConfig } from '@bridge/platform';
import { SearchEngine, SearchEngineError, SearchEngineErrorCode } from '@bridge/search';
import { Candidate } from '../read-models/candidates/candidate.entity';
import { CandidateCertificate } from '../read-models/certificates/candidate-certificate.entity';
import { SchoolPlace } from '../read-models/school-places/school-place.entity';
import { Vacancy } from '../read-models/vacancies/vacancy.entity';
import {
  CANDIDATES_INDEX,
  candidateDocument,
  definitionFingerprint,
  SCHOOL_PLACES_INDEX,
  schoolPlaceDocument,
  VACANCIES_INDEX,
  vacancyDocument,
} from './index-definitions';
import { enqueueIndexing, IndexName } from '../read-models/change-queues/search-index-queue';

const BATCH_SIZE = 200;

const INDEXES = [VACANCIES_INDEX, SCHOOL_PLACES_INDEX, CANDIDATES_INDEX];

/** Since when the engine refuses the indexer's writes, and how it last failed. */
export interface IndexingFailure {
  since: Date;
  code: SearchEngineErrorCode;
}

/**
 * Brings the search indexes in line with the read models: takes queued document ids, loads the
 * current rows and upserts them (or deletes what no longer exists). Queue rows are removed only
 * after the engine confirmed, so an engine outage delays indexing and loses nothing.
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger(SearchIndexer.name);
  private currentFailure?: IndexingFailure;
  private setUpDone = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchEngine,
    private readonly config: ServiceConfig,
  ) {}

  /**
   * Set while the engine fails the indexer's writes, cleared by the next one it accepts. An engine
   * may answer its health probe and still fail every write (the embedded engine has no probe at all).
   */
  get failure(): IndexingFailure | undefined {
    return this.currentFailure;
  }

  /** Whether `setUp` has succeeded in this process; until then nothing can be indexed. */
  get isSetUp(): boolean {
    return this.setUpDone;
  }

  /**
   * Gets the indexes ready: their settings, and a rebuild from the read models, queued once: of every
   * index for the embedded engine (which keeps its indexes in memory, so they are empty after a start),
   * of those whose definition changed for a persistent one. Safe to repeat; the pipeline repeats it with
   * backoff until it succeeds.
   */
  async setUp(): Promise<void> {
    await this.ensureIndexes();
    if (!this.setUpDone)
      await this.requestRebuild(this.config.search.kind === 'embedded' ? 'all' : 'changed');
    this.setUpDone = true;
  }

  private async ensureIndexes(): Promise<void> {
    await this.write(async () => {
      for (const index of INDEXES) await this.search.ensureIndex(index);
    });
  }

  /**
   * Queues every document of every index (`all`), or of each index whose definition differs from the one
   * it was last built from (`changed`): a rebuild from this service's own data. Records the definitions.
   */
  async requestRebuild(which: 'all' | 'changed' = 'all'): Promise<void> {
    const rebuilt = await this.dataSource.transaction(async (manager) => {
      const recorded: { index_name: string; fingerprint: string }[] = await manager.query(
        'SELECT index_name, fingerprint FROM search_index_definitions',
      );
      const fingerprints = new Map(recorded.map((row) => [row.index_name, row.fingerprint]));
      const indexes = INDEXES.filter(
        (index) => which === 'all' || fingerprints.get(index.name) !== definitionFingerprint(index),
      );
      const names = indexes.map((index) => index.name as IndexName);
      if (names.includes('vacancies'))
        await enqueueIndexing(
          manager,
          'vacancies',
          (await manager.find(Vacancy, { select: { vacancyId: true } })).map((v) => v.vacancyId),
        );
      if (names.includes('school_places')) {
        await enqueueIndexing(
          manager,
          'school_places',
          (await manager.find(SchoolPlace, { select: { schoolPlaceId: true } })).map(
            (p) => p.schoolPlaceId,
          ),
        );
      }
      if (names.includes('candidates'))
        await enqueueIndexing(
          manager,
          'candidates',
          (await manager.find(Candidate, { select: { id: true } })).map((c) => c.id),
        );
      await manager.query(
        `INSERT INTO search_index_definitions (index_name, fingerprint) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (index_name) DO UPDATE SET fingerprint = excluded.fingerprint, recorded_at = now()`,
        [names, indexes.map(definitionFingerprint)],
      );
      return names;
    });
    if (rebuilt.length > 0) this.logger.log(`search index rebuild queued: ${rebuilt.join(', ')}`);
  }

  /** Indexes one batch of queued documents; resolves with how many queue rows it cleared. */
  async indexBatch(): Promise<number> {
    const queued: { id: string; index_name: IndexName; document_id: string }[] =
      await this.dataSource.query(
        'SELECT id, index_name, document_id FROM search_index_queue ORDER BY id LIMIT $1',
        [BATCH_SIZE],
      );
    if (queued.length === 0) return 0;
    const idsOf = (index: IndexName) => [
      ...new Set(queued.filter((q) => q.index_name === index).map((q) => q.document_id)),
    ];
    await this.indexVacancies(idsOf('vacancies'));
    await this.indexSchoolPlaces(idsOf('school_places'));
    await this.indexCandidates(idsOf('candidates'));
    await this.dataSource.query('DELETE FROM search_index_queue WHERE id = ANY($1::bigint[])', [
      queued.map((q) => q.id),
    ]);
    return queued.length;
  }

  private async indexVacancies(ids: string[]) {
    if (ids.length === 0) return;
    const rows = await this.dataSource.manager.findBy(Vacancy, { vacancyId: In(ids) });
    await this.apply(VACANCIES_INDEX.name, ids, rows.map(vacancyDocument));
  }

  private async indexSchoolPlaces(ids: string[]) {
    if (ids.length === 0) return;
    const rows = await this.dataSource.manager.findBy(SchoolPlace, { schoolPlaceId: In(ids) });
    await this.apply(SCHOOL_PLACES_INDEX.name, ids, rows.map(schoolPlaceDocument));
  }

  private async indexCandidates(ids: string[]) {
    if (ids.length === 0) return;
    const rows = await this.dataSource.manager.findBy(Candidate, { id: In(ids) });
    const certificates = await this.dataSource.manager.findBy(CandidateCertificate, {
      candidateId: In(ids),
      status: 'valid',
    });
    const documents = rows.map((candidate) =>
      candidateDocument(
        candidate,
        certificates.filter((c) => c.candidateId === candidate.id).map((c) => c.crebo),
      ),
    );
    await this.apply(CANDIDATES_INDEX.name, ids, documents);
  }

  private async apply(index: string, ids: string[], documents: { id: string }[]) {
    const present = new Set(documents.map((d) => d.id));
    const gone = ids.filter((id) => !present.has(id));
    await this.write(async () => {
      if (documents.length > 0) await this.search.upsert(index, documents);
      if (gone.length > 0) await this.search.delete(index, gone);
    });
  }

  private async write(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      const code = error instanceof SearchEngineError ? error.code : 'engine_error';
      this.currentFailure = { since: this.currentFailure?.since ?? new Date(), code };
      throw error;
    }
    this.currentFailure = undefined;
  }
}
