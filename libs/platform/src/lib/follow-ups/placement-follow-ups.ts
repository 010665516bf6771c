import { FOLLOW_UP_CHECKPOINTS, type FollowUpCheckpoint } from '@bridge/contracts';
import { addCalendarMonths, isCalendarDate } from '../dates/calendar-date.util';
import { BadRequestProblem, ConflictProblem } from '../errors/domain-problem.exception';
import { decodeCursor, encodeCursor, hasStringFields } from '../paging/cursor.codec';
import { DEFAULT_PAGE_SIZE } from '../paging/page-query.dto';
import { Page, toPage } from '../paging/page.model';
import { ListPlacementFollowUpsQuery } from './list-placement-follow-ups.query';
import { PlacementFollowUpView } from './placement-follow-up.view';
import { RecordFollowUpDto } from './record-follow-up.dto';

/*
 * The follow-ups of placements, the same at the employers service (vacancies) and at training
 * (school places): each placement is asked about at 3 and 6 calendar months after its target's
 * start date. The checkpoints are derived, not stored, so a start date that moves moves them too;
 * each service stores only the answers.
 */

const MONTHS: Record<FollowUpCheckpoint, number> = { '3-months': 3, '6-months': 6 };

/** A placement as the follow-ups need it: its target's title and start date. */
export interface FollowedPlacement {
  placementId: string;
  targetId: string;
  targetTitle: string;
  referralId: string;
  startDate: string;
}

/** An answer recorded at a checkpoint. */
export interface FollowUpAnswer {
  checkpoint: FollowUpCheckpoint;
  holds: boolean;
  endedOn: string | null;
}

export interface RecordedFollowUp extends FollowUpAnswer {
  recordedAt: Date;
}

/** The day a checkpoint falls due: the start date plus its months, on the Dutch calendar. */
export function followUpDueOn(startDate: string, checkpoint: FollowUpCheckpoint): string {
  return addCalendarMonths(startDate, MONTHS[checkpoint]);
}

/** Both checkpoints of a placement, answered or not. */
export function followUpsOf(
  placement: FollowedPlacement,
  recorded: readonly RecordedFollowUp[],
): PlacementFollowUpView[] {
  return FOLLOW_UP_CHECKPOINTS.map((checkpoint) => {
    const answer = recorded.find((r) => r.checkpoint === checkpoint);
    return {
      ...placement,
      checkpoint,
      dueOn: followUpDueOn(placement.startDate, checkpoint),
      holds: answer?.holds ?? null,
      endedOn: answer?.endedOn ?? null,
      recordedAt: answer?.recordedAt.toISOString() ?? null,
    };
  });
}

/**
 * What an answer writes: the checkpoint itself and, when the placement no longer holds, each later
 * checkpoint not answered yet (a placement that ended at 3 months does not hold at 6, so nobody is
 * asked again). Refuses, naming the field: 400 an `endedOn` in the future, before the start date
 * or after the checkpoint (the placement then held there); 409 a checkpoint not yet due or already
 * answered, or an end before a later checkpoint that was answered as holding.
 */
export function followUpsToRecord(
  placement: FollowedPlacement,
  recorded: readonly RecordedFollowUp[],
  dto: RecordFollowUpDto,
  today: string,
): FollowUpAnswer[] {
  const { checkpoint, holds } = dto;
  const endedOn = holds ? null : (dto.endedOn ?? null);
  const dueOn = followUpDueOn(placement.startDate, checkpoint);
  if (endedOn !== null) {
    const problem =
      endedOn > today
        ? 'must not be in the future'
        : endedOn < placement.startDate
          ? `must not be before the start date ${placement.startDate}`
          : endedOn > dueOn
            ? `is after the checkpoint on ${dueOn}: the placement held then`
            : null;
    if (problem)
      throw new BadRequestProblem('Invalid input: endedOn', [
        { field: 'endedOn', message: problem },
      ]);
  }
  if (today < dueOn)
    throw new ConflictProblem(`The ${checkpoint} follow-up is due on ${dueOn}`, [
      { field: 'checkpoint', message: `is not due before ${dueOn}` },
    ]);
  if (recorded.some((r) => r.checkpoint === checkpoint))
    throw new ConflictProblem(`The ${checkpoint} follow-up is recorded already`, [
      { field: 'checkpoint', message: 'is recorded already' },
    ]);
  const later = FOLLOW_UP_CHECKPOINTS.filter((c) => MONTHS[c] > MONTHS[checkpoint]);
  if (holds) return [{ checkpoint, holds, endedOn }];
  const heldLater = recorded.find((r) => later.includes(r.checkpoint) && r.holds);
  if (heldLater)
    throw new ConflictProblem(`The placement was recorded as holding at ${heldLater.checkpoint}`, [
      { field: 'holds', message: `contradicts the ${heldLater.checkpoint} follow-up` },
    ]);
  const unanswered = later.filter((c) => !recorded.some((r) => r.checkpoint === c));
  return [
    { checkpoint, holds, endedOn },
    ...unanswered.map((c) => ({ checkpoint: c, holds, endedOn })),
  ];
}

