import { randomUUID } from 'node:crypto';
import { AuditEntry, Clock } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  employer,
  expectProblem,
  MatchedSuggestion,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';

describeOnEachBackend('snoozing a suggestion and the decision history', (app) => {
  const snooze = (claims: Claims, id: string, body: Record<string, unknown>) =>
    app.as(claims).post(`/suggestions/${id}/snooze`, body);
  const unsnooze = async (claims: Claims, id: string) =>
    app
      .http()
      .delete(`/suggestions/${id}/snooze`)
      .set('Authorization', await app.auth(claims));
  const queueIds = async (query: Record<string, string> = {}) =>
    (
      (await app.as(ADVISOR).get('/suggestions', { limit: 100, ...query })).body.items as {
        id: string;
      }[]
    ).map((item) => item.id);
  const decisions = (
    claims: Claims,
    candidateId: string,
    query: Record<string, string | number> = {},
  ) => app.as(claims).get(`/candidates/${candidateId}/decisions`, query);

  let parked: MatchedSuggestion;
  let decided: MatchedSuggestion;
  let other: MatchedSuggestion;

  beforeAll(async () => {
    const vacancy = await app.publishVacancy();
    parked = await app.matchedSuggestion(vacancy, { expectedReleaseDate: daysFromToday(40) });
    decided = await app.matchedSuggestion(vacancy, { expectedReleaseDate: daysFromToday(30) });
    other = await app.matchedSuggestion(vacancy, { expectedReleaseDate: daysFromToday(20) });
  }, 300_000);

  it('parks a suggested one until a day: out of the queue, listed with snoozed=true', async () => {
    const response = await snooze(ADVISOR, parked.suggestion.id, {
      until: daysFromToday(10),
      reasonCode: 'awaiting-vog',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: parked.suggestion.id,
      status: 'suggested',
      snoozedUntil: daysFromToday(10),
      snoozeReasonCode: 'awaiting-vog',
      snoozeNote: null,
    });
    expect(await queueIds()).not.toContain(parked.suggestion.id);
    expect(await queueIds()).toEqual(
      expect.arrayContaining([decided.suggestion.id, other.suggestion.id]),
    );
    expect(await queueIds({ snoozed: 'true' })).toEqual([parked.suggestion.id]);
    const read = await app.as(ADVISOR).get(`/suggestions/${parked.suggestion.id}`);
    expect(read.body).toMatchObject({
      snoozedUntil: daysFromToday(10),
      snoozeReasonCode: 'awaiting-vog',
    });
  });

  it('returns it to the queue by itself on its day (the Dutch calendar day of the Clock)', async () => {
    const clock = jest
      .spyOn(app.service.app.get(Clock), 'now')
      .mockReturnValue(new Date(`${daysFromToday(10)}T12:00:00Z`));
    try {
      expect(await queueIds()).toContain(parked.suggestion.id);
      expect(await queueIds({ snoozed: 'true' })).toEqual([]);
    } finally {
      clock.mockRestore();
    }
    expect(await queueIds()).not.toContain(parked.suggestion.id);
  });

  it('keeps the snooze when a recompute rescores the suggestion', async () => {
    const before = await app.suggestion(parked.suggestion.id);
    const patched = await app
      .as(CASEMANAGER)
      .patch(`/candidates/${parked.candidateId}`, { expectedReleaseDate: daysFromToday(25) });
    expect(patched.status).toBe(200);
    await app.matchingIdle();
    const after = await app.suggestion(parked.suggestion.id);
    expect(after.score).not.toBe(before.score);
    expect(after.candidateInput).not.toBe(before.candidateInput);
    expect(after).toMatchObject({
      status: 'suggested',
      snoozedUntil: daysFromToday(10),
      snoozeReasonCode: 'awaiting-vog',
    });
    expect(await queueIds({ snoozed: 'true' })).toEqual([parked.suggestion.id]);
  });

  it.each([
    ['until today', { until: daysFromToday(0), reasonCode: 'awaiting-vog' }, 'until'],
    ['until yesterday', { until: daysFromToday(-1), reasonCode: 'awaiting-vog' }, 'until'],
    ['until 181 days ahead', { until: daysFromToday(181), reasonCode: 'awaiting-vog' }, 'until'],
    ['until no date', { until: 'next week', reasonCode: 'awaiting-vog' }, 'until'],
    ['an unknown reason code', { until: daysFromToday(5), reasonCode: 'holiday' }, 'reasonCode'],
    ['other without a note', { until: daysFromToday(5), reasonCode: 'other' }, 'note'],
    ['a blank note', { until: daysFromToday(5), reasonCode: 'other', note: ' ' }, 'note'],
    ['an unknown field', { until: daysFromToday(5), reasonCode: 'awaiting-vog', by: 'x' }, 'by'],
  ])('refuses %s with 400 naming it, and changes nothing', async (_case, body, field) => {
    const before = await app.counts();
    expectProblem(await snooze(ADVISOR, other.suggestion.id, body), 400, [field]);
    expect(await app.counts()).toEqual(before);
    expect((await app.suggestion(other.suggestion.id)).snoozedUntil).toBeNull();
  });

  it('takes a snooze until 180 days ahead, for other with a note, from an admin too', async () => {
    const response = await snooze(ADMIN, other.suggestion.id, {
      until: daysFromToday(180),
      reasonCode: 'other',
      note: 'Kandidaat volgt eerst een cursus',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      snoozedUntil: daysFromToday(180),
      snoozeReasonCode: 'other',
      snoozeNote: 'Kandidaat volgt eerst een cursus',
    });
  });

  it('wakes a snoozed one early (DELETE): back in the queue; a second time is a 409', async () => {
    const response = await unsnooze(ADVISOR, other.suggestion.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      snoozedUntil: null,
      snoozeReasonCode: null,
      snoozeNote: null,
    });
    expect(await queueIds()).toContain(other.suggestion.id);
    expectProblem(await unsnooze(ADVISOR, other.suggestion.id), 409);
  });

  it('lets an advisor accept a snoozed suggestion: the decision ends the snooze', async () => {
    expect(
      (
        await snooze(ADVISOR, decided.suggestion.id, {
          until: daysFromToday(3),
          reasonCode: 'awaiting-target',
        })
      ).status,
    ).toBe(200);
    const accepted = await app
      .as(ADVISOR)
      .post(`/suggestions/${decided.suggestion.id}/review`, { decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      snoozedUntil: null,
      snoozeReasonCode: null,
    });
    expectProblem(
      await snooze(ADVISOR, decided.suggestion.id, {
        until: daysFromToday(3),
        reasonCode: 'awaiting-vog',
      }),
      409,
    );
  });

  it.each([
    ['a casemanager', CASEMANAGER, 403],
    ['an employer', employer(randomUUID()), 403],
    ['an advisor of other regions', OTHER_ADVISOR, 404],
  ])('refuses %s (%s) and writes nothing', async (_case, claims, status) => {
    const before = await app.counts();
    expectProblem(
      await snooze(claims, other.suggestion.id, {
        until: daysFromToday(3),
        reasonCode: 'awaiting-vog',
      }),
      status,
    );
    expectProblem(await unsnooze(claims, parked.suggestion.id), status);
    expect(await app.counts()).toEqual(before);
  });

  it('answers 404 for an unknown suggestion', async () => {
    expectProblem(
      await snooze(ADVISOR, randomUUID(), { until: daysFromToday(3), reasonCode: 'awaiting-vog' }),
      404,
    );
  });

  it('audits each snooze and un-snooze', async () => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const entries = await audit.find({
      where: [{ action: 'suggestion.snoozed' }, { action: 'suggestion.unsnoozed' }],
      order: { id: 'ASC' },
    });
    expect(entries.map((e) => [e.action, e.actor, e.candidateId])).toEqual([
      ['suggestion.snoozed', ADVISOR.sub, parked.candidateId],
      ['suggestion.snoozed', ADMIN.sub, other.candidateId],
      ['suggestion.unsnoozed', ADVISOR.sub, other.candidateId],
      ['suggestion.snoozed', ADVISOR.sub, decided.candidateId],
    ]);
  });

  it('lists who decided what on a candidate’s suggestions, newest first (GET /candidates/:id/decisions)', async () => {
    const response = await decisions(CASEMANAGER, decided.candidateId);
    expect(response.status).toBe(200);
    const target = { type: 'vacancy', title: 'Machinaal houtbewerker' };
    expect(response.body).toEqual({
      items: [
        {
          id: expect.any(String),
          suggestionId: decided.suggestion.id,
          decision: 'accepted',
          decidedBy: ADVISOR.sub,
          decidedAt: expect.any(String),
          reasonCode: null,
          note: null,
          snoozedUntil: null,
          target,
        },
        expect.objectContaining({
          decision: 'snoozed',
          decidedBy: ADVISOR.sub,
          reasonCode: 'awaiting-target',
          snoozedUntil: daysFromToday(3),
          target,
        }),
      ],
      nextCursor: null,
    });
    const [accepted, snoozed] = response.body.items;
    expect(Date.parse(accepted.decidedAt)).toBeGreaterThanOrEqual(Date.parse(snoozed.decidedAt));
    expect(
      (await decisions(ADMIN, other.candidateId)).body.items.map(
        (d: { decision: string; decidedBy: string; note: string | null }) => [
          d.decision,
          d.decidedBy,
          d.note,
        ],
      ),
    ).toEqual([
      ['unsnoozed', ADVISOR.sub, null],
      ['snoozed', ADMIN.sub, 'Kandidaat volgt eerst een cursus'],
    ]);
  });

  it('pages the history with a cursor', async () => {
    const all = (await decisions(ADVISOR, other.candidateId)).body.items.map(
      (d: { id: string }) => d.id,
    );
    const first = await decisions(ADVISOR, other.candidateId, { limit: 1 });
    expect(first.body.items.map((d: { id: string }) => d.id)).toEqual([all[0]]);
    const second = await decisions(ADVISOR, other.candidateId, {
      limit: 1,
      cursor: first.body.nextCursor,
    });
    expect(second.body.items.map((d: { id: string }) => d.id)).toEqual([all[1]]);
    expect(second.body.nextCursor).toBeNull();
    expectProblem(
      await decisions(ADVISOR, other.candidateId, { cursor: 'bm90LWEtY3Vyc29y' }),
      400,
      ['cursor'],
    );
  });

  it('audits the read of the history (candidate.decisions-read)', async () => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const before = await audit.countBy({ action: 'candidate.decisions-read' });
    expect((await decisions(ADVISOR, parked.candidateId)).status).toBe(200);
    const [entry] = await audit.find({
      where: { action: 'candidate.decisions-read' },
      order: { id: 'DESC' },
      take: 1,
    });
    expect(await audit.countBy({ action: 'candidate.decisions-read' })).toBe(before + 1);
    expect(entry).toMatchObject({ actor: ADVISOR.sub, candidateId: parked.candidateId });
  });

  it.each([
    ['an advisor of other regions', OTHER_ADVISOR, () => parked.candidateId, 404],
    ['an unknown candidate', ADMIN, () => randomUUID(), 404],
    ['an employer', employer(randomUUID()), () => parked.candidateId, 403],
  ])('answers %s with %s and writes nothing', async (_case, claims, id, status) => {
    const before = await app.counts();
    expectProblem(await decisions(claims, id()), status);
    expect(await app.counts()).toEqual(before);
  });

  it('keeps the history append-only: a change or removal is refused by the database', async () => {
    await expect(
      app.dataSource.query(`UPDATE suggestion_decisions SET note = 'changed'`),
    ).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM suggestion_decisions')).rejects.toThrow(
      /append-only/,
    );
  });
});
