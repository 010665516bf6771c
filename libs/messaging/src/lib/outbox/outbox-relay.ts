import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { EventBus } from '../bus/event-bus.port';
import { toBusMessage } from '../bus/headers';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { OutboxMessage } from './outbox-message.entity';

const BATCH_SIZE = 100;
const MAX_BACKOFF_MS = 10_000;

/**
 * Publishes committed outbox rows in insertion order and marks them published. A crash between
 * publish and mark publishes the row again on restart (at least once); consumers de-duplicate
 * through their inbox. While the bus is down the rows wait, with backoff.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private failures = 0;
  private inFlight: Promise<number> = Promise.resolve(0);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight.catch(() => undefined);
  }

  /** Publishes one batch; calls never overlap. Resolves with the number of rows published. */
  publishPending(): Promise<number> {
    const next = this.inFlight.catch(() => 0).then(() => this.publishBatch());
    this.inFlight = next;
    return next;
  }

  /** Rows written but not yet published. */
  pendingCount(): Promise<number> {
    return this.dataSource.getRepository(OutboxMessage).count({ where: { publishedAt: IsNull() } });
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick() {
    let delay = this.options.pollIntervalMs;
    try {
      const published = await this.publishPending();
      if (this.failures > 0) this.logger.log('outbox relay resumed publishing');
      this.failures = 0;
      if (published === BATCH_SIZE) delay = 0;
    } catch (error) {
      this.failures++;
      delay = Math.min(this.options.pollIntervalMs * 2 ** this.failures, MAX_BACKOFF_MS);
      this.logger.warn(
        `outbox relay could not publish, retrying in ${delay} ms: ${(error as Error).message}`,
      );
    }
    this.schedule(delay);
  }

  private async publishBatch(): Promise<number> {
    const repository = this.dataSource.getRepository(OutboxMessage);
    const rows = await repository.find({
      where: { publishedAt: IsNull() },
      order: { id: 'ASC' },
      take: BATCH_SIZE,
    });
    if (rows.length === 0) return 0;
    await this.bus.publish(rows.map((row) => toBusMessage(row.envelope)));
    await repository.update({ id: In(rows.map((row) => row.id)) }, { publishedAt: new Date() });
    return rows.length;
  }
}
