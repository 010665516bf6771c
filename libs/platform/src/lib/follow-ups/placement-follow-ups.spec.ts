import { BadRequestProblem, ConflictProblem } from '../errors/domain-problem.exception';
import {
  FollowedPlacement,
  followUpAuditSubjects,
  followUpsOf,
  followUpsToRecord,
  pageOfFollowUps,
  RecordedFollowUp,
} from './placement-follow-ups';
import { PlacementFollowUpView } from './placement-follow-up.view';

const placement = (placementId: string, startDate = '2026-08-31'): FollowedPlacement => ({
  placementId,
  targetId: 'c0a80101-0000-4000-8000-000000000001',
  targetTitle: 'Medewerker houtbewerking',
  referralId: 'c0a80101-0000-4000-8000-000000000002',
  startDate,
});
const answered = (
  checkpoint: RecordedFollowUp['checkpoint'],
  holds: boolean,
  endedOn: string | null = null,
): RecordedFollowUp => ({
  checkpoint,
  holds,
  endedOn,
  recordedAt: new Date('2026-12-01T09:00:00Z'),
});

function refusal(run: () => unknown): { type: string; fields: string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof BadRequestProblem || error instanceof ConflictProblem)
      return { type: error.code, fields: (error.errors ?? []).map((e) => e.field) };
    throw error;
  }
  throw new Error('not refused');
}

describe('placement follow-ups', () => {
  it('falls due 3 and 6 calendar months after the start date', () => {
    expect(followUpsOf(placement('p1'), []).map((v) => [v.checkpoint, v.dueOn])).toEqual([
      ['3-months', '2026-11-30'],
      ['6-months', '2027-02-28'],
    ]);
  });

  it('records an answer on its due date, not the day before', () => {
    const dto = { checkpoint: '3-months' as const, holds: true };
    expect(refusal(() => followUpsToRecord(placement('p1'), [], dto, '2026-11-29'))).toEqual({
      type: 'conflict',
      fields: ['checkpoint'],
    });
    expect(followUpsToRecord(placement('p1'), [], dto, '2026-11-30')).toEqual([
      { checkpoint: '3-months', holds: true, endedOn: null },
    ]);
  });

  it('answers the 6-month checkpoint too when the placement ended before 3 months', () => {
    const dto = { checkpoint: '3-months' as const, holds: false, endedOn: '2026-10-01' };
    expect(followUpsToRecord(placement('p1'), [], dto, '2026-12-01')).toEqual([
      { checkpoint: '3-months', holds: false, endedOn: '2026-10-01' },
      { checkpoint: '6-months', holds: false, endedOn: '2026-10-01' },
    ]);
  });

  it.each([
    ['in the future', '2026-12-02'],
    ['before the start date', '2026-08-30'],
    ['after the checkpoint', '2026-12-01'],
  ])('refuses an endedOn %s with a 400 naming endedOn', (_case, endedOn) => {
    const dto = { checkpoint: '3-months' as const, holds: false, endedOn };
    expect(refusal(() => followUpsToRecord(placement('p1'), [], dto, '2026-12-01'))).toEqual({
      type: 'bad-request',
      fields: ['endedOn'],
    });
  });

  it('refuses a second answer and an end that contradicts a later answer', () => {
    const holding = [answered('6-months', true)];
    expect(
      refusal(() =>
        followUpsToRecord(
          placement('p1'),
          holding,
          { checkpoint: '6-months', holds: true },
          '2027-03-01',
        ),
      ),
    ).toEqual({ type: 'conflict', fields: ['checkpoint'] });
    expect(
      refusal(() =>
        followUpsToRecord(
          placement('p1'),
          holding,
          { checkpoint: '3-months', holds: false },
          '2027-03-01',
        ),
      ),
    ).toEqual({ type: 'conflict', fields: ['holds'] });
  });

  it('lists due ones first, then those not reached, then answered ones; pages with a cursor', () => {
    const views = [
      ...followUpsOf(placement('p1', '2026-08-31'), [answered('3-months', true)]),
      ...followUpsOf(placement('p2', '2026-06-15'), []),
    ];
    const today = '2026-12-20';
    const order = (status: 'due' | 'recorded' | 'all', limit = 10) =>
      pageOfFollowUps(views, { status, limit }, today).items.map(
        (v) => `${v.placementId} ${v.checkpoint}`,
      );
    expect(order('all')).toEqual(['p2 3-months', 'p2 6-months', 'p1 6-months', 'p1 3-months']);
    expect(order('due')).toEqual(['p2 3-months', 'p2 6-months']);
    expect(order('recorded')).toEqual(['p1 3-months']);
    const first = pageOfFollowUps(views, { status: 'all', limit: 3 }, today);
    expect(first.nextCursor).not.toBeNull();
    const next = pageOfFollowUps(
      views,
      { status: 'all', limit: 3, cursor: first.nextCursor ?? undefined },
      today,
    );
    expect(next).toEqual({ items: [views[0]], nextCursor: null });
    expect(refusal(() => pageOfFollowUps(views, { cursor: 'garbage' }, today))).toEqual({
      type: 'bad-request',
      fields: ['cursor'],
    });
  });
});

describe('followUpAuditSubjects', () => {
  it('names each referral of a page once, in the order of the page', () => {
    const item = (referralId: string, checkpoint: '3-months' | '6-months') =>
      ({ referralId, targetId: `target-of-${referralId}`, checkpoint }) as PlacementFollowUpView;
    expect(
      followUpAuditSubjects([
        item('r2', '3-months'),
        item('r1', '3-months'),
        item('r2', '6-months'),
      ]),
    ).toEqual([
      { targetId: 'target-of-r2', referralId: 'r2' },
      { targetId: 'target-of-r1', referralId: 'r1' },
    ]);
  });
});
