import { BusMessage, MAX_DELIVERY_BATCH } from '../bus/event-bus.port';
import { InProcessEventBus } from './in-process-event-bus';

const message = (topic: string, key: string, value = key): BusMessage => ({
  topic,
  key,
  value,
  headers: {},
});

describe('in-process event bus', () => {
  it('delivers to a group that subscribes after the messages were published, in order', async () => {
    const bus = new InProcessEventBus({ initialMs: 1, maxMs: 5 });
    await bus.publish([message('t', 'a'), message('t', 'b')]);
    const seen: string[] = [];
    await bus.subscribe(
      'late',
      ['t'],
      async (batch) => void seen.push(...batch.map((m) => m.value)),
    );
    await bus.publish([message('t', 'c')]);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('resumes a group from its committed offset when it comes back', async () => {
    const bus = new InProcessEventBus({ initialMs: 1, maxMs: 5 });
    const seen: string[] = [];
    await bus.subscribe(
      'g',
      ['t'],
      async (batch) => void seen.push(...batch.map((m) => `first:${m.value}`)),
    );
    await bus.publish([message('t', 'a')]);
    bus.unsubscribe('g');
    await bus.publish([message('t', 'b')]);
    await bus.subscribe(
      'g',
      ['t'],
      async (batch) => void seen.push(...batch.map((m) => `second:${m.value}`)),
    );
    await bus.publish([message('t', 'c')]);
    expect(seen).toEqual(['first:a', 'second:b', 'second:c']);
  });

  it('retries a failing handler and does not pass the message by', async () => {
    const bus = new InProcessEventBus({ initialMs: 1, maxMs: 5 });
    let failures = 2;
    const seen: string[] = [];
    await bus.subscribe('g', ['t'], async (batch) => {
      if (failures-- > 0) throw new Error('database restarting');
      seen.push(...batch.map((m) => m.value));
    });
    await bus.publish([message('t', 'a'), message('t', 'b')]);
    expect(seen).toEqual(['a', 'b']);
  });

  it('keeps the groups apart: each gets every message once', async () => {
    const bus = new InProcessEventBus();
    const seen: string[] = [];
    await bus.subscribe(
      'one',
      ['t'],
      async (batch) => void seen.push(...batch.map((m) => `one:${m.value}`)),
    );
    await bus.subscribe(
      'two',
      ['t', 'u'],
      async (batch) => void seen.push(...batch.map((m) => `two:${m.value}`)),
    );
    await bus.publish([message('t', 'a'), message('u', 'b')]);
    expect(seen.sort()).toEqual(['one:a', 'two:a', 'two:b']);
  });

  it('delivers what one publish brings as batches of at most MAX_DELIVERY_BATCH, in order', async () => {
    const bus = new InProcessEventBus();
    const batches: string[][] = [];
    await bus.subscribe(
      'g',
      ['t', 'u'],
      async (batch) => void batches.push(batch.map((m) => m.value)),
    );
    const values = Array.from({ length: MAX_DELIVERY_BATCH + 5 }, (_, i) => String(i));
    await bus.publish(values.map((v, i) => message(i % 2 ? 't' : 'u', v)));
    expect(batches.map((batch) => batch.length)).toEqual([MAX_DELIVERY_BATCH, 5]);
    expect(batches.flat()).toEqual(values);
  });

  it('delivers a failed batch again whole, and commits none of it until it is handled', async () => {
    const bus = new InProcessEventBus({ initialMs: 1, maxMs: 5 });
    const attempts: string[][] = [];
    await bus.subscribe('g', ['t'], async (batch) => {
      attempts.push(batch.map((m) => m.value));
      if (attempts.length === 1) throw new Error('one event failed');
    });
    await bus.publish([message('t', 'a'), message('t', 'b')]);
    expect(attempts).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
    bus.unsubscribe('g');
    const replayed: string[] = [];
    await bus.subscribe(
      'g',
      ['t'],
      async (batch) => void replayed.push(...batch.map((m) => m.value)),
    );
    expect(replayed).toEqual([]);
  });
});
