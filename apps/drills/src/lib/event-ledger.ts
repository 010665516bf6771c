import { Pool } from 'pg';
import {
  CANDIDATE_REGISTERED,
  CERTIFICATE_REGISTERED,
  CONSUMED_TOPICS,
  COVENANT_SIGNED,
  SCHOOL_PLACE_PUBLISHED,
  SERVICES,
  type ServiceName,
  type Topic,
  VACANCY_PUBLISHED,
} from '@bridge/contracts';
import { waitFor } from '@bridge/testing';
import type { Acknowledged } from './write-load';

/** Where each consumer keeps the aggregate a creation event brings it (its read model). */
const READ_MODELS: Partial<Record<Topic, { consumer: ServiceName; table: string; id: string }[]>> =
  {
    [CANDIDATE_REGISTERED]: [{ consumer: 'training', table: 'candidates', id: 'candidate_id' }],
    [COVENANT_SIGNED]: [
      { consumer: 'matching', table: 'covenants', id: 'covenant_id' },
      { consumer: 'training', table: 'covenants', id: 'covenant_id' },
    ],
    [VACANCY_PUBLISHED]: [{ consumer: 'matching', table: 'vacancies', id: 'vacancy_id' }],
    [SCHOOL_PLACE_PUBLISHED]: [
      { consumer: 'matching', table: 'school_places', id: 'school_place_id' },
    ],
    [CERTIFICATE_REGISTERED]: [
      { consumer: 'matching', table: 'candidate_certificates', id: 'certificate_id' },
    ],
  };

/** The last outbox row of each service when a drill began: what it wrote after is the drill's. */
export type Mark = Record<ServiceName, string>;

export interface DrillCounts {
  /** Writes the drill's client had acknowledged (2xx). */
  writes: number;
  /** Events the services wrote to their outboxes during the drill. */
  events: number;
  /** Events times the consumers each is meant for: what must be applied. */
  produced: number;
  /** Of those, applied (in the consumer's inbox, its read model holding the aggregate). */
  applied: number;
  /** Anything there twice: an aggregate created twice by retried writes, an event handled twice. */
  duplicates: number;
  /** Acknowledged writes without their event, and events not applied by a consumer meant for them. */
  lost: number;
  /** Outbox rows the relay has not yet published. */
  unpublished: number;
  /** Work matching's pipeline still has queued (index and match queues). */
  queued: number;
  /** Per consumer, the events meant for it it has not applied (what `lost` is made of, while draining). */
  behind: Partial<Record<ServiceName, number>>;
}

interface OutboxRow {
  event_id: string;
  topic: Topic;
  key: string;
  published: boolean;
}

/**
 * Counts what happened to every event a drill caused, straight from the services' databases:
 * the producers' outboxes, the consumers' inboxes and read models. The services are black boxes
 * here; only their tables are read, never written.
 */
export class EventLedger {
  private readonly pools: Record<ServiceName, Pool>;

  constructor(databaseUrls: Readonly<Record<ServiceName, string>>) {
    this.pools = Object.fromEntries(
      SERVICES.map((service) => {
        const pool = new Pool({
          connectionString: databaseUrls[service],
          max: 2,
          connectionTimeoutMillis: 2_000,
        });
        // The Postgres drill stops the server under the pool: idle connections die, new ones follow.
        pool.on('error', () => undefined);
        return [service, pool];
      }),
    ) as Record<ServiceName, Pool>;
  }

  async mark(): Promise<Mark> {
    const entries = await Promise.all(
      SERVICES.map(async (service) => {
        const { rows } = await this.pools[service].query<{ last: string }>(
          'SELECT coalesce(max(id), 0)::text AS last FROM outbox_messages',
        );
        return [service, rows[0].last] as const;
      }),
    );
    return Object.fromEntries(entries) as Mark;
  }

