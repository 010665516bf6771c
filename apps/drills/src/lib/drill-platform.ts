import { mkdtempSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES, type ServiceName } from '@bridge/contracts';
import { DrillClient } from './drill-client';
import { EventLedger } from './event-ledger';
import { HealthWatch } from './health-watch';
import { KafkaBroker } from './kafka-broker';
import { PostgresServer } from './postgres-server';
import { freePort, WORKSPACE_ROOT } from './processes';
import { ServiceProcess } from './service-process';

/** What the drills need on this machine, or why they cannot run here. */
export function missingPrerequisites(): string[] {
  return [PostgresServer.missing(), KafkaBroker.missing()].filter((reason): reason is string => !!reason);
}

/**
 * The production topology on one machine, all of it the drills' own: a Kafka broker, a Postgres
 * server with one database per service, and the three services as separate processes.
 */
export class DrillPlatform {
  readonly broker = new KafkaBroker();
  readonly postgres: PostgresServer;
  readonly services: Record<ServiceName, ServiceProcess>;
  readonly client: DrillClient;
  readonly ledger: EventLedger;
  readonly health: HealthWatch;
  private readonly runDir: string;

  private constructor(postgresPort: number, servicePorts: Record<ServiceName, number>) {
    this.postgres = new PostgresServer(postgresPort);
    mkdirSync(join(WORKSPACE_ROOT, 'dist/drills'), { recursive: true });
    this.runDir = mkdtempSync(join(WORKSPACE_ROOT, 'dist/drills/run-'));
    const databaseUrl = (service: ServiceName) => this.postgres.url(service);
    this.services = Object.fromEntries(
      SERVICES.map((service) => [
        service,
        new ServiceProcess(service, {
          databaseUrl: databaseUrl(service),
          kafkaBrokers: this.broker.address,
          port: servicePorts[service],
          runDir: this.runDir,
        }),
      ]),
    ) as Record<ServiceName, ServiceProcess>;
    const urls = Object.fromEntries(SERVICES.map((service) => [service, this.services[service].url])) as Record<ServiceName, string>;
    this.client = new DrillClient(urls);
    this.ledger = new EventLedger(Object.fromEntries(SERVICES.map((service) => [service, databaseUrl(service)])) as Record<ServiceName, string>);
    this.health = new HealthWatch(urls);
  }

  static async start(): Promise<DrillPlatform> {
    const ports = { matching: await freePort(), employers: await freePort(), training: await freePort() };
    const platform = new DrillPlatform(await freePort(), ports);
    try {
      await platform.broker.assertPortsFree();
      const copies = Promise.all(SERVICES.map((service) => platform.services[service].copyBuild()));
      await Promise.all([
        platform.broker.start(),
        (async () => {
          await platform.postgres.init();
          await platform.postgres.start();
          await platform.postgres.createDatabases(SERVICES);
        })(),
        copies,
      ]);
      // One after another: three migrating, topic-creating boots at once starve two cores.
      for (const service of SERVICES) await platform.services[service].start();
    } catch (error) {
      await platform.stop();
      throw error;
    }
    return platform;
  }

  /** Exits of a service nobody asked for, over the whole run. */
  unexpectedExits(): string[] {
    return SERVICES.flatMap((service) => this.services[service].unexpectedExits);
  }

  async stop(): Promise<void> {
    await this.health.stop();
    await Promise.all(SERVICES.map((service) => this.services[service].stop()));
    await this.ledger.close().catch(() => undefined);
    await Promise.all([this.broker.remove(), this.postgres.remove()]);
    console.log(`drills: the services' logs of this run are in ${this.runDir}`);
  }
}
