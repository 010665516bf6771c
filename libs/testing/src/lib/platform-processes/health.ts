import { sleep } from './polling';

/** A service's answer to `GET /health`. */
export interface HealthAnswer {
  status: number;
  body: {
    status?: string;
    checks?: Record<string, { up: boolean; details?: Record<string, unknown> }>;
  };
}

/** `GET <baseUrl>/health`; undefined when nothing answers (not listening, or no answer within the timeout). */
export async function fetchHealth(
  baseUrl: string,
  timeoutMs = 3_000,
): Promise<HealthAnswer | undefined> {
  try {
    const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, body: (await response.json()) as HealthAnswer['body'] };
  } catch {
    return undefined;
  }
}

/** One look at a service's `GET /health`. */
export interface HealthSample<Name extends string> {
  service: Name;
  at: number;
  /** Absent when the service did not answer. */
  status?: number;
  /** The components the answer reports down (`checks.<name>.up === false`). */
  down: string[];
}

/** Polls the `/health` of every service twice a second while it runs: what a test asserts on afterwards. */
export class HealthWatch<Name extends string> {
  readonly samples: HealthSample<Name>[] = [];
  private running = false;
  private loop?: Promise<void>;

  constructor(private readonly urls: Readonly<Record<Name, string>>) {}

  start(): void {
    this.running = true;
    this.samples.length = 0;
    this.loop = (async () => {
      while (this.running) {
        await Promise.all(
          (Object.keys(this.urls) as Name[]).map((service) => this.sample(service)),
        );
        await sleep(500);
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** The samples of `service` taken between `from` and `to` (ms since the epoch). */
  between(service: Name, from: number, to: number): HealthSample<Name>[] {
    return this.samples.filter(
      (sample) => sample.service === service && sample.at >= from && sample.at <= to,
    );
  }

  private async sample(service: Name): Promise<void> {
    const at = Date.now();
    const answer = await fetchHealth(this.urls[service]);
    const down = Object.entries(answer?.body.checks ?? {})
      .filter(([, check]) => check.up === false)
      .map(([name]) => name);
    this.samples.push({ service, at, status: answer?.status, down });
  }
}
