/**
 * The demo data of `npm start` goes in through the public API of the three services on their
 * embedded defaults and leaves what the README's walk-through shows: employers and schools with
 * covenants in several regions, vacancies, school places, certificates, and real suggestions.
 */
import request from 'supertest';
import { InProcessEventBus } from '@bridge/messaging';
import type { RunningService } from '@bridge/service-runtime';
import { startTestService } from '@bridge/service-runtime/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { employersService } from '../../employers/src/app/employers.app-module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { matchingService } from '../../matching/src/app/matching.app-module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { trainingService } from '../../training/src/app/training.app-module';
import { DemoSeedResult, seedDemoData } from './demo-seed';

describe('demo seed on the embedded defaults', () => {
  let services: RunningService[] = [];
  let result: DemoSeedResult;
  let admin: string;

  beforeAll(async () => {
    const options = { bus: new InProcessEventBus({ initialMs: 20, maxMs: 200 }) };
    services = [
      await startTestService('matching', matchingService, options),
      await startTestService('employers', employersService, options),
      await startTestService('training', trainingService, options),
    ];
    const [matching, employers, training] = services;
    result = await seedDemoData({
      matching: matching.url,
      employers: employers.url,
      training: training.url,
    });
    admin = (
      await request(matching.url)
        .post('/auth/dev-token')
        .send({ sub: 'test-admin', role: 'admin' })
        .expect(201)
    ).body.token;
  }, 180_000);

  afterAll(async () => {
    for (const service of services.reverse()) await service.close();
  });

  const list = async (service: RunningService, path: string) =>
    (await request(service.url).get(path).auth(admin, { type: 'bearer' }).expect(200)).body.items;

  it('registers employers and schools with covenants across several regions', async () => {
    const covenants = await list(services[1], '/covenants?limit=100');
    expect(covenants).toHaveLength(7);
    expect(
      covenants.filter((covenant: { brin: string | null }) => covenant.brin !== null),
    ).toHaveLength(1);
    const regions = new Set(
      covenants.flatMap((covenant: { regionCodes: string[] }) => covenant.regionCodes),
    );
    expect(regions.size).toBeGreaterThanOrEqual(6);
    expect(covenants.every((covenant: { active: boolean }) => covenant.active)).toBe(true);
  });

  it('publishes open vacancies and school places', async () => {
    expect(result.vacancyIds).toHaveLength(8);
    expect(await list(services[1], '/vacancies?status=open&limit=100')).toHaveLength(8);
    expect(result.schoolPlaceIds).toHaveLength(5);
    const places = await list(services[2], '/school-places?status=open&limit=100');
    expect(places.map((place: { brin: string }) => place.brin).sort()).toEqual([
      '99IJ',
      '99MD',
      '99MD',
      '99NM',
      '99NM',
    ]);
  });

  it('gives the candidates certificates and every candidate with a fitting target a suggestion', async () => {
    expect(result.candidateIds).toHaveLength(8);
    const certificates = await list(services[2], '/certificates?limit=100');
    expect(certificates).toHaveLength(7);
    const suggestionCounts: number[] = [];
    for (const id of result.candidateIds) {
      suggestionCounts.push(
        (await list(services[0], `/candidates/${id}/suggestions?limit=100`)).length,
      );
    }
    // DEMO0004 (no certificate, release too far off) is the one without suggestions.
    expect(suggestionCounts.map((count) => count > 0)).toEqual([
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(result.suggestions).toBeGreaterThanOrEqual(7);
  });
});
