import { SERVICES, type ServiceName } from '@bridge/contracts';
import type { HealthAnswer } from './health';
import { freePort } from './ports';
import { sleep } from './polling';
import { ServiceProcess, type ServiceProcessOptions } from './service-process';

export interface ServiceProcessesOptions
  extends Pick<ServiceProcessOptions, 'kafkaBrokers' | 'runDir' | 'env'> {
  databaseUrls: Readonly<Record<ServiceName, string>>;
}

type PerService<T> = Record<ServiceName, T>;
const perService = <T>(value: (service: ServiceName) => T): PerService<T> =>
  Object.fromEntries(SERVICES.map((service) => [service, value(service)])) as PerService<T>;

/**
 * The three services as separate processes (like `npm run start:services`), each on a free port
 * with its own database, all on one broker.
 */
export class ServiceProcesses {
  private constructor(readonly services: PerService<ServiceProcess>) {}

  static async onFreePorts({
    databaseUrls,
    ...options
  }: ServiceProcessesOptions): Promise<ServiceProcesses> {
    const ports = {
      matching: await freePort(),
      employers: await freePort(),
      training: await freePort(),
    };
    return new ServiceProcesses(
      perService(
        (service) =>
          new ServiceProcess(service, {
            ...options,
            databaseUrl: databaseUrls[service],
            port: ports[service],
          }),
      ),
    );
  }

  get urls(): PerService<string> {
    return perService((service) => this.services[service].url);
  }

  /** Starts all three at once, as start:services does; does not wait for them to be ready. */
  async startTogether(): Promise<void> {
    await Promise.all(SERVICES.map((service) => this.services[service].start()));
  }

  /** Starts them one after another, each healthy before the next: three migrating, topic-creating boots at once starve two cores. */
  async startOneByOne(timeoutMsEach: number): Promise<void> {
    for (const service of SERVICES) {
      await this.services[service].start();
      await this.services[service].untilHealthy(timeoutMsEach);
    }
  }

  /**
   * Polls every service's /health until all answer 200, failing at once when one exits; resolves
   * with how long after `since` each was first ready.
   */
  async untilAllHealthy(since: number, timeoutMs: number): Promise<PerService<number>> {
    const readyAfter: Partial<PerService<number>> = {};
    while (Object.keys(readyAfter).length < SERVICES.length) {
      const exits = this.unexpectedExits();
      if (exits.length > 0) throw new Error(`${exits.join('; ')}\n${this.tails()}`);
      if (Date.now() - since > timeoutMs) {
        throw new Error(
          `not all healthy within ${timeoutMs} ms: ${JSON.stringify(await this.healthOfAll())}\n${this.tails()}`,
        );
      }
      const health = await this.healthOfAll();
      for (const service of SERVICES) {
        if (health[service]?.status === 200 && readyAfter[service] === undefined)
          readyAfter[service] = Date.now() - since;
      }
      if (Object.keys(readyAfter).length < SERVICES.length) await sleep(250);
    }
    return readyAfter as PerService<number>;
  }

  async healthOfAll(): Promise<PerService<HealthAnswer | undefined>> {
    const answers = await Promise.all(SERVICES.map((service) => this.services[service].health()));
    return perService((service) => answers[SERVICES.indexOf(service)]);
  }

  /** Exits of a service nobody asked for, over the whole run. */
  unexpectedExits(): string[] {
    return SERVICES.flatMap((service) => this.services[service].unexpectedExits);
  }

  /** The log lines of every service that hold `text`. */
  logLinesWith(text: string): PerService<string[]> {
    return perService((service) =>
      this.services[service].logLines().filter((line) => line.includes(text)),
    );
  }

  /** The end of each service's log, for a failure message. */
  tails(lines = 15): string {
    return SERVICES.map((service) => this.services[service].tail(lines)).join('\n');
  }

  async stop(): Promise<void> {
    await Promise.all(SERVICES.map((service) => this.services[service].stop()));
  }
}
