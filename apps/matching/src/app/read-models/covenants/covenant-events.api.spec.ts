import { randomUUID } from 'node:crypto';
import {
  COVENANT_CHANGED,
  COVENANT_ENDED,
  COVENANT_SIGNED,
  createEnvelope,
  EventEnvelope,
} from '@bridge/contracts';
import { toBusMessage } from '@bridge/messaging';
import { daysFromToday, describeOnEachBackend } from '../../testing/matching-test-app.fixture';

describeOnEachBackend('covenants read model', (app) => {
  const employerId = randomUUID();
  const state = (covenantId: string, name: string, validTo = daysFromToday(365)) => ({
    covenantId,
    name,
    employerId,
    regionCodes: ['AM27'],
    piCodes: ['PI-VUGHT'],
    validFrom: daysFromToday(-30),
    validTo,
  });
  const signed = (covenantId: string, version: number, name: string) =>
    createEnvelope('employers', {
      topic: COVENANT_SIGNED,
      key: covenantId,
      version,
      payload: state(covenantId, name),
    });
  const changed = (covenantId: string, version: number, name: string, validTo?: string) =>
    createEnvelope('employers', {
      topic: COVENANT_CHANGED,
      key: covenantId,
      version,
      payload: state(covenantId, name, validTo),
    });

  /** Delivers the events as one batch of the bus, as Kafka hands a consumer a fetch. */
  const deliver = (envelopes: EventEnvelope[]) => app.bus.publish(envelopes.map(toBusMessage));

  const stored = async (covenantId: string) => {
    const [row] = await app.dataSource.query(
      'SELECT name, version, ended_on::text AS "endedOn" FROM covenants WHERE covenant_id = $1',
      [covenantId],
    );
    return row as { name: string; version: number; endedOn: string | null } | undefined;
  };

  it('takes a run of covenant events at once: the newest state of each covenant wins, an older one arriving late is ignored', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await deliver([
      signed(a, 1, 'A, first'),
      changed(a, 3, 'A, third'),
      signed(b, 1, 'B, first'),
      changed(a, 2, 'A, second (late)'),
    ]);
    expect(await stored(a)).toEqual({ name: 'A, third', version: 3, endedOn: null });
    expect(await stored(b)).toEqual({ name: 'B, first', version: 1, endedOn: null });

    await deliver([changed(a, 2, 'A, second (later still)')]);
    expect(await stored(a)).toMatchObject({ name: 'A, third', version: 3 });
  });

  it('keeps the end date of an ended covenant when a newer state of it arrives', async () => {
    const covenantId = randomUUID();
    const endedOn = daysFromToday(10);
    await deliver([
      signed(covenantId, 1, 'Convenant'),
      createEnvelope('employers', {
        topic: COVENANT_ENDED,
        key: covenantId,
        version: 2,
        payload: { covenantId, endedOn },
      }),
      changed(covenantId, 3, 'Convenant (renamed)'),
    ]);
    expect(await stored(covenantId)).toEqual({ name: 'Convenant (renamed)', version: 3, endedOn });
  });

  it('re-matches the vacancies of the covenants a run changes: one that no longer holds at the start takes its suggestions away', async () => {
    const [kept, shortened] = [
      await app.signCovenant({ employerId }),
      await app.signCovenant({ employerId }),
    ];
    const underKept = await app.publishVacancy(employerId, { covenantId: kept });
    const underShortened = await app.publishVacancy(employerId, { covenantId: shortened });
    const { candidateId } = await app.matchedTo(underKept.vacancyId);
    const before = await app.suggestionOf(candidateId, underShortened.vacancyId);

    await deliver([
      changed(kept, 2, 'Convenant Houtbouw Maaskant'),
      changed(shortened, 2, 'Convenant Houtbouw Maaskant', daysFromToday(1)),
    ]);
    await app.matchingIdle();
    expect((await app.suggestion(before.id)).status).toBe('expired');
    expect((await app.suggestionOf(candidateId, underKept.vacancyId)).status).toBe('suggested');
  });
});
