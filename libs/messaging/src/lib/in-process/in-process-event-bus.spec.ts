import { BusMessage } from '../bus/event-bus.port';
import { InProcessEventBus } from './in-process-event-bus';

const message = (topic: string, key: string, value = key): BusMessage => ({ topic, key, value, headers: {} });

describe('in-process event bus', () => {
  it('delivers to a group that subscribes after the messages were published, in order', async () => {
    const bus = new InProcessEventBus({ initialMs: 1, maxMs: 5 });
    await bus.publish([message('t', 'a'), message('t', 'b')]);
    const seen: string[] = [];
    await bus.subscribe('late', ['t'], async (m) => void seen.push(m.value));
    await bus.publish([message('t', 'c')]);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('resumes a group from its committed offset when it comes back', async () => {
    const bus = new InProcessEventBus({ initialMs: 1, maxMs: 5 });
    const seen: string[] = [];
    await bus.subscribe('g', ['t'], async (m) => void seen.push(`first:${m.value}`));
    await bus.publish([message('t', 'a')]);
    bus.unsubscribe('g');
    await bus.publish([message('t', 'b')]);
    await bus.subscribe('g', ['t'], async (m) => void seen.push(`second:${m.value}`));
    await bus.publish([message('t', 'c')]);
    expect(seen).toEqual(['first:a', 'second:b', 'second:c']);
  });

  it('retries a failing handler and does not pass the message by', async () => {
    const bus = new InProcessEventBus({ initialMs: 1, maxMs: 5 });
    let failures = 2;
    const seen: string[] = [];
    await bus.subscribe('g', ['t'], async (m) => {
      if (failures-- > 0) throw new Error('database restarting');
      seen.push(m.value);
    });
    await bus.publish([message('t', 'a'), message('t', 'b')]);
    expect(seen).toEqual(['a', 'b']);
  });

  it('keeps the groups apart: each gets every message once', async () => {
    const bus = new InProcessEventBus();
    const seen: string[] = [];
    await bus.subscribe('one', ['t'], async (m) => void seen.push(`one:${m.value}`));
    await bus.subscribe('two', ['t', 'u'], async (m) => void seen.push(`two:${m.value}`));
    await bus.publish([message('t', 'a'), message('u', 'b')]);
    expect(seen.sort()).toEqual(['one:a', 'two:a', 'two:b']);
  });
});
