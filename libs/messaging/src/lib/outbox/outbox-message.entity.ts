import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EventEnvelope } from '@bridge/contracts';

/** An event written in the same transaction as the state change it describes. */
@Entity({ name: 'outbox_messages' })
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid', unique: true })
  eventId: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ name: 'message_key', type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  envelope: EventEnvelope;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
