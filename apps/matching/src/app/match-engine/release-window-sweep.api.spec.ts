import { randomUUID } from 'node:crypto';
import { ADMIN, daysFromToday, describeOnEachBackend } from '../testing/matching-test-app.fixture';
import { ReleaseWindowSweep } from './release-window-sweep';

describeOnEachBackend('the release-window sweep', (app) => {
  const sweeper = () => app.service.app.get(ReleaseWindowSweep);
  const today = daysFromToday(0);
  const lastSwept = async (): Promise<string | null> =>
    (await app.dataSource.query('SELECT last_swept_on::text AS day FROM release_window_sweep'))[0]
      .day;
  const setLastSwept = (day: string | null) =>
    app.dataSource.query('UPDATE release_window_sweep SET last_swept_on = $1', [day]);
  /** The match queue's sequence: unchanged when nothing was queued, whether or not the engine drained the queue since. */
  const queueSequence = async (): Promise<string> =>
    (await app.dataSource.query('SELECT last_value::text AS value FROM match_queue_id_seq'))[0]
      .value;

  /**
   * As if `days` passed without anything happening to the candidate: its release date moves as
   * many days closer, and the last sweep as many days back. Written straight to the table, as
   * the calendar does it: no change of the candidate queues it for matching.
   */
  async function asIfDaysPassed(days: number, candidateId: string, releaseInDaysFromToday: number) {
    await app.matchingIdle();
    await app.dataSource.query('UPDATE candidates SET expected_release_date = $2 WHERE id = $1', [
      candidateId,
      daysFromToday(releaseInDaysFromToday),
    ]);
    await setLastSwept(daysFromToday(-days));
  }

  it('swept today at start-up', async () => {
    expect(await lastSwept()).toBe(today);
  });

  it('queues nothing when today is swept already, nor for an earlier day', async () => {
    await setLastSwept(today);
    const before = await queueSequence();
    expect(await sweeper().sweep(today)).toEqual([]);
    expect(await sweeper().sweep(daysFromToday(-3))).toEqual([]);
    expect(await queueSequence()).toBe(before);
    expect(await lastSwept()).toBe(today);
  });

  it('suggests a target to a candidate whose release came within the horizon', async () => {
    const vacancy = await app.publishVacancy(randomUUID(), { startDate: daysFromToday(185) });
    const candidateId = await app.registerCandidate({ expectedReleaseDate: daysFromToday(182) });
    await app.certify(candidateId);
    await app.matchingIdle();
    const none = await app.as(ADMIN).get(`/candidates/${candidateId}/suggestions`);
    expect(none.body.items).toEqual([]);

    await asIfDaysPassed(3, candidateId, 179);
    expect(await sweeper().sweep(today)).toContain(candidateId);
    expect(await app.suggestionOf(candidateId, vacancy.vacancyId)).toMatchObject({
      status: 'suggested',
    });
    expect(await lastSwept()).toBe(today);
  });

  it('expires the suggestions of a candidate whose release passed out of the window', async () => {
    const vacancy = await app.publishVacancy(randomUUID(), { startDate: daysFromToday(-10) });
    const { candidateId, suggestion } = await app.matchedTo(vacancy.vacancyId, {
      expectedReleaseDate: daysFromToday(-85),
    });
    expect(suggestion.status).toBe('suggested');

    await asIfDaysPassed(7, candidateId, -92);
    expect(await sweeper().sweep(today)).toContain(candidateId);
    await app.matchingIdle();
    expect(await app.suggestion(suggestion.id)).toMatchObject({ status: 'expired' });
  });

  describe('after ten days without a sweep', () => {
    const lastSweep = -10;
    /** Release dates (days from today) and whether the sweep must queue the candidate. */
    const cases: [string, number, boolean][] = [
      ['within the horizon at the last sweep already', lastSweep + 180, false],
      ['within the horizon since the day after the last sweep', lastSweep + 181, true],
      ['within the horizon since today', 180, true],
      ['beyond the horizon still', 181, false],
      ['out of the window at the last sweep already', lastSweep - 91, false],
      ['out of the window since the day after the last sweep', lastSweep - 90, true],
      ['out of the window since today', -91, true],
      ['in the window still, on its last day', -90, false],
      ['in the window throughout', 40, false],
    ];
    const candidates = new Map<string, string>();
    let swept: string[];
    let withoutConsent: string;
    let left: string;

    beforeAll(async () => {
      for (const [name, release] of cases) {
        candidates.set(
          name,
          await app.registerCandidate({ expectedReleaseDate: daysFromToday(release) }),
        );
      }
      withoutConsent = await app.registerCandidate({
        expectedReleaseDate: daysFromToday(175),
        consent: { shareAnonymisedProfile: false },
      });
      left = await app.registerCandidate({ expectedReleaseDate: daysFromToday(175) });
      expect((await app.as(ADMIN).post(`/candidates/${left}/leave`, {})).status).toBe(200);
      await app.matchingIdle();
      await setLastSwept(daysFromToday(lastSweep));
      swept = await sweeper().sweep(today);
    });

    it.each(cases)('a candidate %s (release in %d days): queued %s', (name, _release, queued) => {
      expect(swept.includes(candidates.get(name) as string)).toBe(queued);
    });

    it('queues no candidate without consent and none that left: neither is suggested anything, whatever the day', () => {
      expect(swept).not.toContain(withoutConsent);
      expect(swept).not.toContain(left);
    });

    it('queues every active, consenting candidate on its very first sweep, when no day is stored', async () => {
      await setLastSwept(null);
      const first = await sweeper().sweep(today);
      expect(first).toEqual(expect.arrayContaining([...candidates.values()]));
      expect(first).not.toContain(withoutConsent);
      expect(first).not.toContain(left);
      expect(await lastSwept()).toBe(today);
    });
  });
});
