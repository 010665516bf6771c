import { CronExpression, SchedulerRegistry } from '@nestjs/schedule';
import { VACANCY_PLACEMENT_RECORDED } from '@bridge/contracts';
import { PlatformLogger } from '@bridge/platform';
import {
  ADMIN,
  daysFromToday,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
} from '../testing/employers-test-app.fixture';

/**
 * The timed closing of vacancies, run through `closeDue(today)` with chosen dates (the timer only
 * calls it with the real today). Each test publishes its own vacancies and looks at those only: a
 * run with a later date also closes what earlier tests left due.
 */
describeOnEachBackend('vacancy expiry', (app) => {
  let employerId: string;
  let covenantId: string;
  const publish = (overrides: Record<string, unknown> = {}) =>
    app.publishVacancy(employerId, covenantId, overrides);

  beforeAll(async () => {
    employerId = (await app.registerEmployer()).id;
    covenantId = (await app.signCovenant({ employerId, validTo: daysFromToday(2000) })).id;
  });

  it('keeps a vacancy open through its expiry day and closes it the day after: version + 1, reason expired', async () => {
    const vacancy = await publish({ expiresOn: daysFromToday(5) });
    expect(await app.vacancyExpiry.closeDue(daysFromToday(5))).toMatchObject({ expired: 0 });
    expect(await app.vacancyRow(vacancy.id)).toMatchObject({ status: 'open', version: 1 });

    expect((await app.vacancyExpiry.closeDue(daysFromToday(6))).expired).toBeGreaterThanOrEqual(1);
    expect(await app.vacancyRow(vacancy.id)).toMatchObject({
      status: 'closed',
      version: 2,
      closeReason: null,
    });
    expect(
      (await app.as(employerClaims(employerId)).get(`/vacancies/${vacancy.id}`)).body,
    ).toMatchObject({
      status: 'closed',
      version: 2,
    });
    expect(await app.closings(vacancy.id)).toEqual([[2, 'expired']]);
  });

  it('writes nothing when nothing is due, and nothing more on a second run', async () => {
    const vacancy = await publish({ expiresOn: daysFromToday(7) });
    const before = await app.counts();
    expect(await app.vacancyExpiry.closeDue(daysFromToday(0))).toEqual({
      covenantEnded: 0,
      expired: 0,
    });
    expect(await app.counts()).toEqual(before);

    await app.vacancyExpiry.closeDue(daysFromToday(8));
    const afterFirst = await app.counts();
    expect(await app.vacancyExpiry.closeDue(daysFromToday(8))).toEqual({
      covenantEnded: 0,
      expired: 0,
    });
    expect(await app.counts()).toEqual(afterFirst);
    expect(await app.closings(vacancy.id)).toEqual([[2, 'expired']]);
  });

  it('never expires a vacancy without expiresOn, nor touches filled or closed ones', async () => {
    const endless = await publish({ expiresOn: null });
    const filled = await publish({ openings: 1, expiresOn: daysFromToday(3) });
    expect(
      (
        await app
          .as(ADMIN)
          .post(`/vacancies/${filled.id}/placements`, { referralId: await app.refer(filled) })
      ).status,
    ).toBe(201);
    const closed = await publish({ expiresOn: daysFromToday(3) });
    expect((await app.as(ADMIN).post(`/vacancies/${closed.id}/close`, {})).status).toBe(200);

    await app.vacancyExpiry.closeDue(daysFromToday(1000));
    expect(await app.vacancyRow(endless.id)).toMatchObject({ status: 'open', version: 1 });
    expect(await app.vacancyRow(filled.id)).toMatchObject({ status: 'filled', version: 2 });
    expect(await app.vacancyRow(closed.id)).toMatchObject({ status: 'closed', version: 2 });
    expect(await app.closings(closed.id)).toEqual([[2, 'closed-by-employer']]);
  });

  it('closes the vacancies of a covenant that lapsed (past its validTo) as covenant-ended, also when expired too', async () => {
    const lapsing = (await app.signCovenant({ employerId, validTo: daysFromToday(20) })).id;
    const plain = await app.publishVacancy(employerId, lapsing, {
      startDate: daysFromToday(10),
      expiresOn: null,
    });
    const expiring = await app.publishVacancy(employerId, lapsing, {
      startDate: daysFromToday(10),
      expiresOn: daysFromToday(15),
    });

    await app.vacancyExpiry.closeDue(daysFromToday(20));
    expect(await app.vacancyRow(plain.id)).toMatchObject({ status: 'open' });
    expect(await app.closings(expiring.id)).toEqual([[2, 'expired']]);

    await app.vacancyExpiry.closeDue(daysFromToday(21));
    expect(await app.closings(plain.id)).toEqual([[2, 'covenant-ended']]);

    const both = await app.publishVacancy(employerId, lapsing, {
      startDate: daysFromToday(10),
      expiresOn: daysFromToday(12),
    });
    await app.vacancyExpiry.closeDue(daysFromToday(30));
    expect(await app.closings(both.id)).toEqual([[2, 'covenant-ended']]);
  });

  it('answers 409 to changes, closes and placements once a vacancy has expired, and writes nothing', async () => {
    const vacancy = await publish({ expiresOn: daysFromToday(2) });
    const referralId = await app.refer(vacancy);
    await app.vacancyExpiry.closeDue(daysFromToday(3));
    const employer = app.as(employerClaims(employerId));
    const before = await app.counts();
    expectProblem(await employer.patch(`/vacancies/${vacancy.id}`, { title: 'Later' }), 409);
    expectProblem(await employer.post(`/vacancies/${vacancy.id}/close`, {}), 409);
    expectProblem(await employer.post(`/vacancies/${vacancy.id}/placements`, { referralId }), 409);
    expect(await app.counts()).toEqual(before);
  });

  it('stays exact next to concurrent placements: each opening taken once, closed at most once, versions in order', async () => {
    const vacancy = await publish({ openings: 3, expiresOn: daysFromToday(1) });
    const referralIds: string[] = [];
    for (let i = 0; i < 6; i++) referralIds.push(await app.refer(vacancy));
    const employer = app.as(employerClaims(employerId));

    const [, ...answers] = await Promise.all([
      app.vacancyExpiry.closeDue(daysFromToday(2)),
      ...referralIds.map((referralId) =>
        employer.post(`/vacancies/${vacancy.id}/placements`, { referralId }),
      ),
    ]);

    const placed = answers.filter((res) => res.status === 201).length;
    expect(answers.every((res) => res.status === 201 || res.status === 409)).toBe(true);
    expect(placed).toBeLessThanOrEqual(3);
    const row = await app.vacancyRow(vacancy.id);
    const closings = await app.closings(vacancy.id);
    if (row.status === 'filled') {
      expect([placed, closings]).toEqual([3, []]);
    } else {
      expect(row.status).toBe('closed');
      expect(closings).toEqual([[placed + 2, 'expired']]);
    }
    expect(row).toMatchObject({ openingsLeft: 3 - placed, version: placed + 1 + closings.length });
    const placements = (await app.outbox(VACANCY_PLACEMENT_RECORDED)).filter(
      (e) => e.key === vacancy.id,
    );
    expect(placements.map((e) => e.version)).toEqual(
      Array.from({ length: placed }, (_, i) => i + 2),
    );
  });

  it('closes each due vacancy once when runs overlap, or race an employer’s close', async () => {
    const due = [
      await publish({ expiresOn: daysFromToday(1) }),
      await publish({ expiresOn: daysFromToday(1) }),
    ];
    const raced = await publish({ expiresOn: daysFromToday(1) });
    const [, , byEmployer] = await Promise.all([
      app.vacancyExpiry.closeDue(daysFromToday(2)),
      app.vacancyExpiry.closeDue(daysFromToday(2)),
      app.as(employerClaims(employerId)).post(`/vacancies/${raced.id}/close`, {}),
    ]);
    for (const vacancy of due) expect(await app.closings(vacancy.id)).toEqual([[2, 'expired']]);
    expect(await app.closings(raced.id)).toEqual([
      [2, byEmployer.status === 200 ? 'closed-by-employer' : 'expired'],
    ]);
    expect([200, 409]).toContain(byEmployer.status);
  });

  it('logs a failed run and loses nothing: the due vacancy closes on a later run', async () => {
    const vacancy = await publish({ expiresOn: daysFromToday(4) });
    const warn = jest.spyOn(app.service.app.get(PlatformLogger), 'warn');
    jest
      .spyOn(app.vacancyExpiry, 'closeDue')
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    try {
      await expect(app.vacancyExpiry.tick()).resolves.toBeUndefined();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
    } finally {
      jest.restoreAllMocks();
    }
    expect((await app.vacancyRow(vacancy.id)).status).toBe('open');
    await app.vacancyExpiry.closeDue(daysFromToday(5));
    expect(await app.closings(vacancy.id)).toEqual([[2, 'expired']]);
  });

  it('is scheduled every minute (tests stop the clock: they call closeDue with their own dates)', () => {
    const job = app.service.app.get(SchedulerRegistry).getCronJob('vacancy-expiry');
    expect(job.cronTime.source).toBe(CronExpression.EVERY_MINUTE);
  });
});
