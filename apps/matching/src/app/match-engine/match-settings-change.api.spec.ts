import { ServiceConfig } from '@bridge/platform';
import { describeOnEachBackend } from '../testing/matching-test-app.fixture';
import { MatchSettingsChange, matchSettingsFingerprint } from './match-settings-change';
import { MatchingPipeline } from './matching-pipeline';

describe('matchSettingsFingerprint', () => {
  it('differs when what a candidate keeps differs, and not otherwise', () => {
    const kept = { maxSuggestionsPerCandidate: 20, minScore: 0 };
    expect(matchSettingsFingerprint({ ...kept })).toBe(matchSettingsFingerprint(kept));
    expect(matchSettingsFingerprint({ ...kept, maxSuggestionsPerCandidate: 10 })).not.toBe(
      matchSettingsFingerprint(kept),
    );
    expect(matchSettingsFingerprint({ ...kept, minScore: 0.5 })).not.toBe(
      matchSettingsFingerprint(kept),
    );
  });
});

describeOnEachBackend('re-matching after a change of the match settings', (app) => {
  const queuedCandidates = async () =>
    (
      (await app.dataSource.query(
        `SELECT subject_id FROM match_queue WHERE subject_type = 'candidate'`,
      )) as { subject_id: string }[]
    )
      .map((row) => row.subject_id)
      .sort();

  it('queues every active candidate once when the settings differ from those last applied, and records the new ones', async () => {
    const change = app.service.app.get(MatchSettingsChange);
    // The queue is what this test reads: the running pipeline would drain it between two reads.
    await app.service.app.get(MatchingPipeline).beforeApplicationShutdown();
    const active = await app.registerCandidate();
    const left = await app.registerCandidate();
    await app.dataSource.query(`UPDATE candidates SET status = 'left' WHERE id = $1`, [left]);
    await app.dataSource.query('DELETE FROM match_queue');

    expect(await change.apply()).toBe(0);
    expect(await queuedCandidates()).toEqual([]);

    await app.dataSource.query(
      `UPDATE match_settings_applied SET fingerprint = 'settings of an earlier start'`,
    );
    const activeCount = Number(
      (
        await app.dataSource.query(`SELECT count(*) AS n FROM candidates WHERE status = 'active'`)
      )[0].n,
    );
    expect(await change.apply()).toBe(activeCount);
    const queued = await queuedCandidates();
    expect(queued).toContain(active);
    expect(queued).not.toContain(left);
    expect(queued).toHaveLength(activeCount);
    const [{ fingerprint }] = await app.dataSource.query(
      'SELECT fingerprint FROM match_settings_applied',
    );
    expect(fingerprint).toBe(matchSettingsFingerprint(app.service.app.get(ServiceConfig).match));

    expect(await change.apply()).toBe(0);
    expect(await queuedCandidates()).toHaveLength(activeCount);
  });
});
