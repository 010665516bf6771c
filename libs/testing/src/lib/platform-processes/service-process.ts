import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  readFileSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { join } from 'node:path';
import type { ServiceName } from '@bridge/contracts';
import { fetchHealth, type HealthAnswer } from './health';
import { waitFor } from './polling';
import { runCommand, WORKSPACE_ROOT } from './workspace';

const STOP_TIMEOUT_MS = 15_000;

/** The calling shell's service settings, none of which may reach a service process. */
const INHERITED_SETTING =
  /^((MATCHING|EMPLOYERS|TRAINING)_)?(DATABASE_URL|DATA_DIR|KAFKA_[A-Z_]+|MEILI_[A-Z_]+|NODE_ENV|AUTH_MODE|PORT|HOST|LOG_[A-Z]+|RATE_LIMIT_[A-Z_]+)$/;

export interface ServiceProcessOptions {
  databaseUrl: string;
  kafkaBrokers: string;
  port: number;
  /** Folder of the copied bundle and the log (see `newRunFolder`). */
  runDir: string;
  /** Further settings of the service (`LOG_LEVEL`, rate limits, …). */
  env?: Readonly<Record<string, string>>;
}

/** Resolves once the child has exited (at once if it already has). */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** SIGTERM, SIGKILL after `graceMs`; resolves once the child has exited. */
export async function stopGracefully(
  child: ChildProcess,
  graceMs = STOP_TIMEOUT_MS,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // Cleared once it has exited: a pending timer would keep Jest alive after the run.
  const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(killer);
}

/**
 * One service as production runs it: `node dist/apps/<service>/main.js` with its own database, the
 * broker and JSON logs, as a separate process a test may kill. It runs a copy of the build, taken
 * at the first start, so a rebuild in the same working tree does not pull the file from under a
 * restart. Its output goes to `<runDir>/<service>.log`.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private log?: WriteStream;
  private readonly bundle: string;
  readonly logFile: string;
  /** Exits nobody asked for (a crash, or giving up). */
  readonly unexpectedExits: string[] = [];
  private expectingExit = false;

  constructor(
    readonly name: ServiceName,
    private readonly options: ServiceProcessOptions,
  ) {
    this.bundle = join(options.runDir, `${name}.main.js`);
    this.logFile = join(options.runDir, `${name}.log`);
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process (the first time from a fresh copy of the build); does not wait for it to be ready. */
  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.name} runs already`);
    if (!existsSync(this.bundle)) await this.copyBuild();
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of Object.keys(env)) if (INHERITED_SETTING.test(name)) delete env[name];
    delete env['NODE_OPTIONS']; // Jest's
    const prefix = this.name.toUpperCase();
    Object.assign(env, {
      [`${prefix}_DATABASE_URL`]: this.options.databaseUrl,
      [`${prefix}_PORT`]: String(this.options.port),
      KAFKA_BROKERS: this.options.kafkaBrokers,
      LOG_FORMAT: 'json',
      ...this.options.env,
    });
    this.log ??= createWriteStream(this.logFile, { flags: 'a' });
    this.log.write(`\n==== starting ${this.name} at ${new Date().toISOString()}\n`);
    const child = spawn(process.execPath, [this.bundle], {
      cwd: WORKSPACE_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.expectingExit = false;
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    child.once('exit', (code, signal) => {
      this.log?.write(`==== ${this.name} exited (code ${code}, signal ${signal})\n`);
      if (!this.expectingExit)
        this.unexpectedExits.push(`${this.name} exited by itself (code ${code}, signal ${signal})`);
    });
  }

  /** Waits until `/health` answers 200 (everything up); fails at once when the process exits. */
  async untilHealthy(timeoutMs: number): Promise<void> {
    await waitFor(
      `${this.name} answering 200 on /health`,
      async () => {
        if (!this.running)
          throw new Error(`${this.name} exited during start-up; see ${this.logFile}`);
        return (await this.health())?.status === 200 ? true : undefined;
      },
      timeoutMs,
      250,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.tail()}`);
    });
  }

  health(): Promise<HealthAnswer | undefined> {
    return fetchHealth(this.url);
  }

  /** SIGKILL: no shutdown hook runs, the outbox relay and the consumers stop mid-step. */
  async kill(): Promise<void> {
    if (!this.child || !this.running) return;
    this.expectingExit = true;
    this.child.kill('SIGKILL');
    await exited(this.child);
  }

  /** A graceful stop, SIGKILL after 15 s (teardown); the copied build goes, the log stays. */
  async stop(): Promise<void> {
    if (this.child && this.running) {
      this.expectingExit = true;
      await stopGracefully(this.child);
    }
    await new Promise<void>((done) => (this.log ? this.log.end(done) : done()));
    this.log = undefined;
    rmSync(this.bundle, { force: true });
  }

  /** The lines the service logged. */
  logLines(): string[] {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').split('\n') : [];
  }

  /** The last lines the service logged (for a failure's message). */
  tail(lines = 40): string {
    return `---- ${this.name} (${this.logFile})\n${this.logLines().slice(-lines).join('\n')}`;
  }

  /** Copies the build, waiting out a build that is being written. */
  private async copyBuild(): Promise<void> {
    const built = join(WORKSPACE_ROOT, 'dist/apps', this.name, 'main.js');
    await waitFor(
      `a whole copy of ${built} (build it with: npx nx build ${this.name})`,
      async () => {
        if (!existsSync(built)) return undefined;
        copyFileSync(built, this.bundle);
        if (statSync(this.bundle).size === 0) return undefined;
        await runCommand(process.execPath, ['--check', this.bundle]);
        return true;
      },
      60_000,
      1_000,
    );
  }
}
