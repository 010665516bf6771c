import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portFree, run, WORKSPACE_ROOT } from './processes';

const SCRIPT = join(WORKSPACE_ROOT, 'tools/kafka/kafka.sh');

/**
 * A broker of this suite's own (tools/kafka/kafka.sh on a free pair of ports) with an empty data
 * folder: a fresh cluster with no topics, never the broker the other suites share on :9092.
 */
export class FreshKafkaBroker {
  private readonly folder = mkdtempSync(join(tmpdir(), 'bridge-fresh-kafka-'));

  private constructor(readonly port: number) {}

  /** Why no broker can be started here, if it cannot. */
  static missing(): string[] {
    const java = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin/java') : 'java';
    return [
      ...(spawnSync(java, ['-version']).status === 0 ? [] : ['java (Kafka runs from Maven Central jars, see tools/kafka)']),
      ...(spawnSync('mvn', ['-v']).status === 0 ? [] : ['mvn (resolves the Kafka jars, see tools/kafka)']),
    ];
  }

  /** Picks a client port whose controller port (port + 1) is free too. */
  static async onFreePorts(): Promise<FreshKafkaBroker> {
    for (let tries = 0; tries < 50; tries++) {
      const port = 30_000 + Math.floor(Math.random() * 9_000) * 2;
      if ((await portFree(port)) && (await portFree(port + 1))) return new FreshKafkaBroker(port);
    }
    throw new Error('no free pair of ports for a Kafka broker in 30000-47999');
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await this.script('start');
  }

  /** Stops it and deletes its data and run folders; never fails (teardown). */
  async remove(): Promise<void> {
    await this.script('stop').catch((error: Error) => console.warn(`fresh broker: ${error.message}`));
    rmSync(this.folder, { recursive: true, force: true });
  }

  private async script(command: 'start' | 'stop'): Promise<void> {
    await run('bash', [SCRIPT, command], {
      ...process.env,
      KAFKA_PORT: String(this.port),
      KAFKA_CONTROLLER_PORT: String(this.port + 1),
      KAFKA_DATA_DIR: join(this.folder, 'data'),
      KAFKA_RUN_DIR: join(this.folder, 'run'),
      KAFKA_HEAP_OPTS: '-Xms256m -Xmx256m',
    });
  }
}
