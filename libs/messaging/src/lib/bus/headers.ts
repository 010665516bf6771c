import { EventEnvelope } from '@bridge/contracts';
import { BusMessage } from './event-bus.port';

/** Event metadata travels in headers too, so tools can route and trace without parsing. */
export function toBusMessage(envelope: EventEnvelope): BusMessage {
  return {
    topic: envelope.type,
    key: envelope.key,
    value: JSON.stringify(envelope),
    headers: {
      'event-id': envelope.eventId,
      'event-type': envelope.type,
      producer: envelope.producer,
      'aggregate-version': String(envelope.version),
      ...(envelope.correlationId ? { 'correlation-id': envelope.correlationId } : {}),
      ...(envelope.causationId ? { 'causation-id': envelope.causationId } : {}),
    },
  };
}
