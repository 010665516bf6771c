import { CALLERS, Claims, describeOnEachBackend } from '../testing/training-test-app.fixture';

describeOnEachBackend('Idempotency-Key on POST /certificates', (app) => {
  async function post(claims: Claims, key: string | undefined, body: object) {
    const req = app
      .http()
      .post('/certificates')
      .set('Authorization', await app.auth(claims));
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send(body);
  }

  it('answers a retry with the first result and creates nothing new', async () => {
    const candidate = await app.registerCandidate();
    const body = {
      candidateId: candidate.candidateId,
      crebo: '25290',
      issuedOn: '2025-06-30',
    };
    const first = await post(CALLERS.vughtLeader, 'retry-1', body);
    expect(first.status).toBe(201);
    const [certificates, events] = [
      await app.count('certificates'),
      await app.count('outbox_messages'),
    ];

    // Same body, keys in another order: the same request.
    const retry = await post(CALLERS.vughtLeader, 'retry-1', {
      issuedOn: '2025-06-30',
      crebo: '25290',
      candidateId: candidate.candidateId,
    });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await app.count('certificates')).toBe(certificates);
    expect(await app.count('outbox_messages')).toBe(events);

    // Without the key the same request is a duplicate.
    expect((await post(CALLERS.vughtLeader, undefined, body)).status).toBe(409);
  });

  it('lets only one of two concurrent requests with the same key create', async () => {
    const candidate = await app.registerCandidate();
    const body = {
      candidateId: candidate.candidateId,
      crebo: '25290',
      issuedOn: '2025-06-30',
    };
    const before = await app.count('certificates');
    const responses = await Promise.all([
      post(CALLERS.vughtLeader, 'race-1', body),
      post(CALLERS.vughtLeader, 'race-1', body),
    ]);
    // The second either waited for the first result (a replay) or was told the first is still running.
    const outcomes = responses
      .map((r) => `${r.status}${r.headers['idempotent-replayed'] ? ' replayed' : ''}`)
      .sort();
    expect([
      ['201', '201 replayed'],
      ['201', '409'],
    ]).toContainEqual(outcomes);
    expect(await app.count('certificates')).toBe(before + 1);
  });

  it('refuses the same key with a different body', async () => {
    const candidate = await app.registerCandidate();
    const body = {
      candidateId: candidate.candidateId,
      crebo: '25290',
      issuedOn: '2025-06-30',
    };
    expect((await post(CALLERS.vughtLeader, 'reuse-1', body)).status).toBe(201);
    const other = await post(CALLERS.vughtLeader, 'reuse-1', {
      ...body,
      crebo: '25291',
    });
    expect(other.status).toBe(409);
    expect(other.body.detail).toContain('different request');
  });

  it('keeps the keys of different callers apart', async () => {
    const candidate = await app.registerCandidate();
    const body = {
      candidateId: candidate.candidateId,
      crebo: '25290',
      issuedOn: '2025-06-30',
    };
    expect((await post(CALLERS.vughtLeader, 'shared-key', body)).status).toBe(201);
    // Another caller's request with the same key is its own request: here a duplicate certificate.
    expect((await post(CALLERS.admin, 'shared-key', body)).status).toBe(409);
  });

  it('does not remember a failed request, so a corrected retry with the key runs', async () => {
    const candidate = await app.registerCandidate();
    const failed = await post(CALLERS.vughtLeader, 'fix-1', {
      candidateId: candidate.candidateId,
      crebo: '99999',
      issuedOn: '2025-06-30',
    });
    expect(failed.status).toBe(422);
    const fixed = await post(CALLERS.vughtLeader, 'fix-1', {
      candidateId: candidate.candidateId,
      crebo: '25290',
      issuedOn: '2025-06-30',
    });
    expect(fixed.status).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
  });

  it('answers 400 naming the header for a malformed key', async () => {
    const candidate = await app.registerCandidate();
    const response = await post(CALLERS.vughtLeader, 'x'.repeat(256), {
      candidateId: candidate.candidateId,
      crebo: '25290',
      issuedOn: '2025-06-30',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'Idempotency-Key', message: expect.any(String) },
    ]);
  });
});
