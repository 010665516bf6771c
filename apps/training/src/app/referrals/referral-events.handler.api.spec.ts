import { randomUUID } from 'node:crypto';
import { REFERRAL_CREATED, REFERRAL_DECLINED, REFERRAL_WITHDRAWN } from '@bridge/contracts';
import { expectEventually } from '@bridge/testing';
import { ReferralStatusReferred1764300000800 } from '../migrations/1764300000800-referral-status-referred';
import { PlacementFollowUps1764300001600 } from '../migrations/1764300001600-placement-follow-ups';
import { aSchoolPlaceReferral } from '../testing/referral.factory';
import { describeOnEachBackend } from '../testing/training-test-app.fixture';

describeOnEachBackend('school-place referrals read model', (app) => {
  it('keeps a referral to a school place and follows its withdrawn and declined events', async () => {
    const placeId = randomUUID();
    const referral = aSchoolPlaceReferral(placeId, '25LX');
    await app.publish(REFERRAL_CREATED, referral.referralId, 1, referral);
    await expectEventually(async () =>
      expect(await app.referralRow(referral.referralId)).toMatchObject({
        schoolPlaceId: placeId,
        status: 'referred',
        version: 1,
      }),
    );
    const ids = {
      referralId: referral.referralId,
      targetId: placeId,
      targetType: 'school-place' as const,
    };
    await app.publish(REFERRAL_DECLINED, referral.referralId, 2, ids);
    await expectEventually(async () =>
      expect(await app.referralRow(referral.referralId)).toMatchObject({
        status: 'declined',
        version: 2,
      }),
    );
  });

  it.each([
    ['placed-elsewhere', 'placed-elsewhere', 'placed-elsewhere'],
    ['candidate-left', 'candidate-left', 'candidate-left'],
    ['none (an event from before reasons)', undefined, null],
  ] as const)('keeps the reason of a withdrawal: %s', async (_case, reason, stored) => {
    const placeId = randomUUID();
    const referral = aSchoolPlaceReferral(placeId, '25LX');
    await app.publish(REFERRAL_CREATED, referral.referralId, 1, referral);
    await app.publish(REFERRAL_WITHDRAWN, referral.referralId, 2, {
      referralId: referral.referralId,
      targetId: placeId,
      targetType: 'school-place',
      ...(reason !== undefined && { reason }),
    });
    await expectEventually(async () =>
      expect(await app.referralRow(referral.referralId)).toMatchObject({
        status: 'withdrawn',
        withdrawalReason: stored,
        version: 2,
      }),
    );
  });

  it('does not let a late, older event overwrite a newer one', async () => {
    const placeId = randomUUID();
    const referral = aSchoolPlaceReferral(placeId, '25LX');
    // The withdrawn event (v2) overtakes the created event (v1).
    await app.publish(REFERRAL_WITHDRAWN, referral.referralId, 2, {
      referralId: referral.referralId,
      targetId: placeId,
      targetType: 'school-place',
    });
    await expectEventually(async () =>
      expect((await app.referralRow(referral.referralId))?.status).toBe('withdrawn'),
    );
    const marker = aSchoolPlaceReferral(placeId, '25LX');
    await app.publish(REFERRAL_CREATED, referral.referralId, 1, referral);
    // A later event on the bus shows the stale one was handled before it.
    await app.publish(REFERRAL_CREATED, marker.referralId, 1, marker);
    await expectEventually(async () =>
      expect(await app.referralRow(marker.referralId)).not.toBeNull(),
    );
    await expectEventually(async () =>
      expect(await app.referralRow(referral.referralId)).toMatchObject({
        status: 'withdrawn',
        version: 2,
      }),
    );
  });

  it('ignores referrals to vacancies', async () => {
    const vacancyReferral = aSchoolPlaceReferral(randomUUID(), '25LX', {
      targetType: 'vacancy',
      employerId: 'employer-1',
      brin: null,
    });
    const marker = aSchoolPlaceReferral(randomUUID(), '25LX');
    await app.publish(REFERRAL_CREATED, vacancyReferral.referralId, 1, vacancyReferral);
    await app.publish(REFERRAL_CREATED, marker.referralId, 1, marker);
    await expectEventually(async () =>
      expect(await app.referralRow(marker.referralId)).not.toBeNull(),
    );
    await expectEventually(async () =>
      expect(await app.referralRow(vacancyReferral.referralId)).toBeNull(),
    );
  });

  it('renames rows and the CHECK constraint both ways in migration 800 (referred ⇄ active)', async () => {
    const referral = await app.referToSchoolPlace(randomUUID(), '25LX');
    // One connection throughout: the embedded database has no second one to give.
    const queryRunner = app.dataSource.createQueryRunner();
    const statusOf = async () =>
      (
        (await queryRunner.query(
          'SELECT status FROM school_place_referrals WHERE referral_id = $1',
          [referral],
        )) as { status: string }[]
      )[0].status;
    const migration = new ReferralStatusReferred1764300000800();
    try {
      await migration.down(queryRunner);
      expect(await statusOf()).toBe('active');
      await expect(
        queryRunner.query(
          `UPDATE school_place_referrals SET status = 'referred' WHERE referral_id = $1`,
          [referral],
        ),
      ).rejects.toThrow(/school_place_referrals_status_check/);
      await migration.up(queryRunner);
      expect(await statusOf()).toBe('referred');
    } finally {
      await queryRunner.release();
    }
  });

  it('takes migration 1600 down and up again: reasons, placement ids and the follow-ups table go and come back', async () => {
    const referral = await app.referToSchoolPlace(randomUUID(), '25LX');
    // One connection throughout: the embedded database has no second one to give.
    const queryRunner = app.dataSource.createQueryRunner();
    const columns = async () =>
      (
        (await queryRunner.query(
          `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
            WHERE (table_name, column_name) IN (('school_place_referrals', 'withdrawal_reason'),
              ('school_place_placements', 'id'), ('school_place_placement_follow_ups', 'checkpoint'))
            ORDER BY 1`,
        )) as { name: string }[]
      ).map((row) => row.name);
    const migration = new PlacementFollowUps1764300001600();
    try {
      await migration.down(queryRunner);
      expect(await columns()).toEqual([]);
      await migration.up(queryRunner);
      expect(await columns()).toEqual([
        'school_place_placement_follow_ups.checkpoint',
        'school_place_placements.id',
        'school_place_referrals.withdrawal_reason',
      ]);
    } finally {
      await queryRunner.release();
    }
    expect(await app.referralRow(referral)).toMatchObject({ status: 'referred' });
  });
});
