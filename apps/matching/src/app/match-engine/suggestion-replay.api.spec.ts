import { randomUUID } from 'node:crypto';
import { AuditEntry, canonicalJson, requestHash } from '@bridge/platform';
import { MATCH_RULES_VERSION } from '../match-rules/match-settings';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  daysFromToday,
  describeOnEachBackend,
  expectProblem,
} from '../testing/matching-test-app.fixture';
import { Suggestion } from './suggestion.entity';

interface ReplayBody {
  suggestionId: string;
  replayable: boolean;
  reason: string | null;
  recorded: { rulesVersion: number; settingsFingerprint: string; asOf: string; score: number };
  replayed: {
    rulesVersion: number;
    settingsFingerprint: string;
    score: number | null;
    excludedBy: string | null;
  } | null;
  same: boolean;
  differences: { factor: string; recorded: number | null; replayed: number | null }[];
}

describeOnEachBackend(
  'replaying a suggestion from its recorded inputs (GET /suggestions/:id/replay)',
  (app) => {
    const replay = (id: string, claims = ADMIN) => app.as(claims).get(`/suggestions/${id}/replay`);
    const candidateIds: string[] = [];
    let suggestions: Suggestion[] = [];

    beforeAll(async () => {
      // Two vacancies and two school places, and candidates returning to three municipalities at three release dates.
      await app.publishVacancy();
      await app.publishVacancy(randomUUID(), {
        municipalityCode: 'GM0796',
        startDate: daysFromToday(40),
      });
      await app.publishSchoolPlace();
      await app.publishSchoolPlace({ municipalityCode: 'GM0865', startDate: daysFromToday(60) });
      for (const [municipality, release] of [
        ['GM0796', 20],
        ['GM0865', 40],
        ['GM0855', 30],
        ['GM0796', 60],
      ] as const) {
        const candidateId = await app.registerCandidate({
          returnMunicipalityCode: municipality,
          expectedReleaseDate: daysFromToday(release),
        });
        await app.certify(candidateId);
        candidateIds.push(candidateId);
      }
      await app.matchingIdle();
      suggestions = await app.dataSource.manager
        .createQueryBuilder(Suggestion, 's')
        .where('s.candidate_id = ANY(:candidateIds)', { candidateIds })
        .getMany();
    }, 300_000);

    it('records with every suggestion the rules version, the settings, the day and its two inputs', async () => {
      expect(new Set(suggestions.map((s) => s.type))).toEqual(new Set(['vacancy', 'school-place']));
      expect(new Set(suggestions.map((s) => s.candidateId)).size).toBe(candidateIds.length);
      for (const s of suggestions) {
        expect(s).toMatchObject({ rulesVersion: MATCH_RULES_VERSION, asOf: daysFromToday(0) });
        expect(s.settingsFingerprint).toMatch(/^[0-9a-f]{64}$/);
        expect(s.candidateInput).toMatch(/^[0-9a-f]{64}$/);
        expect(s.targetInput).toMatch(/^[0-9a-f]{64}$/);
      }
      const [view] = (
        await app.as(ADVISOR).get(`/candidates/${suggestions[0].candidateId}/suggestions`)
      ).body.items;
      expect(view.rulesVersion).toBe(MATCH_RULES_VERSION);
    });

    it('shares the snapshots: one per candidate profile and one per target, keyed by the hash of their content', async () => {
      const snapshots: { hash: string; kind: string; content: unknown; bytes: number }[] =
        await app.dataSource.query(
          `SELECT hash, kind, content, pg_column_size(content) AS bytes FROM match_input_snapshots
          WHERE hash = ANY($1::text[])`,
          [suggestions.flatMap((s) => [s.candidateInput, s.targetInput])],
        );
      for (const snapshot of snapshots) {
        expect(requestHash(snapshot.content)).toBe(snapshot.hash);
        expect(canonicalJson(snapshot.content)).not.toMatch(/dji/i);
      }
      const candidates = snapshots.filter((s) => s.kind === 'candidate');
      const targets = snapshots.filter((s) => s.kind === 'target');
      expect(candidates).toHaveLength(new Set(suggestions.map((s) => s.candidateId)).size);
      expect(targets).toHaveLength(new Set(suggestions.map((s) => s.targetId)).size);
      const bytes = new Map(snapshots.map((s) => [s.hash, Number(s.bytes)]));
      const shared = [...bytes.values()].reduce((sum, b) => sum + b, 0);
      const copied = suggestions.reduce(
        (sum, s) =>
          sum + (bytes.get(s.candidateInput ?? '') ?? 0) + (bytes.get(s.targetInput ?? '') ?? 0),
        0,
      );
      expect(shared).toBeLessThan(copied);
      // The figures of docs/design.md ("Replaying a suggestion"), printed for the record.
      console.log(
        `replay inputs: ${suggestions.length} suggestions, ${candidates.length} candidate + ${targets.length} target snapshots, ` +
          `${shared} bytes shared vs ${copied} bytes as one copy per suggestion`,
      );
    });

    it('replays every suggestion of the seeded candidates exactly, vacancies and school places', async () => {
      expect(suggestions.length).toBeGreaterThanOrEqual(8);
      for (const s of suggestions) {
        const response = await replay(s.id);
        expect(response.status).toBe(200);
        const body: ReplayBody = response.body;
        expect(body).toMatchObject({
          suggestionId: s.id,
          replayable: true,
          reason: null,
          recorded: { rulesVersion: MATCH_RULES_VERSION, asOf: daysFromToday(0), score: s.score },
          replayed: {
            rulesVersion: MATCH_RULES_VERSION,
            settingsFingerprint: s.settingsFingerprint,
            score: s.score,
            excludedBy: null,
          },
          same: true,
          differences: [],
        });
        expect(response.body.replayed.explanation).toEqual(s.explanation);
      }
    });

    it('reports a suggestion recorded under other rules as different, naming the factors', async () => {
      const [s] = suggestions;
      const explanation = s.explanation.map((f) =>
        f.factor === 'distance' ? { ...f, value: f.value === 1 ? 0.5 : 1 } : f,
      );
      await app.dataSource.query(
        `UPDATE suggestions SET rules_version = 0, score = $2, explanation = $3 WHERE id = $1`,
        [s.id, s.score === 1 ? 0.9 : 1, JSON.stringify(explanation)],
      );
      const body: ReplayBody = (await replay(s.id)).body;
      expect(body.same).toBe(false);
      expect(body.recorded.rulesVersion).toBe(0);
      expect(body.replayed?.rulesVersion).toBe(MATCH_RULES_VERSION);
      expect(body.differences).toEqual([
        { factor: 'score', recorded: s.score === 1 ? 0.9 : 1, replayed: s.score },
        {
          factor: 'distance',
          recorded: explanation.find((f) => f.factor === 'distance')?.value,
          replayed: s.explanation.find((f) => f.factor === 'distance')?.value,
        },
      ]);
    });

    it('names the hard rule that now excludes a pair whose stored target differs', async () => {
      const s = suggestions[1];
      const [{ content }] = await app.dataSource.query(
        'SELECT content FROM match_input_snapshots WHERE hash = $1',
        [s.targetInput],
      );
      const closed = { ...content, open: false };
      await app.dataSource.query(
        `INSERT INTO match_input_snapshots (hash, kind, content) VALUES ($1, 'target', $2)`,
        [requestHash(closed), JSON.stringify(closed)],
      );
      await app.dataSource.query('UPDATE suggestions SET target_input = $2 WHERE id = $1', [
        s.id,
        requestHash(closed),
      ]);
      const body: ReplayBody = (await replay(s.id)).body;
      expect(body).toMatchObject({
        replayable: true,
        same: false,
        replayed: { score: null, excludedBy: 'target-not-open' },
      });
      expect(body.differences.map((d) => d.factor)).toEqual([
        'score',
        ...s.explanation.map((f) => f.factor),
      ]);
      expect(body.differences.every((d) => d.replayed === null)).toBe(true);
    });

    it('answers a suggestion made before inputs were recorded as not replayable, with the reason', async () => {
      const s = suggestions[2];
      await app.dataSource.query(
        `UPDATE suggestions SET rules_version = NULL, settings_fingerprint = NULL, as_of = NULL,
              candidate_input = NULL, target_input = NULL WHERE id = $1`,
        [s.id],
      );
      const response = await replay(s.id);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        replayable: false,
        reason: expect.stringMatching(/before the inputs of suggestions were recorded/),
        recorded: { rulesVersion: 1, settingsFingerprint: '', score: s.score },
        replayed: null,
        same: false,
        differences: [],
      });
      expect(response.body.recorded.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('audits the replay: it reads the candidate’s profile', async () => {
      const s = suggestions[3];
      const audit = app.dataSource.getRepository(AuditEntry);
      const before = await audit.countBy({ action: 'suggestion.replayed' });
      expect((await replay(s.id)).status).toBe(200);
      expect(await audit.countBy({ action: 'suggestion.replayed' })).toBe(before + 1);
      const [entry] = await audit.find({
        where: { action: 'suggestion.replayed' },
        order: { id: 'DESC' },
        take: 1,
      });
      expect(entry).toMatchObject({
        actor: ADMIN.sub,
        role: 'admin',
        candidateId: s.candidateId,
        targetId: s.targetId,
      });
    });

    it.each([
      ['an advisor', ADVISOR],
      ['a casemanager', CASEMANAGER],
    ])('refuses %s with 403 and writes nothing', async (_case, claims) => {
      const before = await app.counts();
      expectProblem(await replay(suggestions[0].id, claims), 403);
      expect(await app.counts()).toEqual(before);
    });

    it('answers 404 for an unknown id and 400 for one that is no UUID, writing nothing', async () => {
      const before = await app.counts();
      expectProblem(await replay(randomUUID()), 404);
      expectProblem(await replay('suggestion-1'), 400);
      expect(await app.counts()).toEqual(before);
    });
  },
);
