/**
 * The matching service under bench, in a process of its own: its peak RSS is then the service's, not the
 * service's plus the generated world the bench holds (at national size some hundreds of MiB), and the
 * bench's work (building events, the naive baseline) takes no time from the service's event loop.
 *
 * The bench forks this file (`forkService`) and talks to it over Node's IPC channel: the service's own
 * settings, the other services' events when it runs on the in-process bus, the reads of its database that
 * the bench waits on, a pipeline run at once, its memory, and closing. On Kafka the events go through the
 * broker, as in production.
 */
import { fork, ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { BusMessage, InProcessEventBus } from '@bridge/messaging';
import { loadServiceConfig } from '@bridge/platform';
import { RunningService, startService } from '@bridge/service-runtime';
import { MatchingPipeline } from '../src/app/match-engine/matching-pipeline';
import { matchingService } from '../src/app/matching.app-module';
import { enqueueMatching, MatchSubject } from '../src/app/read-models/change-queues/match-queue';

/** What the bench can ask of the service's process. */
interface Operations {
  /** Boots the service with these settings; `ownBus`: its events come from the bench over `publish`. */
  start(
    env: Record<string, string>,
    ownBus: boolean,
  ): Promise<{ url: string; rssAfterBoot: number }>;
  /** Publishes other services' events on the in-process bus; resolves once matching has handled them. */
  publish(messages: BusMessage[]): Promise<void>;
  query(sql: string, parameters: unknown[]): Promise<unknown[]>;
  /** Queues these subjects for matching, as a change of them would. */
  enqueueMatching(subject: MatchSubject, ids: string[]): Promise<void>;
  /** Runs the pipeline now until nothing is queued to index or re-match. */
  settle(): Promise<void>;
  memory(): Promise<{
    peakRss: number;
    rss: number;
    heapUsed: number;
    liveHeap: number;
    atPeak: MemorySample;
  }>;
  close(): Promise<void>;
}

/** Matching's backlog: documents still to index and subjects still to re-match. */
export const BACKLOG_SQL =
  'SELECT (SELECT count(*) FROM match_queue) + (SELECT count(*) FROM search_index_queue) AS queued';

/** What the process held when it was sampled: heap, and outside it the buffers (PGlite's WASM memory and in-memory files). */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  arrayBuffers: number;
  external: number;
}

type Request = { id: number; operation: keyof Operations; args: unknown[] };
type Reply = { id: number; result?: unknown; error?: string };

/** The service's process, as the bench drives it. */
export interface ServiceProcess {
  call<K extends keyof Operations>(
    operation: K,
    ...args: Parameters<Operations[K]>
  ): ReturnType<Operations[K]>;
  /** Closes the service, if it still runs, and resolves once its process has exited. */
  close(): Promise<void>;
}

/**
 * The heap the matching service runs with in production (docker-compose.yml, tools/start-services.sh): V8 left to its
 * default (a quarter of the machine's memory, 4 GiB here) collects lazily and keeps gigabytes of garbage committed.
 */
export const MATCHING_HEAP_MIB = 1024;

/** Forks this file as the service's process: TypeScript through ts-node as the bench's, the heap of production. */
export function forkService(): ServiceProcess {
  const nodeOptions = (process.env['NODE_OPTIONS'] ?? '')
    .replace(/--max-old-space-size=\d+/g, '')
    .trim();
  const child: ChildProcess = fork(__filename, ['--serve'], {
    execArgv: [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      `--max-old-space-size=${MATCHING_HEAP_MIB}`,
    ],
    env: {
      ...process.env,
      NODE_OPTIONS: nodeOptions,
      TS_NODE_PROJECT: `${__dirname}/tsconfig.json`,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Structured clone: events and rows cross as they are, faster than JSON.
    serialization: 'advanced',
  });
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  child.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) waiting?.reject(new Error(`matching's process: ${reply.error}`));
    else waiting?.resolve(reply.result);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      for (const waiting of pending.values())
        waiting.reject(new Error(`matching's process exited (code ${code}) before it answered`));
      pending.clear();
      resolve(code);
    }),
  );
  return {
    call: ((operation: keyof Operations, ...args: unknown[]) =>
      new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        child.send({ id, operation, args } satisfies Request);
      })) as ServiceProcess['call'],
    async close() {
      if (child.connected) await (this as ServiceProcess).call('close').catch(() => undefined);
      await exited;
    },
  };
}

/** The service's side: boots it on request and answers the bench's calls, one reply per request. */
function serve(): void {
  let running: RunningService | undefined;
  // Sampled each second: what made up the highest RSS seen (the peak itself comes from the kernel).
  let atPeak: MemorySample = { rss: 0, heapUsed: 0, heapTotal: 0, arrayBuffers: 0, external: 0 };
  const sample = () => {
    const { rss, heapUsed, heapTotal, arrayBuffers, external } = process.memoryUsage();
    if (rss > atPeak.rss) atPeak = { rss, heapUsed, heapTotal, arrayBuffers, external };
  };
  setInterval(sample, 1_000).unref();
  let bus: InProcessEventBus | undefined;
  const service = () => {
    if (!running) throw new Error('the service has not been started');
    return running;
  };
  const operations: Operations = {
    async start(env, ownBus) {
      bus = ownBus ? new InProcessEventBus() : undefined;
      running = await startService(matchingService, {
        config: loadServiceConfig('matching', env),
        bus,
        port: 0,
        host: '127.0.0.1',
      });
      return { url: running.url, rssAfterBoot: process.memoryUsage().rss };
    },
    async publish(messages) {
      if (!bus) throw new Error('the service takes its events from Kafka, not from the bench');
      await bus.publish(messages);
    },
    query: (sql, parameters) => service().app.get(DataSource).query(sql, parameters),
    async enqueueMatching(subject, ids) {
      await service()
        .app.get(DataSource)
        .transaction((manager) => enqueueMatching(manager, subject, ids));
    },
    async settle() {
      const pipeline = service().app.get(MatchingPipeline);
      const dataSource = service().app.get(DataSource);
      const backlog = async () => {
        const [{ queued }] = await dataSource.query(BACKLOG_SQL);
        return Number(queued);
      };
      do await pipeline.runOnce();
      while ((await backlog()) > 0);
    },
    async memory() {
      sample();
      const { rss, heapUsed } = process.memoryUsage();
      // What the heap holds alive, after a full collection (the bench runs with --expose-gc).
      global.gc?.();
      return {
        peakRss: process.resourceUsage().maxRSS * 1024,
        rss,
        heapUsed,
        liveHeap: process.memoryUsage().heapUsed,
        atPeak,
      };
    },
    async close() {
      await running?.close();
      running = undefined;
      // After the reply is on its way.
      setImmediate(() => process.disconnect());
    },
  };
  process.on('message', (request: Request) => {
    const work = operations[request.operation] as (...args: unknown[]) => Promise<unknown>;
    work(...request.args).then(
      (result) => process.send?.({ id: request.id, result } satisfies Reply),
      (error: unknown) =>
        process.send?.({
          id: request.id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies Reply),
    );
  });
  // The bench is gone (finished, or failed): so is the service.
  process.on(
    'disconnect',
    () => void (running?.close() ?? Promise.resolve()).finally(() => process.exit(0)),
  );
}

if (process.argv.includes('--serve') && process.send) serve();
