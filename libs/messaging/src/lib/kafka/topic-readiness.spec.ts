import { waitForTopicLeaders } from './topic-readiness';

function retriable(message: string) {
  return Object.assign(new Error(message), { retriable: true, type: 'UNKNOWN_TOPIC_OR_PARTITION' });
}

const ready = (...names: string[]) => ({
  topics: names.map((name) => ({ name, partitions: [{ partitionId: 0, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }] })),
});

describe('waitForTopicLeaders (a fresh cluster settling after it created topics)', () => {
  const noSleep = { sleep: async () => undefined };

  it('waits out "does not host this topic-partition" and leaderless partitions, then returns', async () => {
    const answers: (() => unknown)[] = [
      () => {
        throw retriable('This server does not host this topic-partition');
      },
      () => ({ topics: [{ name: 'a', partitions: [{ partitionId: 0, leader: -1 }] }, ...ready('b').topics] }),
      () => ready('a', 'b'),
    ];
    let calls = 0;
    const admin = { fetchTopicMetadata: async () => answers[calls++]() } as never;
    await waitForTopicLeaders(admin, ['a', 'b'], noSleep);
    expect(calls).toBe(3);
  });

  it('throws at once on an error that will not go away', async () => {
    let calls = 0;
    const admin = {
      fetchTopicMetadata: async () => {
        calls++;
        throw Object.assign(new Error('Topic authorization failed'), { retriable: false });
      },
    } as never;
    await expect(waitForTopicLeaders(admin, ['a'], noSleep)).rejects.toThrow('Topic authorization failed');
    expect(calls).toBe(1);
  });

  it('gives up after its deadline, naming the topics and the last problem', async () => {
    let clock = 0;
    const admin = {
      fetchTopicMetadata: async () => {
        throw retriable('This server does not host this topic-partition');
      },
    } as never;
    await expect(
      waitForTopicLeaders(admin, ['a'], { timeoutMs: 1_000, now: () => clock, sleep: async (ms) => void (clock += ms) }),
    ).rejects.toThrow('Kafka topics not ready after 1000 ms (This server does not host this topic-partition): a');
  });
});
