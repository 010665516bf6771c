import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PLATFORM_FILE, PLATFORM_LOG, WORKSPACE_ROOT, type Platform } from './platform';

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * Starts the embedded platform (the three services, the web server and the demo seed) on free
 * ports with a fresh data folder, and returns its teardown. Builds nothing: `nx test web-e2e`
 * builds `web` and `embedded` first (dependsOn).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const main = join(WORKSPACE_ROOT, 'dist/apps/embedded/main.js');
  for (const built of [main, join(WORKSPACE_ROOT, 'dist/apps/web/index.html')]) {
    if (!existsSync(built))
      throw new Error(
        `web-e2e: ${built} is missing; run the suite with \`npx nx test web-e2e\` (it builds web and embedded first)`,
      );
  }
  mkdirSync(dirname(PLATFORM_LOG), { recursive: true });
  const runDir = mkdtempSync(join(tmpdir(), 'bridge-web-e2e-'));
  const dataDir = join(runDir, 'data');
  // The suites run copies of both builds: a rebuild of dist/apps/web or dist/apps/embedded during
  // the run (another terminal in the same working tree) would otherwise pull files from under them.
  // The launcher's copy stays inside the workspace, so its packages resolve from node_modules.
  const webRoot = join(runDir, 'web');
  const launcherDir = mkdtempSync(join(WORKSPACE_ROOT, 'dist/web-e2e/platform-'));
  const launcher = join(launcherDir, 'main.js');
  await copyWhole('the web build', () => {
    rmSync(webRoot, { recursive: true, force: true });
    cpSync(join(WORKSPACE_ROOT, 'dist/apps/web'), webRoot, { recursive: true });
    const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
    return [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].every(([, asset]) =>
      existsSync(join(webRoot, asset)),
    );
  });
  await copyWhole('the embedded launcher', () => {
    copyFileSync(main, launcher);
    if (statSync(launcher).size === 0) return false;
    execFileSync(process.execPath, ['--check', launcher], { stdio: 'ignore' });
    return true;
  });
  const log = createWriteStream(PLATFORM_LOG);

  // The embedded defaults (in-process Postgres, event bus and search), whatever this shell points at.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^((MATCHING|EMPLOYERS|TRAINING)_)?(DATABASE_URL|KAFKA_BROKERS|KAFKA_TOPIC_PREFIX|MEILI_URL|MEILI_MASTER_KEY|NODE_ENV|AUTH_MODE|PORT)$/.test(
        name,
      )
    )
      delete env[name];
    if (/^(MATCHING|EMPLOYERS|TRAINING)_URL$|^WEB_(ROOT|AUTH_MODE)$/.test(name)) delete env[name];
  }
  delete env['NODE_OPTIONS'];
  Object.assign(env, {
    DATA_DIR: dataDir,
    WEB_ROOT: webRoot,
    WEB_PORT: '0',
    MATCHING_PORT: '0',
    EMPLOYERS_PORT: '0',
    TRAINING_PORT: '0',
  });

  const started = Date.now();
  const child = spawn(process.execPath, [launcher], {
    cwd: WORKSPACE_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const stop = async () => {
    await stopProcess(child);
    log.end();
    rmSync(runDir, { recursive: true, force: true });
    rmSync(launcherDir, { recursive: true, force: true });
  };

  try {
    const output = await waitForLine(
      child,
      /The platform runs[\s\S]*?web app\s+(http\S+)[\s\S]*?matching\s+(http\S+)[\s\S]*?employers\s+(http\S+)[\s\S]*?training\s+(http\S+)[\s\S]*?Stop with Ctrl/,
    );
    const [, baseURL, matching, employers, training] = output;
    const seed = JSON.parse(
      readFileSync(join(dataDir, 'demo-seed.json'), 'utf8'),
    ) as Platform['seed'];
    const info: Platform = { baseURL, services: { matching, employers, training }, dataDir, seed };
    writeFileSync(PLATFORM_FILE, JSON.stringify(info, null, 2));
    process.env['WEB_E2E_PLATFORM'] = PLATFORM_FILE;
    console.log(
      `web-e2e: the platform runs at ${baseURL} (started and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; log: ${PLATFORM_LOG})`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

/** Copies a build until the copy is whole (a build running at the same moment may be half-written). */
async function copyWhole(what: string, copy: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    let whole = false;
    try {
      whole = copy();
    } catch {
      whole = false;
    }
    if (whole) return;
    if (Date.now() > deadline)
      throw new Error(`web-e2e: could not copy ${what} whole within 60 s (is a build running?)`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Resolves with the match once the process's output matches; rejects when it exits first or takes too long. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const tail = () => output.split('\n').slice(-30).join('\n');
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `web-e2e: the platform did not start within ${START_TIMEOUT_MS / 1000} s; last output:\n${tail()}`,
        ),
      );
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(
        new Error(
          `web-e2e: the platform exited (code ${code}) before it ran; last output:\n${tail()}`,
        ),
      );
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
