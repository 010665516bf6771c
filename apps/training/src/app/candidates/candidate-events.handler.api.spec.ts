import {
  CANDIDATE_REGISTERED,
  CANDIDATE_TRANSFERRED,
  CANDIDATE_UPDATED,
  deadLetterTopic,
} from '@bridge/contracts';
import { toBusMessage } from '@bridge/messaging';
import { expectEventually } from '@bridge/testing';
import { aCandidate, RETURN_PLACES } from '../testing/candidate.factory';
import { CALLERS, Claims, describeOnEachBackend } from '../testing/training-test-app.fixture';

describeOnEachBackend("candidates read model (matching's events)", (app) => {
  async function registerStatus(claims: Claims, candidateId: string): Promise<number> {
    const response = await app
      .http()
      .post('/certificates')
      .set('Authorization', await app.auth(claims))
      .send({ candidateId, crebo: '25290', issuedOn: '2025-06-30' });
    return response.status;
  }

  it('stores a registered candidate with its version', async () => {
    const candidate = await app.registerCandidate({
      piCode: 'PI-VUGHT',
      expectedReleaseDate: '2026-03-01',
    });
    expect(await app.candidateRow(candidate.candidateId)).toMatchObject({
      candidateId: candidate.candidateId,
      piCode: 'PI-VUGHT',
      regionCode: 'AM27',
      expectedReleaseDate: '2026-03-01',
      status: 'active',
      version: 1,
    });
  });

  it('applies a newer update and ignores an older one that arrives late', async () => {
    const candidate = await app.registerCandidate({ piCode: 'PI-VUGHT' });
    const transferred = {
      ...candidate,
      piCode: 'PI-ZWOLLE',
      ...RETURN_PLACES.zwolle,
      expectedReleaseDate: '2026-05-01',
    };
    const stale = {
      ...candidate,
      piCode: 'PI-GRAVE',
      expectedReleaseDate: '2026-01-01',
    };

    await app.updateCandidate(transferred, 3);
    await expectEventually(async () =>
      expect((await app.candidateRow(candidate.candidateId))?.version).toBe(3),
    );
    await app.updateCandidate(stale, 2);

    // Wait until the late event was handled (its inbox row exists), then check nothing changed.
    await expectEventually(async () => {
      const [row] = (await app.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox_messages WHERE topic = 'matching.candidate.updated.v1'`,
      )) as { n: number }[];
      expect(row.n).toBeGreaterThanOrEqual(2);
    });
    expect(await app.candidateRow(candidate.candidateId)).toMatchObject({
      piCode: 'PI-ZWOLLE',
      regionCode: 'AM36',
      expectedReleaseDate: '2026-05-01',
      version: 3,
    });
    // Scope follows the newest state: the candidate is now Zwolle's.
    expect(await registerStatus(CALLERS.vughtLeader, candidate.candidateId)).toBe(404);
    expect(await registerStatus(CALLERS.zwolleLeader, candidate.candidateId)).toBe(201);
  });

  it('creates the candidate from an update when the registration has not arrived', async () => {
    const candidate = aCandidate({
      piCode: 'PI-ZWOLLE',
      ...RETURN_PLACES.zwolle,
    });
    await app.updateCandidate(candidate, 2);
    await expectEventually(async () =>
      expect(await app.candidateRow(candidate.candidateId)).toMatchObject({
        piCode: 'PI-ZWOLLE',
        version: 2,
      }),
    );
    // The late registration (version 1) changes nothing.
    await app.publish(CANDIDATE_REGISTERED, candidate.candidateId, 1, {
      ...candidate,
      piCode: 'PI-VUGHT',
    });
    expect(await app.candidateRow(candidate.candidateId)).toMatchObject({
      piCode: 'PI-ZWOLLE',
      version: 2,
    });
  });

  it('marks a candidate as left, and a left that overtakes the registration keeps it left', async () => {
    const candidate = await app.registerCandidate();
    await app.candidateLeaves(candidate.candidateId, 2);
    await expectEventually(async () =>
      expect(await app.candidateRow(candidate.candidateId)).toMatchObject({
        status: 'left',
        version: 2,
      }),
    );

    const early = aCandidate();
    await app.candidateLeaves(early.candidateId, 3);
    await expectEventually(async () =>
      expect(await app.candidateRow(early.candidateId)).toMatchObject({
        status: 'left',
        version: 3,
        piCode: null,
      }),
    );
    await app.publish(CANDIDATE_REGISTERED, early.candidateId, 1, early);
    expect(await app.candidateRow(early.candidateId)).toMatchObject({
      status: 'left',
      version: 3,
    });
    expect(await registerStatus(CALLERS.admin, early.candidateId)).toBe(409);
  });

  it('applies a transfer: the certificates move with the candidate to the new PI, also after it had left', async () => {
    const candidate = await app.registerCandidate({ piCode: 'PI-VUGHT' });
    expect(await registerStatus(CALLERS.vughtLeader, candidate.candidateId)).toBe(201);
    await app.candidateLeaves(candidate.candidateId, 2);
    await app.publish(CANDIDATE_TRANSFERRED, candidate.candidateId, 3, {
      ...candidate,
      piCode: 'PI-ZWOLLE',
      ...RETURN_PLACES.zwolle,
      status: 'active',
      fromPiCode: 'PI-VUGHT',
    });
    await expectEventually(async () =>
      expect(await app.candidateRow(candidate.candidateId)).toMatchObject({
        piCode: 'PI-ZWOLLE',
        regionCode: 'AM36',
        status: 'active',
        version: 3,
      }),
    );
    const certificates = (claims: Claims) =>
      app.as(claims).get('/certificates', { candidateId: candidate.candidateId });
    expect((await certificates(CALLERS.zwolleCasemanager)).body.items).toHaveLength(1);
    expect((await certificates(CALLERS.vughtCasemanager)).status).toBe(404);
    expect(await registerStatus(CALLERS.vughtLeader, candidate.candidateId)).toBe(404);
  });

  it('handles a redelivered event once and dead-letters a malformed one', async () => {
    const candidate = await app.registerCandidate();
    const updated = await app.publish(CANDIDATE_UPDATED, candidate.candidateId, 2, {
      ...candidate,
      expectedReleaseDate: '2026-02-02',
    });
    await app.bus.publish([toBusMessage(updated)]);
    const [inbox] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM inbox_messages WHERE event_id = $1`,
      [updated.eventId],
    )) as { n: number }[];
    expect(inbox.n).toBe(1);

    const malformed = {
      ...toBusMessage(updated),
      value: JSON.stringify({ ...updated, eventId: 'not-a-uuid' }),
    };
    await app.bus.publish([malformed]);
    await expectEventually(() =>
      expect(app.bus.retainedMessages(deadLetterTopic(CANDIDATE_UPDATED))).toHaveLength(1),
    );
  });
});
