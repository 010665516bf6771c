import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '@bridge/messaging';
import type { RunningService } from '@bridge/service-runtime';
import { startTestService } from '@bridge/service-runtime/testing';
import { databaseBackends } from '@bridge/testing';
import { AuditEntry } from '@bridge/platform';
import { matchingService } from '../../matching.app-module';

const registration = {
  djiNumber: '7654321',
  piCode: 'PI-VUGHT',
  expectedReleaseDate: '2027-02-01',
  returnMunicipalityCode: 'GM0796',
  vogOutlook: 'likely',
  preferences: { sectors: ['Entree'], work: true },
  consent: { shareAnonymisedProfile: true },
};

describe.each(databaseBackends())('candidates over HTTP on %s', (_name, backend) => {
  let service: RunningService;
  const tokens: Record<string, string> = {};
  const http = () => request(service.url);
  const count = (entity: typeof OutboxMessage | typeof AuditEntry) =>
    service.app.get(DataSource).getRepository(entity).count();

  beforeAll(async () => {
    service = await startTestService('matching', matchingService, backend);
    const claims = {
      casemanager: { sub: 'cm-vught', role: 'casemanager', pi: 'PI-VUGHT' },
      otherCasemanager: { sub: 'cm-zwolle', role: 'casemanager', pi: 'PI-ZWOLLE' },
      advisor: { sub: 'uwv-1', role: 'uwv-advisor', regions: ['AM27'] },
      otherAdvisor: { sub: 'uwv-2', role: 'uwv-advisor', regions: ['AM01'] },
      employer: { sub: 'emp-1', role: 'employer', employerId: 'e-1' },
      admin: { sub: 'admin-1', role: 'admin' },
    };
    for (const [name, body] of Object.entries(claims)) {
      tokens[name] = (await http().post('/auth/dev-token').send(body).expect(201)).body.token;
    }
  });
  afterAll(() => service?.close());

  let candidateId: string;

  it('registers a candidate under a pseudonym and never returns the DJI number', async () => {
    const response = await http()
      .post('/candidates')
      .auth(tokens.casemanager, { type: 'bearer' })
      .send(registration)
      .expect(201);
    expect(response.body).toMatchObject({
      piCode: 'PI-VUGHT',
      regionCode: 'AM27',
      status: 'active',
      vogOutlook: 'likely',
    });
    expect(JSON.stringify(response.body)).not.toContain('7654321');
    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    candidateId = response.body.id;
    const [event] = await service.app
      .get(DataSource)
      .getRepository(OutboxMessage)
      .findBy({ key: candidateId });
    expect(event.topic).toBe('matching.candidate.registered.v1');
    expect(JSON.stringify(event.envelope)).not.toContain('7654321');
  });

  it('refuses the same DJI number twice with 409 and writes nothing', async () => {
    const before = await count(OutboxMessage);
    const response = await http()
      .post('/candidates')
      .auth(tokens.admin, { type: 'bearer' })
      .send(registration)
      .expect(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await count(OutboxMessage)).toBe(before);
  });

  it('answers a retried registration with the same Idempotency-Key with the first answer, and registers once', async () => {
    const key = randomUUID();
    const body = { ...registration, djiNumber: '2222222' };
    const send = (payload: object) =>
      http()
        .post('/candidates')
        .auth(tokens.casemanager, { type: 'bearer' })
        .set('Idempotency-Key', key)
        .send(payload);
    const first = await send(body).expect(201);
    const before = await count(OutboxMessage);
    const retry = await send(body).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await count(OutboxMessage)).toBe(before);
    const other = await send({ ...body, djiNumber: '3333333' }).expect(409);
    expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual(['Idempotency-Key']);
    expect(await count(OutboxMessage)).toBe(before);
  });

  it.each([
    ['an unknown field', { name: 'Jan' }, 400, 'name'],
    ['a bad date', { expectedReleaseDate: '2027-02-30' }, 400, 'expectedReleaseDate'],
    [
      'a malformed municipality code',
      { returnMunicipalityCode: 'Vught' },
      400,
      'returnMunicipalityCode',
    ],
    [
      'an unknown municipality',
      { returnMunicipalityCode: 'GM9999' },
      422,
      'returnMunicipalityCode',
    ],
    [
      'an unknown excluded municipality',
      { excludedMunicipalities: ['GM0363', 'GM9998'] },
      422,
      'excludedMunicipalities.1',
    ],
    ['an unknown VOG outlook', { vogOutlook: 'maybe' }, 400, 'vogOutlook'],
    ['a missing consent', { consent: undefined }, 400, 'consent'],
    ['a 10,000-character DJI number', { djiNumber: 'x'.repeat(10_000) }, 400, 'djiNumber'],
  ])(
    'rejects %s with the field named and changes nothing',
    async (_case, change, status, field) => {
      const before = await count(OutboxMessage);
      const body = { ...registration, djiNumber: '1111111', ...change };
      const response = await http()
        .post('/candidates')
        .auth(tokens.casemanager, { type: 'bearer' })
        .send(body)
        .expect(status);
      expect(response.body).toMatchObject({
        status,
        type: expect.any(String),
        title: expect.any(String),
      });
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await count(OutboxMessage)).toBe(before);
    },
  );

  it('rejects an unknown PI with 422 naming piCode', async () => {
    const response = await http()
      .post('/candidates')
      .auth(tokens.admin, { type: 'bearer' })
      .send({ ...registration, djiNumber: '2222222', piCode: 'PI-NOWHERE' })
      .expect(422);
    expect(response.body.errors[0].field).toBe('piCode');
  });

  it('asks for a token (401), the right role (403) and the own PI (403)', async () => {
    await http().post('/candidates').send(registration).expect(401);
    await http()
      .post('/candidates')
      .auth('not-a-token', { type: 'bearer' })
      .send(registration)
      .expect(401);
    await http()
      .post('/candidates')
      .auth(tokens.employer, { type: 'bearer' })
      .send(registration)
      .expect(403);
    await http()
      .post('/candidates')
      .auth(tokens.otherCasemanager, { type: 'bearer' })
      .send({ ...registration, djiNumber: '3333333' })
      .expect(403);
  });

  it('shows the candidate to its PI, its region and admins, and 404 to everyone else', async () => {
    for (const who of ['casemanager', 'advisor', 'admin']) {
      await http()
        .get(`/candidates/${candidateId}`)
        .auth(tokens[who], { type: 'bearer' })
        .expect(200);
    }
    for (const who of ['otherCasemanager', 'otherAdvisor']) {
      await http()
        .get(`/candidates/${candidateId}`)
        .auth(tokens[who], { type: 'bearer' })
        .expect(404);
    }
    await http()
      .get(`/candidates/${candidateId}`)
      .auth(tokens.employer, { type: 'bearer' })
      .expect(403);
  });

  it('looks a candidate up by DJI number and audits every read', async () => {
    const before = await count(AuditEntry);
    const found = await http()
      .get('/candidates/lookup')
      .query({ djiNumber: '7654321' })
      .auth(tokens.casemanager, { type: 'bearer' })
      .expect(200);
    expect(found.body.id).toBe(candidateId);
    await http()
      .get('/candidates/lookup')
      .query({ djiNumber: '7654321' })
      .auth(tokens.otherCasemanager, { type: 'bearer' })
      .expect(404);
    await http()
      .get(`/candidates/${candidateId}/suggestions`)
      .auth(tokens.advisor, { type: 'bearer' })
      .expect(200);
    const entries = await service.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .find({ where: { candidateId }, order: { id: 'ASC' } });
    // The other PI's lookup is refused (404) and recorded too, with both PI codes.
    expect(entries.slice(-3).map((e) => [e.actor, e.action, e.piCode, e.otherPiCode])).toEqual([
      ['cm-vught', 'candidate.looked-up', 'PI-VUGHT', null],
      ['cm-zwolle', 'candidate.lookup-refused', 'PI-ZWOLLE', 'PI-VUGHT'],
      ['uwv-1', 'candidate.suggestions-read', null, null],
    ]);
    expect(await count(AuditEntry)).toBe(before + 3);
  });

  it('updates a candidate with a new version and event', async () => {
    const response = await http()
      .patch(`/candidates/${candidateId}`)
      .auth(tokens.casemanager, { type: 'bearer' })
      .send({ expectedReleaseDate: '2027-03-01', returnMunicipalityCode: 'GM0855' })
      .expect(200);
    expect(response.body).toMatchObject({
      version: 2,
      regionCode: 'AM26',
      expectedReleaseDate: '2027-03-01',
    });
    const topics = (
      await service.app.get(DataSource).getRepository(OutboxMessage).findBy({ key: candidateId })
    ).map((m) => m.topic);
    expect(topics.sort()).toEqual([
      'matching.candidate.registered.v1',
      'matching.candidate.updated.v1',
    ]);
  });

  it('pages suggestions best score first, then soonest start and target id, without repeats or gaps', async () => {
    const registered = await http()
      .post('/candidates')
      .auth(tokens.casemanager, { type: 'bearer' })
      .send({ ...registration, djiNumber: '4444444' })
      .expect(201);
    const id = registered.body.id as string;
    // [targetId, score, startDate], inserted out of order; ties on score and on start date. Target ids are
    // UUIDs (the cursor checks them) that sort as their last letter.
    const target = (letter: string) => `00000000-0000-4000-8000-00000000000${letter}`;
    const rows: [string, number, string][] = [
      [target('c'), 0.8, '2027-03-01'],
      [target('a'), 0.5, '2027-01-01'],
      [target('b'), 0.8, '2027-03-01'],
      [target('d'), 0.8, '2027-02-01'],
      [target('e'), 0.812, '2027-05-01'],
    ];
    for (const [targetId, score, startDate] of rows) {
      await service.app.get(DataSource).query(
        `INSERT INTO suggestions (id, candidate_id, target_id, target_type, score, explanation, target, status)
         VALUES ($1, $2, $3, 'vacancy', $4, '[]', $5, 'suggested')`,
        [
          randomUUID(),
          id,
          targetId,
          score,
          JSON.stringify({ title: targetId, municipalityCode: 'GM0796', startDate }),
        ],
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await http()
        .get(`/candidates/${id}/suggestions`)
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .auth(tokens.advisor, { type: 'bearer' })
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { targetId: string }) => item.targetId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['e', 'd', 'b', 'c', 'a'].map(target));

    const bad = await http()
      .get(`/candidates/${id}/suggestions`)
      .query({ cursor: '12' })
      .auth(tokens.advisor, { type: 'bearer' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
  });
});
