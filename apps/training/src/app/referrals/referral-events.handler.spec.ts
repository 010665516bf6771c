import { randomUUID } from 'node:crypto';
import { REFERRAL_CREATED, REFERRAL_DECLINED, REFERRAL_WITHDRAWN } from '@bridge/contracts';
import { expectEventually } from '@bridge/testing';
import { aSchoolPlaceReferral } from '../../testing/referral.factory';
import { describeEachBackend, TrainingHarness } from '../../testing/training-test-harness';

describeEachBackend('school-place referrals read model', (harness) => {
  let h: TrainingHarness;
  beforeAll(() => {
    h = harness();
  });

  it('keeps a referral to a school place and follows its withdrawn and declined events', async () => {
    const placeId = randomUUID();
    const referral = aSchoolPlaceReferral(placeId, '25LX');
    await h.publish(REFERRAL_CREATED, referral.referralId, 1, referral);
    await expectEventually(async () =>
      expect(await h.referralRow(referral.referralId)).toMatchObject({
        schoolPlaceId: placeId,
        status: 'active',
        version: 1,
      }),
    );
    const ids = {
      referralId: referral.referralId,
      targetId: placeId,
      targetType: 'school-place' as const,
    };
    await h.publish(REFERRAL_DECLINED, referral.referralId, 2, ids);
    await expectEventually(async () =>
      expect(await h.referralRow(referral.referralId)).toMatchObject({
        status: 'declined',
        version: 2,
      }),
    );
  });

  it('does not let a late, older event overwrite a newer one', async () => {
    const placeId = randomUUID();
    const referral = aSchoolPlaceReferral(placeId, '25LX');
    // The withdrawn event (v2) overtakes the created event (v1).
    await h.publish(REFERRAL_WITHDRAWN, referral.referralId, 2, {
      referralId: referral.referralId,
      targetId: placeId,
      targetType: 'school-place',
    });
    await expectEventually(async () =>
      expect((await h.referralRow(referral.referralId))?.status).toBe('withdrawn'),
    );
    const marker = aSchoolPlaceReferral(placeId, '25LX');
    await h.publish(REFERRAL_CREATED, referral.referralId, 1, referral);
    // A later event on the bus shows the stale one was handled before it.
    await h.publish(REFERRAL_CREATED, marker.referralId, 1, marker);
    await expectEventually(async () =>
      expect(await h.referralRow(marker.referralId)).not.toBeNull(),
    );
    await expectEventually(async () =>
      expect(await h.referralRow(referral.referralId)).toMatchObject({
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
    await h.publish(REFERRAL_CREATED, vacancyReferral.referralId, 1, vacancyReferral);
    await h.publish(REFERRAL_CREATED, marker.referralId, 1, marker);
    await expectEventually(async () =>
      expect(await h.referralRow(marker.referralId)).not.toBeNull(),
    );
    await expectEventually(async () =>
      expect(await h.referralRow(vacancyReferral.referralId)).toBeNull(),
    );
  });
});
