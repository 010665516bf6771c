import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The root of the workspace (this file is apps/web-e2e/src/support/platform.ts). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

/** Where the e2e run writes what a person may want to look at afterwards. */
export const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'dist/screenshots');
export const PLATFORM_FILE = join(WORKSPACE_ROOT, 'dist/web-e2e/platform.json');
export const PLATFORM_LOG = join(WORKSPACE_ROOT, 'dist/web-e2e/platform.log');

/** The platform under test, as global-setup.ts started it. */
export interface Platform {
  /** The web application's origin (also forwarding /api/<service>). */
  baseURL: string;
  services: { matching: string; employers: string; training: string };
  dataDir: string;
  /** data/demo-seed.json of this run: the ids the demo seed created. */
  seed: {
    candidateIds: string[];
    vacancyIds: string[];
    schoolPlaceIds: string[];
    suggestions: number;
  };
}

/**
 * The DJI numbers of the demo candidates (apps/embedded/src/demo-seed.ts, in the order of
 * seed.candidateIds). They are entered once at registration and must never appear on a screen.
 */
export const DEMO_DJI_NUMBERS = [
  'DEMO0001',
  'DEMO0002',
  'DEMO0003',
  'DEMO0004',
  'DEMO0005',
  'DEMO0006',
  'DEMO0007',
  'DEMO0008',
];

let cached: Platform | undefined;

export function platform(): Platform {
  cached ??= JSON.parse(
    readFileSync(process.env['WEB_E2E_PLATFORM'] ?? PLATFORM_FILE, 'utf8'),
  ) as Platform;
  return cached;
}
