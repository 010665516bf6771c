import { Logger } from '@nestjs/common';
import { MAX_POLL_BACKOFF_MS, PollingLoop } from './polling-loop';

const INTERVAL_MS = 250;
/** A timer of 0 ms fires after 1 ms. */
const AT_ONCE = 1;

/**
 * A loop whose rounds follow a script: a number is the work a round found, an Error a failed round.
 * Records the time each round started and the lines it logged.
 */
function scriptedLoop(script: (number | Error)[]) {
  const startedAt: number[] = [];
  const logged: string[] = [];
  const logger = {
    log: (line: string) => logged.push(`log: ${line}`),
    warn: (line: string) => logged.push(`warn: ${line}`),
  } as unknown as Logger;
  const loop = new PollingLoop<number>({
    name: 'probe',
    logger,
    intervalMs: INTERVAL_MS,
    round: async () => {
      startedAt.push(Date.now());
      const next = script.shift() ?? 0;
      if (next instanceof Error) throw next;
      return next;
    },
    hasMore: (found) => found > 0,
  });
  return { loop, startedAt, logged };
}

/** The pauses between consecutive rounds. */
const pauses = (startedAt: number[]) => startedAt.slice(1).map((at, i) => at - startedAt[i]);

describe('PollingLoop', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('runs at once while work is waiting, then every interval while idle', async () => {
    const { loop, startedAt } = scriptedLoop([3, 2, 0, 0]);
    loop.start();
    await jest.advanceTimersByTimeAsync(3 * AT_ONCE + 2 * INTERVAL_MS);
    await loop.stop();
    expect(pauses(startedAt)).toEqual([AT_ONCE, AT_ONCE, INTERVAL_MS, INTERVAL_MS]);
  });

  it('backs off after failures, the interval doubled per failure up to the maximum, and resumes at once', async () => {
    const down = new Error('database unreachable');
    const { loop, startedAt, logged } = scriptedLoop([down, down, down, down, down, down, 1, 0]);
    loop.start();
    await jest.advanceTimersByTimeAsync(40_000);
    await loop.stop();
    expect(pauses(startedAt).slice(0, 7)).toEqual([
      500,
      1_000,
      2_000,
      4_000,
      8_000,
      MAX_POLL_BACKOFF_MS,
      AT_ONCE, // the round after recovery found work
    ]);
    expect(logged[0]).toBe('warn: probe failed, retrying in 500 ms: database unreachable');
    expect(logged).toContain('log: probe resumed');
  });

  it('tells a round whether the one before failed', async () => {
    const seen: boolean[] = [];
    const script = [new Error('down'), 0, 0];
    const loop: PollingLoop<number> = new PollingLoop({
      name: 'probe',
      logger: { log: () => undefined, warn: () => undefined } as unknown as Logger,
      intervalMs: INTERVAL_MS,
      round: async () => {
        seen.push(loop.failing);
        const next = script.shift() ?? 0;
        if (next instanceof Error) throw next;
        return next;
      },
      hasMore: () => false,
    });
    loop.start();
    await jest.advanceTimersByTimeAsync(AT_ONCE + 500 + INTERVAL_MS);
    await loop.stop();
    expect(seen).toEqual([false, true, false]);
  });

  it('stops: stop waits for the round in flight, and no round follows it', async () => {
    let finish!: () => void;
    let rounds = 0;
    const loop: PollingLoop<number> = new PollingLoop({
      name: 'probe',
      logger: { log: () => undefined, warn: () => undefined } as unknown as Logger,
      intervalMs: INTERVAL_MS,
      round: () =>
        loop.exclusive(() => {
          rounds++;
          return new Promise<number>((resolve) => (finish = () => resolve(1)));
        }),
      hasMore: (found) => found > 0,
    });
    loop.start();
    await jest.advanceTimersByTimeAsync(AT_ONCE);
    expect(rounds).toBe(1);
    let stopped = false;
    void loop.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(INTERVAL_MS);
    expect(stopped).toBe(false);
    finish();
    await jest.advanceTimersByTimeAsync(10 * INTERVAL_MS);
    expect(stopped).toBe(true);
    // The round found work, which would have run the next at once.
    expect(rounds).toBe(1);
  });

  it('runs exclusive work one after the other, also when one of it fails', async () => {
    const { loop } = scriptedLoop([]);
    const order: string[] = [];
    const work = (name: string, ms: number, fail = false) =>
      loop.exclusive(async () => {
        order.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(`${name} end`);
        if (fail) throw new Error(name);
      });
    const first = work('first', 100, true);
    const second = work('second', 10);
    await Promise.all([
      expect(first).rejects.toThrow('first'),
      second,
      jest.advanceTimersByTimeAsync(200),
    ]);
    expect(order).toEqual(['first start', 'first end', 'second start', 'second end']);
  });

  it('does not start after a stop that came first', async () => {
    const { loop, startedAt } = scriptedLoop([]);
    await loop.stop();
    loop.start();
    await jest.advanceTimersByTimeAsync(2 * INTERVAL_MS);
    expect(startedAt).toEqual([]);
  });
});
