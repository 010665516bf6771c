import { randomUUID } from 'node:crypto';
import { Column, Entity, EntityManager, PrimaryGeneratedColumn } from 'typeorm';
import type { TargetType } from '@bridge/contracts';
import type { Suggestion } from '../../match-engine/suggestion.entity';

export const DECISIONS = ['accepted', 'rejected', 'snoozed', 'unsnoozed'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * One decision of an advisor on a suggestion, kept as it was taken: append-only (a trigger refuses changes), written
 * in the transaction of the decision itself. The target's title is copied, as the advisor saw it then.
 */
@Entity({ name: 'suggestion_decisions' })
export class SuggestionDecision {
  /** The order they were taken in: the history's keyset. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'uuid' })
  id: string;

  @Column({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ type: 'text' })
  decision: Decision;

  /** The principal's subject id, as the audit log has it. */
  @Column({ name: 'decided_by', type: 'text' })
  decidedBy: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'snoozed_until', type: 'date', nullable: true })
  snoozedUntil: string | null;

  @Column({ name: 'target_type', type: 'text' })
  targetType: TargetType;

  @Column({ name: 'target_title', type: 'text' })
  targetTitle: string;
}

/** Appends a decision on the suggestion, in the caller's transaction. */
export async function recordDecision(
  manager: EntityManager,
  suggestion: Pick<Suggestion, 'id' | 'candidateId' | 'type' | 'target'>,
  decision: Pick<SuggestionDecision, 'decision' | 'decidedBy' | 'decidedAt'> &
    Partial<Pick<SuggestionDecision, 'reasonCode' | 'note' | 'snoozedUntil'>>,
): Promise<void> {
  await manager.insert(SuggestionDecision, {
    id: randomUUID(),
    suggestionId: suggestion.id,
    candidateId: suggestion.candidateId,
    targetType: suggestion.type,
    targetTitle: suggestion.target.title,
    reasonCode: null,
    note: null,
    snoozedUntil: null,
    ...decision,
  });
}
