import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  COVENANT_CHANGED,
  COVENANT_ENDED,
  COVENANT_SIGNED,
  EventEnvelope,
} from '@bridge/contracts';
import { isNewer, replaceNewer } from '@bridge/database';
import { HandlesEvent, HandlesEvents } from '@bridge/messaging';
import { enqueueMatching } from '../change-queues/match-queue';
import { SchoolPlace } from '../school-places/school-place.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { Covenant } from './covenant.entity';

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
    await manager.update(
      Covenant,
      { covenantId: existing.covenantId },
      { endedOn: event.payload.endedOn, version: event.version },
    );
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
    const states = events.map(({ payload, version }) =>
      manager.create(Covenant, {
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
      }),
    );
    const written = await replaceNewer(
      manager,
      Covenant,
      'covenantId',
      states,
      (property) => property !== 'endedOn',
    );
    await this.rematchTargets(manager, written);
  }

  private async rematchTargets(manager: EntityManager, covenantIds: string[]) {
    if (covenantIds.length === 0) return;
    const vacancies = await manager.find(Vacancy, {
      where: { covenantId: In(covenantIds) },
      select: { vacancyId: true },
    });
    await enqueueMatching(
      manager,
      'vacancy',
      vacancies.map((vacancy) => vacancy.vacancyId),
    );
    const places = await manager.find(SchoolPlace, {
      where: { covenantId: In(covenantIds) },
      select: { schoolPlaceId: true },
    });
    await enqueueMatching(
      manager,
      'school-place',
      places.map((place) => place.schoolPlaceId),
    );
  }
}
