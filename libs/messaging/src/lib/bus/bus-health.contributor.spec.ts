import { BusHealthContributor } from './bus-health.contributor';
import { BusReadiness, EventBus } from './event-bus.port';

/** A bus whose readiness and broker answer the test sets. */
class ScriptedBus extends EventBus {
  state: BusReadiness = { ready: true };
  brokerAnswers = true;
  brokerAsked = 0;
  async publish(): Promise<void> {
    /* not used */
  }
  async subscribe(): Promise<void> {
    /* not used */
  }
  async isHealthy(): Promise<boolean> {
    this.brokerAsked++;
    return this.brokerAnswers;
  }
  override readiness(): BusReadiness {
    return this.state;
  }
  async close(): Promise<void> {
    /* nothing held */
  }
}

describe('BusHealthContributor (the bus part of GET /health)', () => {
  it('is down with the reason while the bus waits for its broker, without asking the broker', async () => {
    const bus = new ScriptedBus();
    bus.state = {
      ready: false,
      reason:
        'consumer group matching: waiting for Kafka topics (attempt 2: This server does not host this topic-partition)',
    };
    await expect(new BusHealthContributor(bus).check()).resolves.toEqual({
      up: false,
      details: {
        reason:
          'consumer group matching: waiting for Kafka topics (attempt 2: This server does not host this topic-partition)',
      },
    });
    expect(bus.brokerAsked).toBe(0);
  });

  it('is up once subscribed and the broker answers', async () => {
    const bus = new ScriptedBus();
    await expect(new BusHealthContributor(bus).check()).resolves.toEqual({ up: true });
  });

  it('is down when subscribed but no broker answers', async () => {
    const bus = new ScriptedBus();
    bus.brokerAnswers = false;
    await expect(new BusHealthContributor(bus).check()).resolves.toEqual({
      up: false,
      details: { reason: 'no broker answers' },
    });
  });
});
