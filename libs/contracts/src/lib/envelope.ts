import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { entityId, isoDateTime } from './common.schemas';
import { EVENT_PAYLOAD_SCHEMAS, PayloadInput, PayloadOf, Topic, TOPICS } from './topics';

export const SERVICES = ['matching', 'employers', 'training'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * The one envelope of every event. `type` is the topic name (schema version included);
 * `version` is the aggregate's version, so a consumer can ignore a late, older update.
 */
export interface EventEnvelope<T extends Topic = Topic> {
  eventId: string;
  type: T;
  version: number;
  occurredAt: string;
  producer: ServiceName;
  key: string;
  payload: PayloadOf<T>;
  correlationId?: string;
  causationId?: string;
}

const envelopeShape = z.object({
  eventId: z.uuid(),
  type: z.enum(TOPICS),
  version: z.number().int().min(1),
  occurredAt: isoDateTime,
  producer: z.enum(SERVICES),
  key: entityId,
  payload: z.unknown(),
  correlationId: z.string().max(128).optional(),
  causationId: z.string().max(128).optional(),
});

export class EventValidationError extends Error {
  constructor(
    readonly topic: string | undefined,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `invalid event${topic ? ` on ${topic}` : ''}: ` +
        issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; '),
    );
    this.name = 'EventValidationError';
  }
}

function toIssues(error: z.ZodError, prefix: string) {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Validates a payload against its topic's schema and returns the parsed (stripped) payload. */
export function parsePayload<T extends Topic>(topic: T, payload: unknown): PayloadOf<T> {
  const result = EVENT_PAYLOAD_SCHEMAS[topic].safeParse(payload);
  if (!result.success) throw new EventValidationError(topic, toIssues(result.error, 'payload'));
  return result.data as PayloadOf<T>;
}

/** Validates a whole envelope as it arrives from the bus (unknown input). */
export function parseEnvelope(raw: unknown): EventEnvelope {
  const result = envelopeShape.safeParse(raw);
  if (!result.success) {
    const topic =
      typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    throw new EventValidationError(
      typeof topic === 'string' ? topic : undefined,
      toIssues(result.error, ''),
    );
  }
  const envelope = result.data;
  return { ...envelope, payload: parsePayload(envelope.type, envelope.payload) } as EventEnvelope;
}

export interface NewEvent<T extends Topic> {
  topic: T;
  key: string;
  version: number;
  payload: PayloadInput<T>;
  correlationId?: string;
  causationId?: string;
}

/** Builds a validated envelope; throws EventValidationError for a payload that breaks its schema. */
export function createEnvelope<T extends Topic>(
  producer: ServiceName,
  event: NewEvent<T>,
  now: Date = new Date(),
): EventEnvelope<T> {
  return {
    eventId: randomUUID(),
    type: event.topic,
    version: event.version,
    occurredAt: now.toISOString(),
    producer,
    key: event.key,
    payload: parsePayload(event.topic, event.payload),
    ...(event.correlationId ? { correlationId: event.correlationId } : {}),
    ...(event.causationId ? { causationId: event.causationId } : {}),
  };
}

/** The dead-letter topic of a topic. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
