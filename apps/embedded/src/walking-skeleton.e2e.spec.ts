/**
 * The walking skeleton of the platform, end to end through all three services and their events:
 * a candidate registered at matching reaches training; a certificate registered at training
 * reaches matching; a covenant vacancy registered at employers is indexed by matching and comes
 * back as an explained suggestion; a detainee registered at a second PI moves there in every
 * service. Runs on the embedded defaults always, and over real Kafka and
 * Postgres whenever the test run has them (always in CI).
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { InProcessEventBus } from '@bridge/messaging';
import type { RunningService } from '@bridge/service-runtime';
import { startTestService, TestServiceOptions } from '@bridge/service-runtime/testing';
import { describeIf, expectEventually, testKafkaBrokers, testPostgresUrl } from '@bridge/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { employersService } from '../../employers/src/app/employers.app-module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { matchingService } from '../../matching/src/app/matching.app-module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { trainingService } from '../../training/src/app/training.app-module';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function describeWalkingSkeleton(name: string, backend: () => TestServiceOptions) {
  describe(`walking skeleton on ${name}`, () => {
    let matching: RunningService;
    let employers: RunningService;
    let training: RunningService;
    const token: Record<string, string> = {};

    // Three services, each with its own embedded Postgres, start slowly on a busy 2-core CI machine.
    beforeAll(async () => {
      const options = backend();
      matching = await startTestService('matching', matchingService, options);
      employers = await startTestService('employers', employersService, options);
      training = await startTestService('training', trainingService, options);
      const claims = {
        casemanager: { sub: 'cm-1', role: 'casemanager', pi: 'PI-VUGHT' },
        workshopLeader: { sub: 'wl-1', role: 'workshop-leader', pi: 'PI-VUGHT' },
        zwolleCasemanager: { sub: 'cm-2', role: 'casemanager', pi: 'PI-ZWOLLE' },
        zwolleWorkshopLeader: { sub: 'wl-2', role: 'workshop-leader', pi: 'PI-ZWOLLE' },
        advisor: { sub: 'uwv-1', role: 'uwv-advisor', regions: ['AM27'] },
        admin: { sub: 'admin-1', role: 'admin' },
      };
      for (const [role, body] of Object.entries(claims)) {
        // A token from one service is valid on all three.
        token[role] = (
          await request(matching.url).post('/auth/dev-token').send(body).expect(201)
        ).body.token;
      }
    }, 180_000);

    afterAll(async () => {
      for (const service of [training, employers, matching]) await service?.close();
    });

    it('goes from a registered candidate to an explained suggestion', async () => {
      const candidate = await request(matching.url)
        .post('/candidates')
        .auth(token.casemanager, { type: 'bearer' })
        .send({
          djiNumber: `S${Date.now() % 100_000_000}`,
          piCode: 'PI-VUGHT',
          expectedReleaseDate: day(40),
          returnMunicipalityCode: 'GM0796',
          vogOutlook: 'likely',
          preferences: { work: true },
          consent: { shareAnonymisedProfile: true },
        })
        .expect(201);
      const candidateId: string = candidate.body.id;

      // training learns the candidate from matching.candidate.registered.v1
      const certificate = await expectEventually(
        async () =>
          (
            await request(training.url)
              .post('/certificates')
              .auth(token.workshopLeader, { type: 'bearer' })
              .send({ candidateId, crebo: '25016', issuedOn: day(-30) })
              .expect(201)
          ).body,
        { timeoutMs: 30_000 },
      );
      expect(certificate).toMatchObject({
        candidateId,
        crebo: '25016',
        status: 'valid',
        title: 'Machinaal houtbewerker',
      });

      // matching learns the certificate from training.certificate.registered.v1
      await expectEventually(
        async () => {
          const shown = await request(matching.url)
            .get(`/candidates/${candidateId}`)
            .auth(token.advisor, { type: 'bearer' })
            .expect(200);
          expect(shown.body.certificates).toEqual([
            { crebo: '25016', title: 'Machinaal houtbewerker', issuedOn: day(-30) },
          ]);
        },
        { timeoutMs: 30_000 },
      );

      const employer = await request(employers.url)
        .post('/employers')
        .auth(token.admin, { type: 'bearer' })
        .send({
          kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
          name: 'Houtbouw Maaskant BV',
          municipalityCode: 'GM0796',
        })
        .expect(201);
      const covenant = await request(employers.url)
        .post('/covenants')
        .auth(token.admin, { type: 'bearer' })
        .send({
          name: 'Convenant Houtbouw Maaskant – PI Vught',
          employerId: employer.body.id,
          regionCodes: ['AM27'],
          piCodes: ['PI-VUGHT'],
          validFrom: day(-10),
          validTo: day(365),
        })
        .expect(201);
      const vacancy = await request(employers.url)
        .post('/vacancies')
        .auth(token.admin, { type: 'bearer' })
        .set('Idempotency-Key', randomUUID())
        .send({
          covenantId: covenant.body.id,
          title: 'Machinaal houtbewerker',
          municipalityCode: 'GM0865',
          hoursPerWeek: 32,
          startDate: day(50),
          openings: 2,
          requiredQualifications: ['25016'],
          requiresVog: false,
        })
        .expect(201);

      // matching indexes the vacancy and recomputes the candidate's suggestions
      const suggestions = await expectEventually(
        async () => {
          const page = await request(matching.url)
            .get(`/candidates/${candidateId}/suggestions`)
            .auth(token.advisor, { type: 'bearer' })
            .expect(200);
          expect(page.body.items).toHaveLength(1);
          return page.body.items;
        },
        { timeoutMs: 30_000 },
      );
      const [suggestion] = suggestions;
      expect(suggestion).toMatchObject({
        candidateId,
        targetId: vacancy.body.id,
        type: 'vacancy',
        status: 'suggested',
        target: {
          title: 'Machinaal houtbewerker',
          municipalityCode: 'GM0865',
          startDate: day(50),
          employerId: employer.body.id,
        },
      });
      expect(suggestion.score).toBeGreaterThan(0.5);
      expect(suggestion.score).toBeLessThanOrEqual(1);
      expect(suggestion.explanation.map((f: { factor: string }) => f.factor)).toEqual([
        'qualifications',
        'distance',
        'timing',
        'covenantPi',
        'preferences',
      ]);
      expect(
        suggestion.explanation.find((f: { factor: string }) => f.factor === 'covenantPi'),
      ).toMatchObject({
        weight: 0.1,
        value: 1,
        reason: 'the covenant names PI-VUGHT',
      });
    });

    it('moves a detainee registered at another PI to the new one, certificates and all, in every service', async () => {
      const registration = (piCode: string, returnMunicipalityCode: string) => ({
        djiNumber,
        piCode,
        expectedReleaseDate: day(60),
        returnMunicipalityCode,
        vogOutlook: 'unknown',
        consent: { shareAnonymisedProfile: true },
      });
      const djiNumber = `T${Date.now() % 100_000_000}`;
      const registered = await request(matching.url)
        .post('/candidates')
        .auth(token.casemanager, { type: 'bearer' })
        .send(registration('PI-VUGHT', 'GM0796'))
        .expect(201);
      const candidateId: string = registered.body.id;
      await expectEventually(
        () =>
          request(training.url)
            .post('/certificates')
            .auth(token.workshopLeader, { type: 'bearer' })
            .send({ candidateId, crebo: '25016', issuedOn: day(-30) })
            .expect(201),
        { timeoutMs: 30_000 },
      );

      // Zwolle registers the same number: the same pseudonym, now Zwolle's (matching.candidate.transferred.v1).
      const moved = await request(matching.url)
        .post('/candidates')
        .auth(token.zwolleCasemanager, { type: 'bearer' })
        .send(registration('PI-ZWOLLE', 'GM0193'))
        .expect(201);
      expect(moved.body).toMatchObject({ id: candidateId, piCode: 'PI-ZWOLLE', status: 'active' });

      // training follows: the certificate is Zwolle's to see, Vught's staff no longer see it.
      const certificates = (as: string) =>
        request(training.url)
          .get('/certificates')
          .query({ candidateId })
          .auth(token[as], { type: 'bearer' });
      await expectEventually(
        async () => {
          expect((await certificates('zwolleCasemanager')).status).toBe(200);
          expect((await certificates('casemanager')).status).toBe(404);
        },
        { timeoutMs: 30_000 },
      );
      expect((await certificates('zwolleWorkshopLeader')).body.items).toEqual([
        expect.objectContaining({ candidateId, crebo: '25016', status: 'valid' }),
      ]);
      await request(matching.url)
        .get(`/candidates/${candidateId}`)
        .auth(token.casemanager, { type: 'bearer' })
        .expect(404);
    });
  });
}

describeWalkingSkeleton(
  'the embedded defaults (embedded Postgres, in-process bus and search)',
  () => ({
    bus: new InProcessEventBus({ initialMs: 20, maxMs: 200 }),
  }),
);

const postgresUrl = testPostgresUrl();
const kafkaBrokers = testKafkaBrokers();
describeIf(postgresUrl && kafkaBrokers)('with real services', () => {
  describeWalkingSkeleton('Kafka and Postgres', () => ({
    postgresUrl,
    kafka: {
      brokers: kafkaBrokers as string[],
      topicPrefix: `skeleton-${randomUUID().slice(0, 8)}.`,
    },
  }));
});
