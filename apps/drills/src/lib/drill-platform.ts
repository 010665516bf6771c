import { SERVICES, type ServiceName } from '@bridge/contracts';
import {
  freePort,
  HealthWatch,
  newRunFolder,
  OwnKafkaBroker,
  OwnPostgresServer,
  ServiceClient,
  ServiceProcesses,
} from '@bridge/testing';
import { EventLedger } from './event-ledger';

const BOOT_TIMEOUT_MS = 90_000;

/** DRILLS_PG_BIN names the Postgres binaries, else the newest installed ones. */
const postgresBin = () => process.env['DRILLS_PG_BIN'] || undefined;

/** What the drills need on this machine, or why they cannot run here. */
export function missingPrerequisites(): string[] {
  const postgres = OwnPostgresServer.missing(postgresBin());
  return [...(postgres ? [`${postgres} (set DRILLS_PG_BIN)`] : []), ...OwnKafkaBroker.missing()];
}

/**
 * The production topology on one machine, all of it the drills' own: a Kafka broker (on
 * DRILLS_KAFKA_PORT, default 29092), a Postgres server with one database per service, and the
 * three services as separate processes.
 */
export class DrillPlatform {
  readonly client: ServiceClient;
  readonly ledger: EventLedger;
  readonly health: HealthWatch<ServiceName>;

  private constructor(
    readonly broker: OwnKafkaBroker,
    readonly postgres: OwnPostgresServer,
    readonly processes: ServiceProcesses,
    private readonly runDir: string,
  ) {
    this.client = new ServiceClient(processes.urls);
    this.ledger = new EventLedger(
      Object.fromEntries(SERVICES.map((service) => [service, postgres.url(service)])) as Record<
        ServiceName,
        string
      >,
    );
    this.health = new HealthWatch(processes.urls);
  }

  get services() {
    return this.processes.services;
  }

  static async start(): Promise<DrillPlatform> {
    const broker = new OwnKafkaBroker(Number(process.env['DRILLS_KAFKA_PORT'] ?? 29092));
    const postgres = new OwnPostgresServer(await freePort(), postgresBin());
    const runDir = newRunFolder('drills');
    const processes = await ServiceProcesses.onFreePorts({
      databaseUrls: Object.fromEntries(
        SERVICES.map((service) => [service, postgres.url(service)]),
      ) as Record<ServiceName, string>,
      kafkaBrokers: broker.address,
      runDir,
      env: {
        LOG_LEVEL: 'warn',
        // The load is one busy client per kind, far above what one person sends.
        RATE_LIMIT_DEV_TOKEN: '100000',
        RATE_LIMIT_REGISTRATION: '100000',
        RATE_LIMIT_DJI_LOOKUP: '100000',
      },
    });
    const platform = new DrillPlatform(broker, postgres, processes, runDir);
    try {
      await broker.assertPortsFree().catch((error: Error) => {
        throw new Error(`drills: ${error.message} (DRILLS_KAFKA_PORT moves it)`);
      });
      await Promise.all([
        broker.start(),
        (async () => {
          await postgres.init();
          await postgres.start();
          await postgres.createDatabases(SERVICES);
        })(),
      ]);
      await processes.startOneByOne(BOOT_TIMEOUT_MS);
    } catch (error) {
      await platform.stop();
      throw error;
    }
    return platform;
  }

  /** Starts a service again (after a kill) and waits until it is healthy. */
  async restart(service: ServiceName): Promise<void> {
    await this.services[service].start();
    await this.services[service].untilHealthy(BOOT_TIMEOUT_MS);
  }

  /** Exits of a service nobody asked for, over the whole run. */
  unexpectedExits(): string[] {
    return this.processes.unexpectedExits();
  }

  async stop(): Promise<void> {
    await this.health.stop();
    await this.processes.stop();
    await this.ledger.close().catch(() => undefined);
    await Promise.all([this.broker.remove(), this.postgres.remove()]);
    console.log(`drills: the services' logs of this run are in ${this.runDir}`);
  }
}
