import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeTcp } from '@bridge/testing';
import { run, WORKSPACE_ROOT } from './processes';

const SCRIPT = join(WORKSPACE_ROOT, 'tools/kafka/kafka.sh');

/**
 * A Kafka broker of the drills' own (tools/kafka/kafka.sh on other ports, with a fresh data and
 * run folder): a drill may stop it without touching the broker other suites share on :9092.
 */
export class KafkaBroker {
  private readonly folder = mkdtempSync(join(tmpdir(), 'bridge-drills-kafka-'));

  constructor(
    readonly port = Number(process.env['DRILLS_KAFKA_PORT'] ?? 29092),
    readonly controllerPort = port + 1,
  ) {}

  /** Why no broker can be started here, if it cannot. */
  static missing(): string | undefined {
    const java = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin/java') : 'java';
    return spawnSync(java, ['-version']).status === 0 ? undefined : 'java (Kafka runs from Maven Central jars, see tools/kafka)';
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await this.script('start');
  }

  async stop(): Promise<void> {
    await this.script('stop');
  }

  /** Stops it and deletes its folders; never fails (teardown). */
  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.folder, { recursive: true, force: true });
  }

  /** Refuses a port someone else serves: stopping "our" broker would then stop nothing. */
  async assertPortsFree(): Promise<void> {
    for (const port of [this.port, this.controllerPort]) {
      if (await probeTcp(`127.0.0.1:${port}`, 500)) {
        throw new Error(`drills: 127.0.0.1:${port} is taken; the drills start a broker of their own there (DRILLS_KAFKA_PORT moves it)`);
      }
    }
  }

  private async script(command: 'start' | 'stop'): Promise<void> {
    await run('bash', [SCRIPT, command], {
      ...process.env,
      KAFKA_PORT: String(this.port),
      KAFKA_CONTROLLER_PORT: String(this.controllerPort),
      KAFKA_DATA_DIR: join(this.folder, 'data'),
      KAFKA_RUN_DIR: join(this.folder, 'run'),
      KAFKA_HEAP_OPTS: '-Xms256m -Xmx256m',
    });
  }
}
