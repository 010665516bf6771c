import { Logger } from '@nestjs/common';

/** The longest pause after failed rounds, whatever the interval. */
export const MAX_POLL_BACKOFF_MS = 10_000;

export interface PollingLoopOptions<T> {
  /** Names the loop in its log lines ("outbox relay"). */
  name: string;
  logger: Logger;
  /** The pause after a round that found no more work. */
  intervalMs: number;
  /**
   * One round of work; a rejection backs the loop off. Called as given: when the work can also be
   * started from outside, pass a round that goes through `exclusive`.
   */
  round: () => Promise<T>;
  /** Whether a round's result says more work is waiting, so the next round runs at once. */
  hasMore: (result: T) => boolean;
}

/**
 * A background loop that polls for work: the next round at once while work is waiting, after
 * `intervalMs` when idle, and after a backoff when a round failed (the database or the broker is
 * away): the interval doubled per failure in a row, at most `MAX_POLL_BACKOFF_MS`. `stop` cancels
 * the pause and waits for the round in flight, so a shutdown neither hangs nor cuts a round short.
 * (exponential-backoff's `backOff` does not fit: its pauses cannot be cancelled, and it only retries.)
 */
export class PollingLoop<T> {
  private timer?: NodeJS.Timeout;
  private state: 'new' | 'running' | 'stopped' = 'new';
  private failures = 0;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PollingLoopOptions<T>) {}

  /** Whether the last round of the loop failed: the next may have to set its work up again. */
  get failing(): boolean {
    return this.failures > 0;
  }

  /** Starts the rounds; once only, and not after `stop` (a shutdown during the start-up wins). */
  start(): void {
    if (this.state !== 'new') return;
    this.state = 'running';
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    clearTimeout(this.timer);
    await this.inFlight.catch(() => undefined);
  }

  /** Runs `work` once every earlier one has settled: rounds and calls from outside never overlap. */
  exclusive<R>(work: () => Promise<R>): Promise<R> {
    const next = this.inFlight.catch(() => undefined).then(work);
    this.inFlight = next;
    return next;
  }

  private schedule(delayMs: number) {
    if (this.state !== 'running') return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick() {
    const { name, logger, intervalMs } = this.options;
    let delay = intervalMs;
    try {
      const result = await this.options.round();
      if (this.failures > 0) logger.log(`${name} resumed`);
      this.failures = 0;
      if (this.options.hasMore(result)) delay = 0;
    } catch (error) {
      this.failures++;
      delay = Math.min(intervalMs * 2 ** this.failures, MAX_POLL_BACKOFF_MS);
      logger.warn(`${name} failed, retrying in ${delay} ms: ${(error as Error).message}`);
    }
    this.schedule(delay);
  }
}