type Rank = '0' | '1' | '2';

/** Due (reached, unanswered) first, then those not yet reached, then answered ones. */
function rankOf(view: PlacementFollowUpView, today: string): Rank {
  if (view.recordedAt !== null) return '2';
  return view.dueOn <= today ? '0' : '1';
}

interface Position {
  rank: Rank;
  dueOn: string;
  placementId: string;
  checkpoint: FollowUpCheckpoint;
}

function isPosition(value: unknown): value is Position {
  return (
    hasStringFields(value, 'rank', 'dueOn', 'placementId', 'checkpoint') &&
    ['0', '1', '2'].includes(value.rank) &&
    isCalendarDate(value.dueOn) &&
    (FOLLOW_UP_CHECKPOINTS as readonly string[]).includes(value.checkpoint)
  );
}

/**
 * Order within a rank: the earliest due first while unanswered, the latest first once answered;
 * then by placement and checkpoint, so the order is total and a cursor continues it.
 */
function compare(a: Position, b: Position): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  if (a.dueOn !== b.dueOn) return (a.dueOn < b.dueOn ? -1 : 1) * (a.rank === '2' ? -1 : 1);
  if (a.placementId !== b.placementId) return a.placementId < b.placementId ? -1 : 1;
  return a.checkpoint < b.checkpoint ? -1 : a.checkpoint > b.checkpoint ? 1 : 0;
}

/** One page of the follow-ups of `?status=` (default `due`), due ones first. */
export function pageOfFollowUps(
  views: readonly PlacementFollowUpView[],
  query: ListPlacementFollowUpsQuery,
  today: string,
): Page<PlacementFollowUpView> {
  const status = query.status ?? 'due';
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isPosition);
  const positioned = views
    .map((view) => ({ view, position: positionOf(view, today) }))
    .filter(({ position }) =>
      status === 'due'
        ? position.rank === '0'
        : status === 'recorded'
          ? position.rank === '2'
          : true,
    )
    .filter(({ position }) => after === undefined || compare(position, after) > 0)
    .sort((a, b) => compare(a.position, b.position));
  return toPage(
    positioned,
    query.limit ?? DEFAULT_PAGE_SIZE,
    ({ view }) => view,
    ({ position }) => encodeCursor({ ...position }),
  );
}

function positionOf(view: PlacementFollowUpView, today: string): Position {
  return {
    rank: rankOf(view, today),
    dueOn: view.dueOn,
    placementId: view.placementId,
    checkpoint: view.checkpoint,
  };
}

/** What reading a page of follow-ups audits: each referral on it once (a placement shows up to two checkpoints). */
export function followUpAuditSubjects(
  items: readonly PlacementFollowUpView[],
): { targetId: string; referralId: string }[] {
  const byReferral = new Map<string, { targetId: string; referralId: string }>();
  for (const { targetId, referralId } of items)
    if (!byReferral.has(referralId)) byReferral.set(referralId, { targetId, referralId });
  return [...byReferral.values()];
}

/** The recorded answers of each placement, by placement id. */
export function followUpsByPlacement<Row extends RecordedFollowUp & { placementId: string }>(
  rows: readonly Row[],
): Map<string, Row[]> {
  const byPlacement = new Map<string, Row[]>();
  for (const row of rows) {
    const answers = byPlacement.get(row.placementId);
    if (answers) answers.push(row);
    else byPlacement.set(row.placementId, [row]);
  }
  return byPlacement;
}

/** A second answer at a checkpoint (the unique key caught two at once): 409 naming the field. */
export function followUpRecordedAlready(checkpoint: FollowUpCheckpoint): ConflictProblem {
  return new ConflictProblem(`The ${checkpoint} follow-up is recorded already`, [
    { field: 'checkpoint', message: 'is recorded already' },
  ]);
}
