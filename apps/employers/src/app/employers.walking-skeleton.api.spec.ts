import { COVENANT_SIGNED, VACANCY_PUBLISHED } from '@bridge/contracts';
import { expectEventually } from '@bridge/testing';
import {
  ADMIN,
  daysFromToday,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
} from './testing/employers-test-app.fixture';

/**
 * The walking skeleton end to end on a fresh service: an admin registers an employer and records
 * its covenant, the employer publishes a vacancy; retries and rejected writes along the way. The
 * outbox must then hold exactly one event per create, valid against its contract, and the relay
 * must have handed them to the bus.
 */
describeOnEachBackend('employers walking skeleton', (app) => {
  it('registers an employer, signs its covenant and publishes a vacancy, with exactly one event each', async () => {
    const admin = app.as(ADMIN);
    const employerRes = await admin.post(
      '/employers',
      {
        kvkNumber: '87654321',
        name: 'Houtwerk Vught B.V.',
        municipalityCode: 'GM0865',
        sector: 'Afbouw, hout en onderhoud',
      },
      { 'Idempotency-Key': 'skeleton-employer' },
    );
    expect(employerRes.status).toBe(201);
    const employerId: string = employerRes.body.id;

    const covenantBody = {
      name: 'Convenant PI Vught – Houtwerk Vught',
      employerId,
      regionCodes: ['AM27'],
      piCodes: ['PI-VUGHT'],
      validFrom: daysFromToday(-1),
      validTo: daysFromToday(730),
      placementsPerYear: 4,
      support: ['werkmeester als buddy'],
    };
    const covenantRes = await admin.post('/covenants', covenantBody, {
      'Idempotency-Key': 'skeleton-covenant',
    });
    expect(covenantRes.status).toBe(201);
    expect(
      (await admin.post('/covenants', covenantBody, { 'Idempotency-Key': 'skeleton-covenant' }))
        .body,
    ).toEqual(covenantRes.body);

    const beforeRejected = await app.counts();
    expectProblem(await admin.post('/covenants', { ...covenantBody, regionCodes: ['AM99'] }), 422, [
      'regionCodes.0',
    ]);
    expectProblem(await admin.post('/covenants', { ...covenantBody, brin: '25LX' }), 400, [
      'employerId',
      'brin',
    ]);

    const employer = app.as(employerClaims(employerId));
    const vacancyBody = app.vacancyBody(covenantRes.body.id, { municipalityCode: 'GM0865' });
    expectProblem(
      await employer.post('/vacancies', { ...vacancyBody, requiredQualifications: ['99999'] }),
      422,
    );
    expectProblem(await employer.post('/vacancies', { ...vacancyBody, hoursPerWeek: 0 }), 400);
    expect(await app.counts()).toEqual(beforeRejected);

    const vacancyRes = await employer.post('/vacancies', vacancyBody, {
      'Idempotency-Key': 'skeleton-vacancy',
    });
    expect(vacancyRes.status).toBe(201);
    const replay = await employer.post('/vacancies', vacancyBody, {
      'Idempotency-Key': 'skeleton-vacancy',
    });
    expect({ status: replay.status, body: replay.body }).toEqual({
      status: 201,
      body: vacancyRes.body,
    });

    const events = await app.outbox();
    expect(events.map((e) => [e.type, e.key, e.version])).toEqual([
      [COVENANT_SIGNED, covenantRes.body.id, 1],
      [VACANCY_PUBLISHED, vacancyRes.body.id, 1],
    ]);
    const [signed, published] = events;
    expect(signed.producer).toBe('employers');
    expect(signed.payload).toEqual({
      covenantId: covenantRes.body.id,
      name: covenantBody.name,
      employerId,
      brin: null,
      regionCodes: ['AM27'],
      piCodes: ['PI-VUGHT'],
      validFrom: covenantBody.validFrom,
      validTo: covenantBody.validTo,
      placementsPerYear: 4,
      support: ['werkmeester als buddy'],
    });
    expect(published.payload).toMatchObject({
      vacancyId: vacancyRes.body.id,
      employerId,
      covenantId: covenantRes.body.id,
      municipalityCode: 'GM0865',
      status: 'open',
      openings: 2,
      openingsLeft: 2,
      sector: 'Afbouw, hout en onderhoud',
    });
    expect(published.correlationId).toEqual(expect.any(String));

    await expectEventually(() => {
      expect(app.bus.retainedMessages(COVENANT_SIGNED)).toHaveLength(1);
      expect(app.bus.retainedMessages(VACANCY_PUBLISHED)).toHaveLength(1);
    });
    expect(await app.counts()).toMatchObject({
      employers: 1,
      covenants: 1,
      vacancies: 1,
      outbox_messages: 2,
      idempotency_keys: 3,
    });
  });

  it('documents its endpoints in OpenAPI, with the Idempotency-Key header on creates', async () => {
    const res = await app.http().get('/docs-json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<
      string,
      Record<string, { parameters?: { name: string; in: string }[] }>
    >;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/employers',
        '/employers/{id}',
        '/covenants',
        '/vacancies',
        '/vacancies/{id}',
      ]),
    );
    for (const path of ['/employers', '/covenants', '/vacancies']) {
      expect(paths[path]['post'].parameters).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
        ]),
      );
    }
    expect(paths['/covenants']['get'].parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['region', 'pi', 'active', 'limit', 'cursor']),
    );
  });
});
