import {
  COVENANT_CHANGED,
  COVENANT_ENDED,
  COVENANT_SIGNED,
  createEnvelope,
  deadLetterTopic,
} from '@bridge/contracts';
import { toBusMessage } from '@bridge/messaging';
import { expectEventually } from '@bridge/testing';
import { aSchoolCovenant, anEmployerCovenant } from '../testing/covenant.factory';
import { daysFromToday, describeOnEachBackend } from '../testing/training-test-app.fixture';

describeOnEachBackend("covenants read model (employers' events)", (app) => {
  /** Waits until `count` events of `topic` went through the inbox (handled, or found stale). */
  async function handled(topic: string, count: number) {
    await expectEventually(async () => {
      const [row] = (await app.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox_messages WHERE topic = $1`,
        [topic],
      )) as { n: number }[];
      expect(row.n).toBeGreaterThanOrEqual(count);
    });
  }

  async function inboxCount(topic: string): Promise<number> {
    const [row] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM inbox_messages WHERE topic = $1`,
      [topic],
    )) as { n: number }[];
    return row.n;
  }

  it("stores a school's and an employer's covenant with what training needs and their version", async () => {
    const school = await app.signCovenant(
      aSchoolCovenant('31AB', {
        validFrom: '2026-01-01',
        validTo: '2027-12-31',
      }),
    );
    expect(await app.covenantRow(school.covenantId)).toMatchObject({
      covenantId: school.covenantId,
      employerId: null,
      brin: '31AB',
      regionCodes: ['AM27'],
      piCodes: ['PI-VUGHT'],
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      endedOn: null,
      version: 1,
    });
    const employer = await app.signCovenant(anEmployerCovenant());
    expect(await app.covenantRow(employer.covenantId)).toMatchObject({
      employerId: employer.employerId,
      brin: null,
    });
  });

  it('applies a newer change and ignores an older one that arrives late', async () => {
    const covenant = await app.signCovenant(aSchoolCovenant('31AC'));
    const before = await inboxCount(COVENANT_CHANGED);
    await app.publish(COVENANT_CHANGED, covenant.covenantId, 3, {
      ...covenant,
      regionCodes: ['AM27', 'AM36'],
      validTo: '2030-06-30',
    });
    await expectEventually(async () =>
      expect((await app.covenantRow(covenant.covenantId))?.version).toBe(3),
    );
    await app.publish(COVENANT_CHANGED, covenant.covenantId, 2, {
      ...covenant,
      regionCodes: ['AM18'],
      validTo: '2027-01-01',
    });
    await handled(COVENANT_CHANGED, before + 2);
    expect(await app.covenantRow(covenant.covenantId)).toMatchObject({
      regionCodes: ['AM27', 'AM36'],
      validTo: '2030-06-30',
      version: 3,
    });
  });

  it('records the end, and a later change keeps it', async () => {
    const covenant = await app.signCovenant(aSchoolCovenant('31AD'));
    await app.publish(COVENANT_ENDED, covenant.covenantId, 2, {
      covenantId: covenant.covenantId,
      endedOn: daysFromToday(-1),
    });
    await expectEventually(async () =>
      expect(await app.covenantRow(covenant.covenantId)).toMatchObject({
        endedOn: daysFromToday(-1),
        version: 2,
        brin: '31AD',
      }),
    );
    await app.publish(COVENANT_CHANGED, covenant.covenantId, 3, {
      ...covenant,
      piCodes: ['PI-ZWOLLE'],
    });
    await expectEventually(async () =>
      expect(await app.covenantRow(covenant.covenantId)).toMatchObject({
        piCodes: ['PI-ZWOLLE'],
        endedOn: daysFromToday(-1),
        version: 3,
      }),
    );
  });

  it('keeps an end that overtakes the signing: the late signing changes nothing', async () => {
    const covenant = aSchoolCovenant('31AE');
    await app.publish(COVENANT_ENDED, covenant.covenantId, 2, {
      covenantId: covenant.covenantId,
      endedOn: daysFromToday(-3),
    });
    await expectEventually(async () =>
      expect(await app.covenantRow(covenant.covenantId)).toMatchObject({
        endedOn: daysFromToday(-3),
        version: 2,
        brin: null,
        validFrom: null,
      }),
    );
    const before = await inboxCount(COVENANT_SIGNED);
    await app.publish(COVENANT_SIGNED, covenant.covenantId, 1, covenant);
    await handled(COVENANT_SIGNED, before + 1);
    expect(await app.covenantRow(covenant.covenantId)).toMatchObject({
      brin: null,
      validFrom: null,
      version: 2,
    });
  });

  it('handles a redelivered event once and dead-letters a malformed one', async () => {
    const covenant = await app.signCovenant(aSchoolCovenant('31AF'));
    const changed = await app.publish(COVENANT_CHANGED, covenant.covenantId, 2, {
      ...covenant,
      piCodes: ['PI-GRAVE'],
    });
    await app.bus.publish([toBusMessage(changed)]);
    const [inbox] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM inbox_messages WHERE event_id = $1`,
      [changed.eventId],
    )) as { n: number }[];
    expect(inbox.n).toBe(1);

    // A covenant naming both an employer and a school breaks the contract.
    const valid = createEnvelope('employers', {
      topic: COVENANT_SIGNED,
      key: 'both-parties',
      version: 1,
      payload: aSchoolCovenant('31AG', { covenantId: 'both-parties' }),
    });
    await app.bus.publish([
      {
        ...toBusMessage(valid),
        value: JSON.stringify({
          ...valid,
          payload: { ...valid.payload, employerId: 'employer-1' },
        }),
      },
    ]);
    await expectEventually(() =>
      expect(app.bus.retainedMessages(deadLetterTopic(COVENANT_SIGNED))).toHaveLength(1),
    );
    expect(await app.covenantRow('both-parties')).toBeNull();
  });
});
