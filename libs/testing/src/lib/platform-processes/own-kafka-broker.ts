import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeTcp } from '../test-services';
import { portFree } from './ports';
import { runCommand, WORKSPACE_ROOT } from './workspace';

const SCRIPT = join(WORKSPACE_ROOT, 'tools/kafka/kafka.sh');

/**
 * A Kafka broker of a suite's own: tools/kafka/kafka.sh on other ports, with an empty data and run
 * folder, so it starts as a fresh cluster with no topics, and a suite may stop it without touching
 * the broker the other suites share on :9092.
 */
export class OwnKafkaBroker {
  private readonly folder = mkdtempSync(join(tmpdir(), 'bridge-own-kafka-'));

  constructor(
    readonly port: number,
    readonly controllerPort = port + 1,
  ) {}

  /** Why no broker can be started here (java, and mvn to resolve the jars once), if it cannot. */
  static missing(): string[] {
    const java = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin/java') : 'java';
    return [
      ...(spawnSync(java, ['-version']).status === 0
        ? []
        : ['java (Kafka runs from Maven Central jars, see tools/kafka)']),
      ...(spawnSync('mvn', ['-v']).status === 0
        ? []
        : ['mvn (resolves the Kafka jars, see tools/kafka)']),
    ];
  }

  /** A broker on a client port whose controller port (port + 1) is free too. */
  static async onFreePorts(): Promise<OwnKafkaBroker> {
    for (let tries = 0; tries < 50; tries++) {
      const port = 30_000 + Math.floor(Math.random() * 9_000) * 2;
      if ((await portFree(port)) && (await portFree(port + 1))) return new OwnKafkaBroker(port);
    }
    throw new Error('no free pair of ports for a Kafka broker in 30000-47999');
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Refuses a port someone else serves: stopping "our" broker would then stop nothing. */
  async assertPortsFree(): Promise<void> {
    for (const port of [this.port, this.controllerPort]) {
      if (await probeTcp(`127.0.0.1:${port}`, 500))
        throw new Error(
          `127.0.0.1:${port} is taken; a broker of this suite's own was to run there`,
        );
    }
  }

  async start(): Promise<void> {
    await this.script('start');
  }

  async stop(): Promise<void> {
    await this.script('stop');
  }

  /** Stops it and deletes its data and run folders; never fails (teardown). */
  async remove(): Promise<void> {
    await this.stop().catch((error: Error) => console.warn(`own Kafka broker: ${error.message}`));
    rmSync(this.folder, { recursive: true, force: true });
  }

  private async script(command: 'start' | 'stop'): Promise<void> {
    await runCommand('bash', [SCRIPT, command], {
      ...process.env,
      KAFKA_PORT: String(this.port),
      KAFKA_CONTROLLER_PORT: String(this.controllerPort),
      KAFKA_DATA_DIR: join(this.folder, 'data'),
      KAFKA_RUN_DIR: join(this.folder, 'run'),
      KAFKA_HEAP_OPTS: '-Xms256m -Xmx256m',
    });
  }
}
