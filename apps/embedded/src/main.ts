/**
 * `npm start`: the whole platform in one process on its embedded defaults — an embedded Postgres
 * per service under ./data, the in-process event bus and the in-process search engine — seeded
 * with demo data on first start. `--reset` (or `npm run start:reset`) starts from empty again.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The launcher is the one project that composes the services; it imports their root modules.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { employersService } from '../../employers/src/app/employers.app-module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { matchingService } from '../../matching/src/app/matching.app-module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { trainingService } from '../../training/src/app/training.app-module';
import { InProcessEventBus } from '@bridge/messaging';
import { loadServiceConfig } from '@bridge/platform';
import { RunningService, startService } from '@bridge/service-runtime';
import { seedDemoData } from './demo-seed';

async function main() {
  const dataDir = resolve(process.env['DATA_DIR'] ?? './data');
  if (process.argv.includes('--reset')) {
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`reset: removed ${dataDir}`);
  }
  mkdirSync(dataDir, { recursive: true });
  // Request logs of three services in one terminal drown the launcher's own lines: warnings only.
  const env = { LOG_LEVEL: 'warn', ...process.env, DATA_DIR: dataDir };
  const bus = InProcessEventBus.shared();
  const running: RunningService[] = [];
  const stop = async () => {
    for (const service of running.reverse()) await service.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  const definitions = [
    ['matching', matchingService],
    ['employers', employersService],
    ['training', trainingService],
  ] as const;
  for (const [name, definition] of definitions) {
    running.push(await startService(definition, { config: loadServiceConfig(name, env), bus }));
  }
  const [matching, employers, training] = running;
  const urls = { matching: matching.url, employers: employers.url, training: training.url };

  const marker = join(dataDir, 'demo-seed.json');
  if (!existsSync(marker)) {
    console.log('seeding demo data through the HTTP API …');
    const result = await seedDemoData(urls);
    writeFileSync(marker, JSON.stringify({ seededAt: new Date().toISOString(), ...result }, null, 2));
    console.log(
      `demo data: ${result.candidateIds.length} candidates, ${result.vacancyIds.length} vacancies, ${result.schoolPlaceIds.length} school places, ${result.suggestions} suggestions`,
    );
  }

  console.log(`
The platform runs (embedded mode, data in ${dataDir}):
  matching   ${urls.matching}   OpenAPI ${urls.matching}/docs
  employers  ${urls.employers}   OpenAPI ${urls.employers}/docs
  training   ${urls.training}   OpenAPI ${urls.training}/docs

Get a dev token (valid on all three services), e.g. an admin:
  curl -s -X POST ${urls.matching}/auth/dev-token -H 'content-type: application/json' -d '{"sub":"me","role":"admin"}'
Demo candidates and their suggestions: ${marker}
Stop with Ctrl+C; start from empty with: npm run start:reset
`);
}

main().catch((error) => {
  console.error('the platform failed to start:', error);
  process.exit(1);
});
