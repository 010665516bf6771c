import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { ServiceName } from '@bridge/contracts';
import { BusHealthContributor } from './bus/bus-health.contributor';
import { EventBus } from './bus/event-bus.port';
import { EventConsumer } from './consumer/event-consumer';
import { InProcessEventBus } from './in-process/in-process-event-bus';
import { KafkaBusOptions, KafkaEventBus } from './kafka/kafka-event-bus';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';

export interface MessagingModuleOptions {
  service: ServiceName;
  /** Kafka settings; without them the service uses the process's in-process bus. */
  kafka?: KafkaBusOptions;
  /** A bus to use instead (tests). */
  bus?: EventBus;
  pollIntervalMs?: number;
  handlerAttempts?: number;
}

/** Leaves the bus cleanly: a Kafka connection is closed, a shared in-process bus just loses this group. */
@Injectable()
class BusLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly bus: EventBus,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.bus instanceof InProcessEventBus) this.bus.unsubscribe(this.options.service);
    else await this.bus.close();
  }
}

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const resolved: MessagingOptions = {
      service: options.service,
      pollIntervalMs: options.pollIntervalMs ?? 250,
      handlerAttempts: options.handlerAttempts ?? 3,
    };
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: resolved },
        {
          provide: EventBus,
          useFactory: () =>
            options.bus ??
            (options.kafka ? new KafkaEventBus(options.kafka) : InProcessEventBus.shared()),
        },
        Outbox,
        OutboxRelay,
        EventConsumer,
        BusHealthContributor,
        BusLifecycle,
      ],
      exports: [EventBus, Outbox, OutboxRelay, EventConsumer, BusHealthContributor],
    };
  }
}
