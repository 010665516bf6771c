import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Browser end-to-end and accessibility suites of the web application, against the embedded
 * platform (`node dist/apps/embedded/main.js`, started by global-setup.ts on free ports with fresh
 * demo data). Run with `npx nx test web-e2e`, which builds `web` and `embedded` first.
 *
 * The browser is Debian's `chromium` package (test tools cannot download browsers here):
 * CHROMIUM_PATH, else `command -v chromium`. Without it the suites are reported as skipped, and
 * with CI=true the run fails instead.
 */
const workspaceRoot = resolve(__dirname, '../..');

function findChromium(): string | undefined {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return existsSync(given) ? given : undefined;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

const chromium = findChromium();
if (!chromium) {
  const line =
    'web-e2e: no Chromium found (install Debian\'s "chromium" package or set CHROMIUM_PATH)';
  if (process.env['CI'] === 'true')
    throw new Error(`${line}; CI=true fails the run instead of skipping the browser suites`);
  console.log(`${line}: the browser and accessibility suites are SKIPPED`);
}

export default defineConfig({
  testDir: chromium ? './src' : './src/no-browser',
  testMatch: '**/*.spec.ts',
  testIgnore: chromium ? ['**/no-browser/**'] : [],
  outputDir: join(workspaceRoot, 'dist/web-e2e/test-results'),
  globalSetup: chromium ? './src/support/global-setup.ts' : undefined,
  // The suites share one platform and its data; one worker keeps them ordered on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: process.env['CI'] === 'true',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
});
