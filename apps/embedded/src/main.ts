/**
 * `npm start`: the whole platform in one process on its embedded defaults — an embedded Postgres
 * per service under ./data, the in-process event bus and the in-process search engine — seeded
 * with demo data on first start, and the web application on one origin with the services' APIs.
 * `--reset` (or `npm run start:reset`) starts from empty again. `--export-openapi DIR` only writes
 * the services' OpenAPI documents to DIR (input of the web's typed API client) and exits.
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
import { loadWebServerSettings, startWebServer } from '@bridge/web-server';
import { seedDemoData } from './demo-seed';
import { exportOpenApiDocuments } from './export-openapi';

const definitions = [
  ['matching', matchingService],
  ['employers', employersService],
  ['training', trainingService],
] as const;

async function main() {
  const exportIndex = process.argv.indexOf('--export-openapi');
  if (exportIndex > 0) {
    const dir = resolve(process.argv[exportIndex + 1] ?? '.');
    await exportOpenApiDocuments(dir, definitions);
    console.log(`OpenAPI documents written to ${dir}`);
    process.exit(0);
  }
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
  const closers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  for (const [name, definition] of definitions) {
    const service = await startService(definition, { config: loadServiceConfig(name, env), bus });
    running.push(service);
    closers.push(() => service.close());
  }
  const [matching, employers, training] = running;
  const urls = { matching: matching.url, employers: employers.url, training: training.url };
  // The services run in this process; their URLs are known, the web server's own settings are read.
  const webSettings = loadWebServerSettings(
    { ...process.env, WEB_AUTH_MODE: 'dev' },
    { upstreams: urls },
  );
  const web = await startWebServer({
    ...webSettings,
    upstreams: urls,
    webRoot: resolve(webSettings.webRoot),
  });
  closers.push(() => web.close());

  const marker = join(dataDir, 'demo-seed.json');
  if (!existsSync(marker)) {
    console.log('seeding demo data through the HTTP API …');
    const result = await seedDemoData(urls);
    writeFileSync(
      marker,
      JSON.stringify({ seededAt: new Date().toISOString(), ...result }, null, 2),
    );
    console.log(
      `demo data: ${result.candidateIds.length} candidates, ${result.vacancyIds.length} vacancies, ${result.schoolPlaceIds.length} school places, ${result.suggestions} suggestions`,
    );
  }

  console.log(`
The platform runs (embedded mode, data in ${dataDir}):
  web app    ${web.url}   sign in with any role on the demo data
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
