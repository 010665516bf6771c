import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  deadLetterTopic,
  EventEnvelope,
  EventValidationError,
  parseEnvelope,
  Topic,
} from '@bridge/contracts';
import { BusMessage, EventBus } from '../bus/event-bus.port';
import { handlingEvents } from '../correlation/correlation-context';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import {
  EventHandlerFn,
  EventRunHandlerFn,
  HandlerRegistration,
  HANDLES_EVENT,
} from './handles-event.decorator';

const RETRY_DELAY_MS = 200;

/** A topic's handler: one that takes an event at a time, or a run of them (`HandlesEvents`). */
type RegisteredHandler =
  | { run: false; handle: EventHandlerFn }
  | { run: true; handle: EventRunHandlerFn };

/**
 * Delivers bus messages to the service's @HandlesEvent methods: validated, once per event id
 * (inbox row and effects in one transaction), with retries. A topic may have several handlers, one
 * per module that reacts to it (a read model, and the module that follows the same event): they run
 * one after the other, in the order their providers are discovered, inside that one transaction, so
 * all their effects are kept or none is and the event is retried whole; none may rely on another's
 * effect. A handler marked `HandlesEvents` is given each run of consecutive events of its topic at once.
 * A message that is malformed, or keeps failing while the database is fine, goes to
 * `<topic>.dlq` so it cannot block its partition. When the database itself is unreachable the
 * message is not acknowledged and comes back later.
 */
@Injectable()
export class EventConsumer implements OnApplicationShutdown {
  private readonly logger = new Logger(EventConsumer.name);
  private handlers?: Map<Topic, RegisteredHandler[]>;
  private started = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly bus: EventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  /** Subscribes the service's consumer group; called after the HTTP server listens. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const topics = [...this.registeredHandlers().keys()];
    if (topics.length === 0) return;
    await this.bus.subscribe(this.options.service, topics, (messages) =>
      this.handleBatch(messages),
    );
    this.logger.log(`consuming ${topics.length} topics as group ${this.options.service}`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.started = false;
  }

  /**
   * A delivered batch: in one transaction (one inbox insert, every handler in order) when all of it
   * goes through, which saves a round of statements per event; otherwise message by message, so
   * a malformed or failing event is retried or dead-lettered on its own and holds back no other.
   */
  async handleBatch(messages: BusMessage[]): Promise<void> {
    if (messages.length > 1 && (await this.handledTogether(messages))) return;
    for (const message of messages) await this.handle(message);
  }

  async handle(message: BusMessage): Promise<void> {
    let envelope: EventEnvelope;
    try {
      envelope = envelopeOf(message);
    } catch (error) {
      await this.deadLetter(message, error);
      return;
    }
    if (!this.registeredHandlers().has(envelope.type)) return;

    let lastError: unknown;
    for (let attempt = 1; attempt <= this.options.handlerAttempts; attempt++) {
      try {
        await this.handleOnce([envelope]);
        return;
      } catch (error) {
        lastError = error;
        if (attempt < this.options.handlerAttempts) await sleep(RETRY_DELAY_MS * attempt);
      }
    }
    if (!(await this.databaseReachable())) throw lastError;
    await this.deadLetter(message, lastError);
  }

  /**
   * Runs the handlers of events not handled before, in order, in one transaction with their inbox
   * rows: all their effects are kept or none is.
   */
  private async handleOnce(envelopes: EventEnvelope[]): Promise<void> {
    const handled = envelopes.filter((envelope) => this.registeredHandlers().has(envelope.type));
    if (handled.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const inserted: { event_id: string }[] = await manager.query(
        `INSERT INTO inbox_messages (event_id, topic) SELECT * FROM unnest($1::uuid[], $2::text[])
         ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [handled.map((e) => e.eventId), handled.map((e) => e.type)],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      // An event delivered twice within one batch runs once.
      const once = handled.filter((envelope) => fresh.delete(envelope.eventId));
      for (const run of runsOfOneTopic(once)) {
        for (const handler of this.registeredHandlers().get(run[0].type) ?? []) {
          if (handler.run) await handlingEvents(run, () => handler.handle(run, manager));
          else
            for (const envelope of run)
              await handlingEvents([envelope], () => handler.handle(envelope, manager));
        }
      }
    });
  }

  /** Whether the whole batch took effect in one transaction (nothing of it did, when not). */
  private async handledTogether(messages: BusMessage[]): Promise<boolean> {
    try {
      // A malformed message fails the batch: the one-by-one path dead-letters it.
      await this.handleOnce(messages.map(envelopeOf));
      return true;
    } catch (error) {
      this.logger.debug(
        `a batch of ${messages.length} failed together, handling it message by message: ${(error as Error).message}`,
      );
      return false;
    }
  }

  private async deadLetter(message: BusMessage, error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(
      `dead-lettering a message of ${message.topic} (key ${message.key}): ${reason}`,
    );
    await this.bus.publish([
      {
        topic: deadLetterTopic(message.topic),
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'dlq-error': reason.slice(0, 2_000),
          'dlq-original-topic': message.topic,
          'dlq-consumer-group': this.options.service,
          'dlq-failed-at': new Date().toISOString(),
        },
      },
    ]);
  }

  private async databaseReachable(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  private registeredHandlers(): Map<Topic, RegisteredHandler[]> {
    if (this.handlers) return this.handlers;
    const handlers = new Map<Topic, RegisteredHandler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = (instance as Record<string, unknown>)[name];
        if (typeof method !== 'function') continue;
        const registration: HandlerRegistration | undefined = Reflect.getMetadata(
          HANDLES_EVENT,
          method,
        );
        if (!registration) continue;
        const handle = (method as EventHandlerFn & EventRunHandlerFn).bind(instance);
        const { topic, run } = registration;
        handlers.set(topic, [
          ...(handlers.get(topic) ?? []),
          run ? { run, handle } : { run, handle },
        ]);
      }
    }
    this.handlers = handlers;
    return handlers;
  }
}

/** The envelopes cut into runs of consecutive ones of the same topic, in order. */
function runsOfOneTopic(envelopes: EventEnvelope[]): EventEnvelope[][] {
  const runs: EventEnvelope[][] = [];
  for (const envelope of envelopes) {
    const last = runs[runs.length - 1];
    if (last && last[0].type === envelope.type) last.push(envelope);
    else runs.push([envelope]);
  }
  return runs;
}

/** The message's envelope, validated, and on its own topic; throws when not. */
function envelopeOf(message: BusMessage): EventEnvelope {
  const envelope = parseEnvelope(JSON.parse(message.value));
  if (envelope.type !== message.topic) {
    throw new EventValidationError(message.topic, [
      { path: 'type', message: `${envelope.type} arrived on ${message.topic}` },
    ]);
  }
  return envelope;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
