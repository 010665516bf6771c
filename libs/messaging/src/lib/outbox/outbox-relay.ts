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
import { PollingLoop } from '../polling/polling-loop';
import { OutboxMessage } from './outbox-message.entity';

const BATCH_SIZE = 100;

/**
 * Publishes committed outbox rows in insertion order and marks them published. A crash between
 * publish and mark publishes the row again on restart (at least once); consumers de-duplicate
 * through their inbox. While the bus is down the rows wait, with backoff.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.loop = new PollingLoop({
      name: 'outbox relay',
      logger: new Logger(OutboxRelay.name),
      intervalMs: options.pollIntervalMs,
      round: () => this.publishPending(),
      // A full batch leaves more behind.
      hasMore: (published) => published === BATCH_SIZE,
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Publishes one batch; calls never overlap. Resolves with the number of rows published. */
  publishPending(): Promise<number> {
    return this.loop.exclusive(() => this.publishBatch());
  }

  /** Rows written but not yet published. */
  pendingCount(): Promise<number> {
    return this.dataSource.getRepository(OutboxMessage).count({ where: { publishedAt: IsNull() } });
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
