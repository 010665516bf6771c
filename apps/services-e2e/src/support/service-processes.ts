import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { SERVICES, type ServiceName } from '@bridge/contracts';
import { createTestDatabase, type TestDatabase } from '@bridge/testing';
import { freePort, WORKSPACE_ROOT } from './processes';

export interface HealthAnswer {
  status: number;
  body: { status?: string; checks?: Record<string, { up: boolean; details?: { reason?: string } }> };
}

/** One service as production runs it: `node dist/apps/<service>/main.js` with its own database. */
class ServiceProcess {
  private child?: ChildProcess;
  /** How the process ended, if it did. */
  exit?: string;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly database: TestDatabase,
    private readonly log: WriteStream,
    readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(kafkaBrokers: string): void {
    const env: NodeJS.ProcessEnv = { ...process.env };
    // Only what this suite sets: none of the calling shell's service settings (nor Jest's NODE_OPTIONS).
    for (const name of Object.keys(env)) {
      if (/^((MATCHING|EMPLOYERS|TRAINING)_)?(DATABASE_URL|DATA_DIR|KAFKA_[A-Z_]+|MEILI_[A-Z_]+|NODE_ENV|AUTH_MODE|PORT|HOST|LOG_[A-Z]+)$/.test(name)) {
        delete env[name];
      }
    }
    delete env['NODE_OPTIONS'];
    Object.assign(env, {
      DATABASE_URL: this.database.url,
      PORT: String(this.port),
      KAFKA_BROKERS: kafkaBrokers,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
    });
    const child = spawn(process.execPath, [join(WORKSPACE_ROOT, 'dist/apps', this.name, 'main.js')], {
      cwd: WORKSPACE_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    child.once('exit', (code, signal) => (this.exit = `${this.name} exited (code ${code}, signal ${signal})`));
  }

  async health(): Promise<HealthAnswer | undefined> {
    try {
      const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(5_000) });
      return { status: response.status, body: (await response.json()) as HealthAnswer['body'] };
    } catch {
      return undefined; // not listening yet
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
  }

  /** The lines the service logged (the failure message of a test shows their end). */
  logLines(): string[] {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').split('\n') : [];
  }
}

/**
 * The three services as separate processes (like `npm run start:services`), each with a fresh
 * database of its own on the test Postgres server, dropped by `stop()`.
 */
export class ServiceProcesses {
  private constructor(
    readonly services: Record<ServiceName, ServiceProcess>,
    private readonly databases: TestDatabase[],
    private readonly logs: WriteStream[],
    readonly runDir: string,
  ) {}

  static async create(postgresUrl: string): Promise<ServiceProcesses> {
    for (const service of SERVICES) {
      const bundle = join(WORKSPACE_ROOT, 'dist/apps', service, 'main.js');
      if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build it with npx nx run-many -t build -p ${SERVICES.join(' ')}`);
    }
    mkdirSync(join(WORKSPACE_ROOT, 'dist/services-e2e'), { recursive: true });
    const runDir = mkdtempSync(join(WORKSPACE_ROOT, 'dist/services-e2e/run-'));
    const databases: TestDatabase[] = [];
    const logs: WriteStream[] = [];
    const services = {} as Record<ServiceName, ServiceProcess>;
    for (const service of SERVICES) {
      const database = await createTestDatabase(postgresUrl, `fresh_${service}`);
      databases.push(database);
      const logFile = join(runDir, `${service}.log`);
      const log = createWriteStream(logFile);
      logs.push(log);
      services[service] = new ServiceProcess(service, await freePort(), database, log, logFile);
    }
    return new ServiceProcesses(services, databases, logs, runDir);
  }

  /** Starts all three at once, as start:services does. */
  start(kafkaBrokers: string): void {
    for (const service of SERVICES) this.services[service].start(kafkaBrokers);
  }

  /** Exits nobody asked for. */
  exits(): string[] {
    return SERVICES.flatMap((service) => this.services[service].exit ?? []);
  }

  async healthOfAll(): Promise<Record<ServiceName, HealthAnswer | undefined>> {
    const answers = await Promise.all(SERVICES.map((service) => this.services[service].health()));
    return Object.fromEntries(SERVICES.map((service, i) => [service, answers[i]])) as Record<ServiceName, HealthAnswer | undefined>;
  }

  /** The log lines of every service that hold `text`. */
  logLinesWith(text: string): Record<ServiceName, string[]> {
    return Object.fromEntries(SERVICES.map((service) => [service, this.services[service].logLines().filter((line) => line.includes(text))])) as Record<
      ServiceName,
      string[]
    >;
  }

  /** The end of each service's log, for a failure message. */
  tails(lines = 15): string {
    return SERVICES.map((service) => `---- ${service} (${this.services[service].logFile})\n${this.services[service].logLines().slice(-lines).join('\n')}`).join('\n');
  }

  async stop(): Promise<void> {
    await Promise.all(SERVICES.map((service) => this.services[service].stop()));
    await Promise.all(this.logs.map((log) => new Promise((done) => log.end(done))));
    await Promise.all(this.databases.map((database) => database.drop().catch((error: Error) => console.warn(`dropping a test database: ${error.message}`))));
  }
}
