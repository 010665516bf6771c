import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event this service has handled; written in the same transaction as the handler's effect. */
@Entity({ name: 'inbox_messages' })
export class InboxMessage {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'now()' })
  handledAt: Date;
}