  /**
   * The counts of the events written after `from` (and up to `to`, when given); `acknowledged`,
   * what the client got answers for, when the window holds all its writes.
   */
  async count(from: Mark, acknowledged?: Acknowledged, to?: Mark): Promise<DrillCounts> {
    const outboxes = await Promise.all(
      SERVICES.map(async (service) => {
        const { rows } = await this.pools[service].query<OutboxRow>(
          `SELECT event_id, topic, message_key AS key, published_at IS NOT NULL AS published FROM outbox_messages
           WHERE id > $1 AND ($2::bigint IS NULL OR id <= $2::bigint) ORDER BY id`,
          [from[service], to?.[service] ?? null],
        );
        return rows;
      }),
    );
    const events = outboxes.flat();
    const counts: DrillCounts = {
      writes: acknowledged?.total ?? 0,
      events: events.length,
      produced: 0,
      applied: 0,
      duplicates: 0,
      lost: 0,
      unpublished: events.filter((event) => !event.published).length,
      queued: await this.matchingQueued(),
      behind: {},
    };

    // The producers: every acknowledged create has its event, and nothing was created twice.
    for (const [topic, ids] of acknowledged?.ids ?? []) {
      const keys = events.filter((event) => event.topic === topic).map((event) => event.key);
      const acknowledgedIds = new Set(ids);
      counts.lost += ids.filter((id) => !keys.includes(id)).length;
      counts.duplicates +=
        keys.length -
        new Set(keys).size +
        new Set(keys.filter((key) => !acknowledgedIds.has(key))).size;
      counts.duplicates += ids.length - acknowledgedIds.size;
    }

    // The consumers: each event once in the inbox of every consumer meant for it, its effect in the read model.
    for (const consumer of SERVICES) {
      const topics = new Set<string>(CONSUMED_TOPICS[consumer]);
      const meant = events.filter((event) => topics.has(event.topic));
      counts.produced += meant.length;
      const handled = await this.inbox(
        consumer,
        meant.map((event) => event.event_id),
      );
      for (const event of meant) {
        const times = handled.get(event.event_id) ?? 0;
        if (times > 0) counts.applied++;
        else counts.behind[consumer] = (counts.behind[consumer] ?? 0) + 1;
        counts.duplicates += Math.max(0, times - 1);
      }
      for (const [topic, models] of Object.entries(READ_MODELS) as [
        Topic,
        { consumer: ServiceName; table: string; id: string }[],
      ][]) {
        const handledKeys = meant
          .filter((event) => event.topic === topic && handled.has(event.event_id))
          .map((event) => event.key);
        for (const model of models.filter((m) => m.consumer === consumer)) {
          const held = await this.rowsPerId(consumer, model.table, model.id, handledKeys);
          // In the inbox but not in the read model: handled, but its effect is missing.
          counts.lost += handledKeys.filter((key) => !held.has(key)).length;
          counts.duplicates += [...held.values()].reduce((sum, n) => sum + n - 1, 0);
        }
      }
    }
    counts.lost += counts.produced - counts.applied;
    return counts;
  }

  /**
   * Waits until every event written after `from` (up to `to`) was published and applied everywhere,
   * and (without `to`: nothing is being written any more) matching's queues are empty; resolves with
   * the counts then.
   */
  async drained(
    from: Mark,
    timeoutMs: number,
    acknowledged?: Acknowledged,
    to?: Mark,
  ): Promise<DrillCounts> {
    let last: DrillCounts | undefined;
    try {
      return await waitFor(
        'every event published and applied, and matching caught up',
        async () => {
          last = await this.count(from, acknowledged, to);
          return last.unpublished === 0 &&
            last.applied === last.produced &&
            last.lost === 0 &&
            (to !== undefined || last.queued === 0)
            ? last
            : undefined;
        },
        timeoutMs,
        250,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; last counts: ${JSON.stringify(last)}`);
    }
  }

  async close(): Promise<void> {
    await Promise.all(SERVICES.map((service) => this.pools[service].end()));
  }

  private async inbox(consumer: ServiceName, eventIds: string[]): Promise<Map<string, number>> {
    const { rows } = await this.pools[consumer].query<{ event_id: string; times: number }>(
      'SELECT event_id, count(*)::int AS times FROM inbox_messages WHERE event_id = ANY($1::uuid[]) GROUP BY event_id',
      [eventIds],
    );
    return new Map(rows.map((row) => [row.event_id, row.times]));
  }

  private async rowsPerId(
    service: ServiceName,
    table: string,
    column: string,
    ids: string[],
  ): Promise<Map<string, number>> {
    const { rows } = await this.pools[service].query<{ id: string; times: number }>(
      `SELECT ${column} AS id, count(*)::int AS times FROM ${table} WHERE ${column} = ANY($1::text[]) GROUP BY ${column}`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.times]));
  }

  private async matchingQueued(): Promise<number> {
    const { rows } = await this.pools.matching.query<{ queued: number }>(
      'SELECT (SELECT count(*) FROM match_queue) + (SELECT count(*) FROM search_index_queue) AS queued',
    );
    return Number(rows[0].queued);
  }
}
