import type { ServiceName } from '@bridge/contracts';
import { sleep } from './processes';

/** One look at a service's `GET /health`. */
export interface HealthSample {
  service: ServiceName;
  at: number;
  /** Absent when the service did not answer (not running, or no answer within the timeout). */
  status?: number;
  /** The components the answer reports down (`checks.<name>.up === false`). */
  down: string[];
}

/** Polls every service's `/health` twice a second for as long as a drill runs. */
export class HealthWatch {
  readonly samples: HealthSample[] = [];
  private running = false;
  private loop?: Promise<void>;

  constructor(private readonly urls: Readonly<Record<ServiceName, string>>) {}

  start(): void {
    this.running = true;
    this.samples.length = 0;
    this.loop = (async () => {
      while (this.running) {
        await Promise.all((Object.keys(this.urls) as ServiceName[]).map((service) => this.sample(service)));
        await sleep(500);
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** The samples of `service` taken between `from` and `to` (ms since the epoch). */
  between(service: ServiceName, from: number, to: number): HealthSample[] {
    return this.samples.filter((sample) => sample.service === service && sample.at >= from && sample.at <= to);
  }

  private async sample(service: ServiceName): Promise<void> {
    const at = Date.now();
    try {
      const response = await fetch(`${this.urls[service]}/health`, { signal: AbortSignal.timeout(3_000) });
      const body = (await response.json()) as { checks?: Record<string, { up?: boolean }> };
      const down = Object.entries(body.checks ?? {})
        .filter(([, check]) => check.up === false)
        .map(([name]) => name);
      this.samples.push({ service, at, status: response.status, down });
    } catch {
      this.samples.push({ service, at, down: [] });
    }
  }
}
