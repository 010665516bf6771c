import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COVENANT_CHANGED, COVENANT_ENDED, COVENANT_SIGNED, EventEnvelope } from '@bridge/contracts';
import { HandlesEvent } from '@bridge/messaging';
import { enqueueMatching } from '../change-queues/match-queue';
import { isNewer } from '../read-model';
import { SchoolPlace } from '../school-places/school-place.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { Covenant } from './covenant.entity';

/** Keeps the covenants, from employers' events; their vacancies and school places are re-matched on every change. */
@Injectable()
export class CovenantEventsHandler {
  @HandlesEvent(COVENANT_SIGNED)
  onSigned(event: EventEnvelope<typeof COVENANT_SIGNED>, manager: EntityManager) {
    return this.upsert(event, manager);
  }

  @HandlesEvent(COVENANT_CHANGED)
  onChanged(event: EventEnvelope<typeof COVENANT_CHANGED>, manager: EntityManager) {
    return this.upsert(event, manager);
  }

  @HandlesEvent(COVENANT_ENDED)
  async onEnded(event: EventEnvelope<typeof COVENANT_ENDED>, manager: EntityManager) {
    const existing = await manager.findOneBy(Covenant, { covenantId: event.payload.covenantId });
    if (!existing || !isNewer(existing, event.version)) return;
    await manager.update(Covenant, { covenantId: existing.covenantId }, { endedOn: event.payload.endedOn, version: event.version });
    await this.rematchTargets(manager, existing.covenantId);
  }

  private async upsert(
    event: EventEnvelope<typeof COVENANT_SIGNED> | EventEnvelope<typeof COVENANT_CHANGED>,
    manager: EntityManager,
  ) {
    const { payload } = event;
    const existing = await manager.findOneBy(Covenant, { covenantId: payload.covenantId });
    if (!isNewer(existing, event.version)) return;
    await manager.save(Covenant, {
      covenantId: payload.covenantId,
      name: payload.name,
      employerId: payload.employerId,
      brin: payload.brin,
      regionCodes: payload.regionCodes,
      piCodes: payload.piCodes,
      validFrom: payload.validFrom,
      validTo: payload.validTo,
      endedOn: existing?.endedOn ?? null,
      version: event.version,
    });
    await this.rematchTargets(manager, payload.covenantId);
  }

  private async rematchTargets(manager: EntityManager, covenantId: string) {
    const vacancies = await manager.find(Vacancy, { where: { covenantId }, select: { vacancyId: true } });
    await enqueueMatching(manager, 'vacancy', vacancies.map((vacancy) => vacancy.vacancyId));
    const places = await manager.find(SchoolPlace, { where: { covenantId }, select: { schoolPlaceId: true } });
    await enqueueMatching(manager, 'school-place', places.map((place) => place.schoolPlaceId));
  }
}
