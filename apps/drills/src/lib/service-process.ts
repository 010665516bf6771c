import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { ServiceName } from '@bridge/contracts';
import { exited, run, sleep, waitFor, WORKSPACE_ROOT } from './processes';

const BOOT_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ServiceProcessOptions {
  databaseUrl: string;
  kafkaBrokers: string;
  port: number;
  /** Folder of the copied bundle and the log (inside the workspace, so packages resolve from node_modules). */
  runDir: string;
}

/**
 * One service as production runs it: `node dist/apps/<service>/main.js` with its own database and
 * the broker, as a separate process a drill may kill. It runs a copy of the build, so a rebuild in
 * the same working tree during the run does not pull the file from under a restart.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private log?: WriteStream;
  private readonly bundle: string;
  readonly logFile: string;
  /** Exits nobody asked for (a crash, or giving up): a drill fails on any. */
  readonly unexpectedExits: string[] = [];
  private expectingExit = false;

  constructor(
    readonly name: ServiceName,
    private readonly options: ServiceProcessOptions,
  ) {
    mkdirSync(options.runDir, { recursive: true });
    this.bundle = join(options.runDir, `${name}.main.js`);
    this.logFile = join(options.runDir, `${name}.log`);
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Whether the process is alive. */
  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Copies the build (waiting out a build that is being written) once, before the first start. */
  async copyBuild(): Promise<void> {
    const built = join(WORKSPACE_ROOT, 'dist/apps', this.name, 'main.js');
    await waitFor(
      `a whole copy of ${built} (build it with: npx nx build ${this.name})`,
      async () => {
        if (!existsSync(built)) return undefined;
        copyFileSync(built, this.bundle);
        if (statSync(this.bundle).size === 0) return undefined;
        await run(process.execPath, ['--check', this.bundle]);
        return true;
      },
      60_000,
      1_000,
    );
  }

  /** Starts the process and waits until `/health` answers 200 (everything up). */
  async start(): Promise<void> {
    const prefix = this.name.toUpperCase();
    const env: NodeJS.ProcessEnv = { ...process.env };
    // Only what the drill sets: nothing of the calling shell's service settings.
    for (const name of Object.keys(env)) {
      if (/^((MATCHING|EMPLOYERS|TRAINING)_)?(DATABASE_URL|DATA_DIR|KAFKA_[A-Z_]+|MEILI_[A-Z_]+|NODE_ENV|AUTH_MODE|PORT|HOST|LOG_[A-Z]+|RATE_LIMIT_[A-Z_]+)$/.test(name)) delete env[name];
    }
    delete env['NODE_OPTIONS'];
    Object.assign(env, {
      [`${prefix}_DATABASE_URL`]: this.options.databaseUrl,
      [`${prefix}_PORT`]: String(this.options.port),
      KAFKA_BROKERS: this.options.kafkaBrokers,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      // The load is one busy client per kind, far above what one person sends.
      RATE_LIMIT_DEV_TOKEN: '100000',
      RATE_LIMIT_REGISTRATION: '100000',
      RATE_LIMIT_DJI_LOOKUP: '100000',
    });
    this.log ??= createWriteStream(this.logFile, { flags: 'a' });
    this.log.write(`\n==== drills: starting ${this.name} at ${new Date().toISOString()}\n`);
    const child = spawn(process.execPath, [this.bundle], { cwd: WORKSPACE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.expectingExit = false;
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    child.once('exit', (code, signal) => {
      this.log?.write(`==== drills: ${this.name} exited (code ${code}, signal ${signal})\n`);
      if (!this.expectingExit) this.unexpectedExits.push(`${this.name} exited by itself (code ${code}, signal ${signal})`);
    });
    await waitFor(
      `${this.name} answering 200 on /health`,
      async () => {
        if (!this.running) throw new Error(`${this.name} exited during start-up; see ${this.logFile}:\n${this.tail()}`);
        const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) });
        return response.status === 200 ? true : undefined;
      },
      BOOT_TIMEOUT_MS,
      250,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.tail()}`);
    });
  }

  /** SIGKILL: no shutdown hook runs, the outbox relay and the consumers stop mid-step. */
  async kill(): Promise<void> {
    if (!this.child || !this.running) return;
    this.expectingExit = true;
    this.child.kill('SIGKILL');
    await exited(this.child);
  }

  /** A graceful stop (teardown); the copied build goes, the log stays. */
  async stop(): Promise<void> {
    if (this.child && this.running) {
      this.expectingExit = true;
      this.child.kill('SIGTERM');
      await Promise.race([exited(this.child), sleep(STOP_TIMEOUT_MS)]);
      if (this.running) {
        this.child.kill('SIGKILL');
        await exited(this.child);
      }
    }
    this.log?.end();
    this.log = undefined;
    rmSync(this.bundle, { force: true });
  }

  /** The last lines the service logged (for a failure's message). */
  tail(lines = 40): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }
}
