import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { createEnvelope, EventEnvelope, NewEvent, Topic } from '@bridge/contracts';
import { currentCorrelationId } from '../correlation/correlation-context';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Records outgoing events in the caller's transaction: the event exists exactly when the state
 * change it describes was committed. The payload is validated here, so a bad event rolls back
 * the write instead of reaching the bus. An event without a correlation id gets the one of the work
 * in progress (`currentCorrelationId`), so no caller has to pass it along.
 */
@Injectable()
export class Outbox {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  async record<T extends Topic>(
    manager: EntityManager,
    event: NewEvent<T>,
  ): Promise<EventEnvelope<T>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        `outbox: ${event.topic} must be recorded inside the transaction of its state change`,
      );
    }
    const envelope = createEnvelope(this.options.service, {
      ...event,
      correlationId: event.correlationId ?? currentCorrelationId(),
    });
    await manager.insert(OutboxMessage, {
      eventId: envelope.eventId,
      topic: envelope.type,
      key: envelope.key,
      envelope: envelope as EventEnvelope,
    });
    return envelope;
  }
}
