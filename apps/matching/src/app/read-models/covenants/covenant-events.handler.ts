import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { COVENANT_CHANGED, COVENANT_ENDED, COVENANT_SIGNED, EventEnvelope } from '@bridge/contracts';
import { HandlesEvent, HandlesEvents } from '@bridge/messaging';
import { enqueueMatching } from '../change-queues/match-queue';
import { isNewer } from '../read-model';
import { SchoolPlace } from '../school-places/school-place.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { Covenant } from './covenant.entity';

/** Rows per upsert: well below Postgres' 65,535 parameters a statement, at ten columns a covenant. */
const ROWS_PER_STATEMENT = 1_000;

/** Keeps the covenants, from employers' events; their vacancies and school places are re-matched on every change. */
@Injectable()
export class CovenantEventsHandler {
  @HandlesEvents(COVENANT_SIGNED)
  onSigned(events: EventEnvelope<typeof COVENANT_SIGNED>[], manager: EntityManager) {
    return this.replace(events, manager);
  }

  @HandlesEvents(COVENANT_CHANGED)
  onChanged(events: EventEnvelope<typeof COVENANT_CHANGED>[], manager: EntityManager) {
    return this.replace(events, manager);
  }

  @HandlesEvent(COVENANT_ENDED)
  async onEnded(event: EventEnvelope<typeof COVENANT_ENDED>, manager: EntityManager) {
    const existing = await manager.findOneBy(Covenant, { covenantId: event.payload.covenantId });
    if (!existing || !isNewer(existing, event.version)) return;
    await manager.update(Covenant, { covenantId: existing.covenantId }, { endedOn: event.payload.endedOn, version: event.version });
    await this.rematchTargets(manager, [existing.covenantId]);
  }

  /**
   * Covenants' whole states, each unless a newer one is held, in one statement for a run of events (a region's
   * covenants arrive by the thousand when matching goes live). The end date, which only COVENANT_ENDED sets, is kept.
   */
  private async replace(
    events: (EventEnvelope<typeof COVENANT_SIGNED> | EventEnvelope<typeof COVENANT_CHANGED>)[],
    manager: EntityManager,
  ) {
    const newest = new Map<string, (typeof events)[number]>();
    for (const event of events) {
      const held = newest.get(event.payload.covenantId);
      if (!held || held.version < event.version) newest.set(event.payload.covenantId, event);
    }
    const rows = [...newest.values()].map(({ payload, version }) => ({
      covenantId: payload.covenantId,
      name: payload.name,
      employerId: payload.employerId,
      brin: payload.brin,
      regionCodes: payload.regionCodes,
      piCodes: payload.piCodes,
      validFrom: payload.validFrom,
      validTo: payload.validTo,
      endedOn: null,
      version,
    }));
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const { raw } = await manager
        .createQueryBuilder()
        .insert()
        .into(Covenant)
        .values(rows.slice(i, i + ROWS_PER_STATEMENT))
        .orUpdate(['name', 'employer_id', 'brin', 'region_codes', 'pi_codes', 'valid_from', 'valid_to', 'version'], ['covenant_id'], {
          overwriteCondition: { where: 'covenants.version < EXCLUDED.version' },
        })
        .returning('covenant_id')
        .execute();
      await this.rematchTargets(manager, (raw as { covenant_id: string }[]).map((row) => row.covenant_id));
    }
  }

  private async rematchTargets(manager: EntityManager, covenantIds: string[]) {
    if (covenantIds.length === 0) return;
    const vacancies = await manager.find(Vacancy, { where: { covenantId: In(covenantIds) }, select: { vacancyId: true } });
    await enqueueMatching(manager, 'vacancy', vacancies.map((vacancy) => vacancy.vacancyId));
    const places = await manager.find(SchoolPlace, { where: { covenantId: In(covenantIds) }, select: { schoolPlaceId: true } });
    await enqueueMatching(manager, 'school-place', places.map((place) => place.schoolPlaceId));
  }
}
