import { randomUUID } from 'node:crypto';
import { REFERRAL_DECLINED, REFERRAL_WITHDRAWN } from '@bridge/contracts';
import { PlacementFollowUps1764300001600 } from '../migrations/1764300001600-placement-follow-ups';
import { describeOnEachBackend } from '../testing/employers-test-app.fixture';

describeOnEachBackend('referrals read model', (app) => {
  const target = { vacancyId: randomUUID(), employerId: randomUUID() };

  it('keeps a vacancy referral from matching.referral.created.v1', async () => {
    const created = app.referralCreated(target);
    await app.deliver(created);
    expect(await app.referral(created.payload.referralId)).toEqual({
      status: 'referred',
      version: 1,
      employerId: target.employerId,
      withdrawalReason: null,
    });
  });

  it.each([
    ['withdrawn', REFERRAL_WITHDRAWN],
    ['declined', REFERRAL_DECLINED],
  ] as const)('marks a referral %s', async (status, topic) => {
    const created = app.referralCreated(target);
    await app.deliver(created);
    await app.deliver(app.referralEnded(topic, created.payload.referralId, target.vacancyId, 2));
    expect(await app.referral(created.payload.referralId)).toMatchObject({ status, version: 2 });
  });

  it.each([
    ['with', 'placed-elsewhere', 'placed-elsewhere'],
    ['with', 'consent-withdrawn', 'consent-withdrawn'],
    ['without', undefined, null],
  ] as const)('keeps the reason of a withdrawal %s one (%s)', async (_with, reason, stored) => {
    const created = app.referralCreated(target);
    await app.deliver(created);
    await app.deliver(
      app.referralEnded(
        REFERRAL_WITHDRAWN,
        created.payload.referralId,
        target.vacancyId,
        2,
        reason,
      ),
    );
    expect(await app.referral(created.payload.referralId)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: stored,
    });
  });

  it('keeps the reason of a withdrawal that overtook the creation, and none for a decline', async () => {
    const referralId = randomUUID();
    await app.deliver(
      app.referralEnded(REFERRAL_WITHDRAWN, referralId, target.vacancyId, 2, 'candidate-left'),
    );
    expect(await app.referral(referralId)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'candidate-left',
    });
    const declined = app.referralCreated(target);
    await app.deliver(declined);
    await app.deliver(
      app.referralEnded(REFERRAL_DECLINED, declined.payload.referralId, target.vacancyId, 2),
    );
    expect(await app.referral(declined.payload.referralId)).toMatchObject({
      status: 'declined',
      withdrawalReason: null,
    });
  });

  it('applies only newer versions: a late creation does not revive a withdrawn referral', async () => {
    const referralId = randomUUID();
    await app.deliver(app.referralEnded(REFERRAL_WITHDRAWN, referralId, target.vacancyId, 2));
    await app.deliver(app.referralCreated(target, { referralId, version: 1 }));
    expect(await app.referral(referralId)).toMatchObject({ status: 'withdrawn', version: 2 });
  });

  it('handles each event once: a redelivered envelope changes nothing', async () => {
    const created = app.referralCreated(target, { version: 3 });
    await app.deliver(created);
    await app.deliver(
      app.referralEnded(REFERRAL_DECLINED, created.payload.referralId, target.vacancyId, 4),
    );
    await app.deliver(created);
    expect(await app.referral(created.payload.referralId)).toMatchObject({
      status: 'declined',
      version: 4,
    });
  });

  it('ignores referrals to school places (training keeps those)', async () => {
    const created = app.referralCreated(target, { targetType: 'school-place' });
    await app.deliver(created);
    expect(await app.referral(created.payload.referralId)).toBeNull();
  });

  it('takes migration 1600 down and up again: the reasons and the follow-ups table go and come back', async () => {
    const created = app.referralCreated(target);
    await app.deliver(created);
    // One connection throughout: the embedded database has no second one to give.
    const queryRunner = app.dataSource.createQueryRunner();
    const columns = async () =>
      (
        (await queryRunner.query(
          `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
            WHERE column_name IN ('withdrawal_reason', 'checkpoint') ORDER BY 1`,
        )) as { name: string }[]
      ).map((row) => row.name);
    const migration = new PlacementFollowUps1764300001600();
    try {
      await migration.down(queryRunner);
      expect(await columns()).toEqual([]);
      await migration.up(queryRunner);
      expect(await columns()).toEqual([
        'placement_follow_ups.checkpoint',
        'referrals.withdrawal_reason',
      ]);
    } finally {
      await queryRunner.release();
    }
    expect(await app.referral(created.payload.referralId)).toMatchObject({ status: 'referred' });
  });
});
