import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Outbox } from '@bridge/messaging';
import {
  AuditService,
  ConflictProblem,
  IdempotencyService,
  IdempotentRequest,
  Principal,
  UnprocessableProblem,
} from '@bridge/platform';
import { TrainingAuditAction } from '../common/training-audit-action';
import { ReferralsService } from '../referrals/referrals.service';
import { RecordPlacementDto } from './dto/record-placement.dto';
import { PlacementView } from './placement.view';
import { SchoolPlacePlacement } from './school-place-placement.entity';
import { schoolPlacePlacementRecorded } from './school-place.events';
import { SchoolPlace } from './school-place.entity';
import { lockSchoolPlace } from './school-places.service';

/** Placements of matching's referrals on school places: each takes one seat, atomically. */
@Injectable()
export class SchoolPlacePlacementsService {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService<TrainingAuditAction>,
  ) {}

  /**
   * Takes one seat for a referral of matching to this place: 404 the place is not the caller's;
   * 422 the referral is unknown here or for another target; 409 the place is full or not open, or
   * the referral is placed already or no longer stands. The place's row lock serialises
   * concurrent placements, so seats never go below zero; the last seat sets `full`.
   */
  record(
    principal: Principal,
    id: string,
    dto: RecordPlacementDto,
    idempotency?: IdempotentRequest,
  ): Promise<PlacementView> {
    return this.idempotency.transaction(idempotency, async (manager) => {
      const place = await lockSchoolPlace(manager, principal, id);
      const referral = await this.referrals.find(manager, dto.referralId);
      if (!referral || referral.schoolPlaceId !== place.id)
        throw new UnprocessableProblem(
          `Unknown referral for school place ${id}: ${dto.referralId}`,
          'referralId',
        );
      if (place.status === 'full')
        throw new ConflictProblem(`School place ${id} has no seats left`);
      if (place.status !== 'open')
        throw new ConflictProblem(`School place ${id} is ${place.status}, not open`);
      if (referral.status !== 'referred')
        throw new ConflictProblem(`Referral ${dto.referralId} is ${referral.status}`, [
          { field: 'referralId', message: `is ${referral.status}` },
        ]);
      if (
        await manager.exists(SchoolPlacePlacement, { where: { referralId: referral.referralId } })
      )
        throw new ConflictProblem(`Referral ${dto.referralId} is already placed`, [
          { field: 'referralId', message: 'is already placed' },
        ]);

      const now = new Date();
      const placementId = randomUUID();
      await manager.insert(SchoolPlacePlacement, {
        id: placementId,
        referralId: referral.referralId,
        schoolPlaceId: place.id,
        placedBy: principal.sub,
        placedAt: now,
      });
      const seatsLeft = place.seatsLeft - 1;
      const changes = {
        seatsLeft,
        status: seatsLeft === 0 ? ('full' as const) : place.status,
        version: place.version + 1,
        updatedAt: now,
      };
      await manager.update(SchoolPlace, { id }, changes);
      const placed: SchoolPlace = { ...place, ...changes };
      await this.outbox.record(manager, schoolPlacePlacementRecorded(placed, referral.referralId));
      // A placement is a decision about a referred candidate, known here only by the referral.
      await this.audit.record(
        principal,
        'referral.placed',
        { targetId: place.id, referralId: referral.referralId },
        manager,
      );
      return {
        placementId,
        schoolPlaceId: place.id,
        referralId: referral.referralId,
        seatsLeft,
        status: placed.status,
      };
    });
  }
}
