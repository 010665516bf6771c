import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InProcessEventBus } from '@bridge/messaging';
import { loadServiceConfig } from '@bridge/platform';
import { ServiceDefinition, startService } from '@bridge/service-runtime';

/**
 * Writes each service's OpenAPI document (`/docs-json`) to `<dir>/<service>.json`, from services
 * booted in memory on free ports: the input of the web application's typed API client
 * (`npx nx run api-client:generate`).
 */
export async function exportOpenApiDocuments(
  dir: string,
  definitions: readonly (readonly ['matching' | 'employers' | 'training', ServiceDefinition])[],
): Promise<void> {
  const env = { ...process.env, LOG_LEVEL: 'error', DATA_DIR: ':memory:' };
  for (const [name, definition] of definitions) {
    const service = await startService(definition, {
      config: loadServiceConfig(name, env),
      bus: new InProcessEventBus(),
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const response = await fetch(`${service.url}/docs-json`);
      if (!response.ok) throw new Error(`${name}: GET /docs-json answered ${response.status}`);
      writeFileSync(
        join(dir, `${name}.json`),
        JSON.stringify(await response.json(), null, 2) + '\n',
      );
    } finally {
      await service.close();
    }
  }
}
