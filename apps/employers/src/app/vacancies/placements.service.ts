import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isUniqueViolation } from '@bridge/database';
import { Outbox } from '@bridge/messaging';
import {
  AuditService,
  Clock,
  ConflictProblem,
  IdempotencyService,
  IdempotentRequest,
  isUuid,
  Principal,
  UnprocessableProblem,
} from '@bridge/platform';
import { EmployersAuditAction } from '../common/employers-audit-action';
import { Referral } from '../referrals/referral.entity';
import { RecordPlacementDto } from './dto/record-placement.dto';
import { Placement, PLACEMENT_REFERRAL_UNIQUE } from './placement.entity';
import { PlacementView } from './placement.view';
import { lockedVacancy, VacanciesService } from './vacancies.service';
import { vacancyPlacementRecorded } from './vacancy.events';
import { Vacancy } from './vacancy.entity';

/** Placements of matching's referrals on vacancies: each takes one opening, atomically. */
@Injectable()
export class PlacementsService {
  constructor(
    @InjectRepository(Referral) private readonly referrals: Repository<Referral>,
    private readonly vacancies: VacanciesService,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly audit: AuditService<EmployersAuditAction>,
  ) {}

  /**
   * Records that a referral got the job. 404 the vacancy is not the caller's; 422 the referral is
   * unknown here or for another target. Then, in one transaction holding the vacancy row lock (so
   * concurrent placements on a vacancy run one after another): 409 the referral is already placed,
   * withdrawn or declined; 409 the vacancy is not open or has no openings left. Takes one opening
   * (the last sets `filled`), version + 1, marks the referral placed and records
   * `vacancy.placement-recorded`, and an audit entry (`referral.placed`).
   */
  async record(
    principal: Principal,
    vacancyId: string,
    dto: RecordPlacementDto,
    idempotency?: IdempotentRequest,
  ): Promise<PlacementView> {
    await this.vacancies.findOwn(principal, vacancyId);
    const { referralId } = dto;
    const referral = isUuid(referralId) ? await this.referrals.findOneBy({ referralId }) : null;
    if (!referral) throw new UnprocessableProblem(`Unknown referral: ${referralId}`, 'referralId');
    if (referral.targetId !== vacancyId) {
      throw new UnprocessableProblem(
        `referral ${referralId} is not for vacancy ${vacancyId}`,
        'referralId',
      );
    }

    try {
      return await this.idempotency.transaction(idempotency, async (manager) => {
        const vacancy = await lockedVacancy(manager, vacancyId);
        const current = await manager.findOneByOrFail(Referral, { referralId });
        if (current.status !== 'referred') throw referralConflict(referralId, current.status);
        if (vacancy.status !== 'open' || vacancy.openingsLeft < 1) {
          throw new ConflictProblem(
            `Vacancy ${vacancyId} is ${vacancy.status} with ${vacancy.openingsLeft} openings left`,
          );
        }
        const now = this.clock.now();
        vacancy.openingsLeft -= 1;
        if (vacancy.openingsLeft === 0) vacancy.status = 'filled';
        vacancy.version += 1;
        vacancy.updatedAt = now;
        await manager.update(
          Vacancy,
          { id: vacancyId },
          {
            openingsLeft: vacancy.openingsLeft,
            status: vacancy.status,
            version: vacancy.version,
            updatedAt: now,
          },
        );
        await manager.update(Referral, { referralId }, { status: 'placed', updatedAt: now });
        const placementId = randomUUID();
        await manager.insert(Placement, {
          id: placementId,
          vacancyId,
          referralId,
          createdAt: now,
        });
        await this.outbox.record(manager, vacancyPlacementRecorded(vacancy, referralId));
        // A placement is a decision about a referred candidate, known here only by the referral.
        await this.audit.record(
          principal,
          'referral.placed',
          { targetId: vacancyId, referralId },
          manager,
        );
        return {
          placementId,
          vacancyId,
          referralId,
          openingsLeft: vacancy.openingsLeft,
          status: vacancy.status,
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, PLACEMENT_REFERRAL_UNIQUE))
        throw referralConflict(referralId, 'placed');
      throw error;
    }
  }
}

function referralConflict(referralId: string, status: string): ConflictProblem {
  const message = status === 'placed' ? 'is already placed' : `is ${status}`;
  return new ConflictProblem(`Referral ${referralId} ${message}`, [
    { field: 'referralId', message },
  ]);
}
