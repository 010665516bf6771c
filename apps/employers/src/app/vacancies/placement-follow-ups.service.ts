import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isUniqueViolation } from '@bridge/database';
import { Outbox } from '@bridge/messaging';
import {
  AuditService,
  Clock,
  FollowedPlacement,
  followUpAuditSubjects,
  followUpRecordedAlready,
  followUpsByPlacement,
  followUpsOf,
  followUpsToRecord,
  isUuid,
  ListPlacementFollowUpsQuery,
  NotFoundProblem,
  Page,
  pageOfFollowUps,
  PlacementFollowUpView,
  Principal,
  RecordFollowUpDto,
} from '@bridge/platform';
import { EmployersAuditAction } from '../common/employers-audit-action';
import { PlacementFollowUp, PLACEMENT_FOLLOW_UP_UNIQUE } from './placement-follow-up.entity';
import { Placement } from './placement.entity';
import { VacanciesService } from './vacancies.service';
import { vacancyPlacementFollowedUp } from './vacancy.events';
import { Vacancy } from './vacancy.entity';

/**
 * Whether placements still hold 3 and 6 months after their vacancy's start date, as the employer
 * says (the checkpoints and their rules: `@bridge/platform` follow-ups, shared with training).
 */
@Injectable()
export class PlacementFollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly audit: AuditService<EmployersAuditAction>,
  ) {}

  /**
   * The checkpoints of the placements on the caller's vacancies (an admin's: all), due ones first.
   * Derived from placements and answers on each read (a moved start date moves them); one audit
   * entry per referral on the page.
   */
  async list(
    principal: Principal,
    query: ListPlacementFollowUpsQuery,
  ): Promise<Page<PlacementFollowUpView>> {
    const employerId = principal.role === 'employer' ? principal.employerId : undefined;
    if (principal.role !== 'admin' && !isUuid(employerId)) return { items: [], nextCursor: null };
    const manager = this.dataSource.manager;
    // Placements and answers in the caller's scope, in two queries whatever the number of placements.
    const inScope = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) =>
      principal.role === 'admin'
        ? qb
        : qb.andWhere('vacancy.employerId = :employerId', { employerId });
    const placements = await inScope(
      manager
        .createQueryBuilder(Placement, 'placement')
        .innerJoinAndMapOne(
          'placement.vacancy',
          Vacancy,
          'vacancy',
          'vacancy.id = placement.vacancyId',
        ),
    ).getMany();
    const answers = followUpsByPlacement(
      await inScope(
        manager
          .createQueryBuilder(PlacementFollowUp, 'answer')
          .innerJoin(Placement, 'placement', 'placement.id = answer.placementId')
          .innerJoin(Vacancy, 'vacancy', 'vacancy.id = placement.vacancyId'),
      ).getMany(),
    );
    const views = (placements as (Placement & { vacancy: Vacancy })[]).flatMap((row) =>
      followUpsOf(followed(row, row.vacancy), answers.get(row.id) ?? []),
    );
    const page = pageOfFollowUps(views, query, this.clock.today());
    await this.audit.recordEach(
      principal,
      'placement-follow-ups.listed',
      followUpAuditSubjects(page.items),
    );
    return page;
  }

  /**
   * Records the employer's answer at a checkpoint (and, for a placement that ended, the later
   * checkpoints not yet answered): 404 the vacancy is not the caller's or the placement not on
   * it; 400 a bad endedOn; 409 not due yet, answered already, or contradicting a later answer.
   * One `vacancy.placement-followed-up` event and one audit entry per checkpoint written, in the
   * same transaction.
   */
  async record(
    principal: Principal,
    vacancyId: string,
    placementId: string,
    dto: RecordFollowUpDto,
  ): Promise<PlacementFollowUpView> {
    const vacancy = await this.vacancies.findOwn(principal, vacancyId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The placement's row lock serialises two answers at once (the primary key catches the rest).
        const placement = isUuid(placementId)
          ? await manager.findOne(Placement, {
              where: { id: placementId, vacancyId },
              lock: { mode: 'pessimistic_write' },
            })
          : null;
        if (!placement)
          throw new NotFoundProblem(
            `Placement ${placementId} was not found on vacancy ${vacancyId}`,
          );
        const subject = followed(placement, vacancy);
        const recorded = await manager.findBy(PlacementFollowUp, { placementId: placement.id });
        const answers = followUpsToRecord(subject, recorded, dto, this.clock.today());
        const recordedAt = this.clock.now();
        await manager.insert(
          PlacementFollowUp,
          answers.map((answer) => ({
            placementId: placement.id,
            ...answer,
            recordedBy: principal.sub,
            recordedAt,
          })),
        );
        for (const answer of answers) {
          await this.outbox.record(manager, vacancyPlacementFollowedUp(vacancy, placement, answer));
          // Whether a placement holds is a fact about a referred candidate, known here by the referral.
          await this.audit.record(
            principal,
            'placement.followed-up',
            { targetId: vacancy.id, referralId: placement.referralId },
            manager,
          );
        }
        const [view] = followUpsOf(subject, [...recorded, { ...answers[0], recordedAt }]).filter(
          (v) => v.checkpoint === dto.checkpoint,
        );
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error, PLACEMENT_FOLLOW_UP_UNIQUE))
        throw followUpRecordedAlready(dto.checkpoint);
      throw error;
    }
  }
}

function followed(placement: Placement, vacancy: Vacancy): FollowedPlacement {
  return {
    placementId: placement.id,
    targetId: vacancy.id,
    targetTitle: vacancy.title,
    referralId: placement.referralId,
    startDate: vacancy.startDate,
  };
}
