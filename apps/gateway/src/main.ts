/**
 * The web application's own server for `npm run start:services` and docker compose: the built
 * app (WEB_ROOT) and /api/<service> forwarded to MATCHING_URL, EMPLOYERS_URL and TRAINING_URL,
 * on one origin (WEB_PORT, default 8080). `npm start` runs the same server inside its one process.
 */
import { resolve } from 'node:path';
import { loadWebServerSettings, startWebServer } from '@bridge/web-server';

async function main() {
  const settings = loadWebServerSettings(process.env, {
    upstreams: {
      matching: 'http://127.0.0.1:3000',
      employers: 'http://127.0.0.1:3001',
      training: 'http://127.0.0.1:3002',
    },
  });
  const web = await startWebServer({ ...settings, webRoot: resolve(settings.webRoot) });
  console.log(`web app on ${web.url} (services: ${Object.values(settings.upstreams).join(', ')})`);
  const stop = () => void web.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
