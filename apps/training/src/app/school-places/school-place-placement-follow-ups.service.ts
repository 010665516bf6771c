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
import { TrainingAuditAction } from '../common/training-audit-action';
import {
  SCHOOL_PLACE_PLACEMENT_FOLLOW_UP_UNIQUE,
  SchoolPlacePlacementFollowUp,
} from './school-place-placement-follow-up.entity';
import { SchoolPlacePlacement } from './school-place-placement.entity';
import { schoolPlacePlacementFollowedUp } from './school-place.events';
import { SchoolPlace } from './school-place.entity';
import { lockSchoolPlace } from './school-places.service';

/**
 * Whether placements still hold 3 and 6 months after their school place's start date, as the
 * school says (the checkpoints and their rules: `@bridge/platform` follow-ups, shared with the
 * employers service).
 */
@Injectable()
export class SchoolPlacePlacementFollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly audit: AuditService<TrainingAuditAction>,
  ) {}

  /**
   * The checkpoints of the placements on the caller's school places (an admin's: all), due ones
   * first. Derived from placements and answers on each read (a moved start date moves them); one
   * audit entry per referral on the page.
   */
  async list(
    principal: Principal,
    query: ListPlacementFollowUpsQuery,
  ): Promise<Page<PlacementFollowUpView>> {
    const brin = principal.role === 'education-provider' ? principal.brin : undefined;
    if (principal.role !== 'admin' && brin === undefined) return { items: [], nextCursor: null };
    const manager = this.dataSource.manager;
    // Placements and answers in the caller's scope, in two queries whatever the number of placements.
    const inScope = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) =>
      principal.role === 'admin' ? qb : qb.andWhere('place.brin = :brin', { brin });
    const placements = await inScope(
      manager
        .createQueryBuilder(SchoolPlacePlacement, 'placement')
        .innerJoinAndMapOne(
          'placement.place',
          SchoolPlace,
          'place',
          'place.id = placement.schoolPlaceId',
        ),
    ).getMany();
    const answers = followUpsByPlacement(
      await inScope(
        manager
          .createQueryBuilder(SchoolPlacePlacementFollowUp, 'answer')
          .innerJoin(SchoolPlacePlacement, 'placement', 'placement.id = answer.placementId')
          .innerJoin(SchoolPlace, 'place', 'place.id = placement.schoolPlaceId'),
      ).getMany(),
    );
    const views = (placements as (SchoolPlacePlacement & { place: SchoolPlace })[]).flatMap((row) =>
      followUpsOf(followed(row, row.place), answers.get(row.id) ?? []),
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
   * Records the school's answer at a checkpoint (and, for a placement that ended, the later
   * checkpoints not yet answered): 404 the place is not the caller's or the placement not on it;
   * 400 a bad endedOn; 409 not due yet, answered already, or contradicting a later answer. One
   * `school-place.placement-followed-up` event and one audit entry per checkpoint written, in the
   * same transaction.
   */
  async record(
    principal: Principal,
    schoolPlaceId: string,
    placementId: string,
    dto: RecordFollowUpDto,
  ): Promise<PlacementFollowUpView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The place's row lock serialises two answers at once (the primary key catches the rest).
        const place = await lockSchoolPlace(manager, principal, schoolPlaceId);
        const placement = isUuid(placementId)
          ? await manager.findOneBy(SchoolPlacePlacement, { id: placementId, schoolPlaceId })
          : null;
        if (!placement)
          throw new NotFoundProblem(
            `Placement ${placementId} was not found on school place ${schoolPlaceId}`,
          );
        const subject = followed(placement, place);
        const recorded = await manager.findBy(SchoolPlacePlacementFollowUp, {
          placementId: placement.id,
        });
        const answers = followUpsToRecord(subject, recorded, dto, this.clock.today());
        const recordedAt = this.clock.now();
        await manager.insert(
          SchoolPlacePlacementFollowUp,
          answers.map((answer) => ({
            placementId: placement.id,
            ...answer,
            recordedBy: principal.sub,
            recordedAt,
          })),
        );
        for (const answer of answers) {
          await this.outbox.record(
            manager,
            schoolPlacePlacementFollowedUp(place, placement, answer),
          );
          // Whether a placement holds is a fact about a referred candidate, known here by the referral.
          await this.audit.record(
            principal,
            'placement.followed-up',
            { targetId: place.id, referralId: placement.referralId },
            manager,
          );
        }
        const [view] = followUpsOf(subject, [...recorded, { ...answers[0], recordedAt }]).filter(
          (v) => v.checkpoint === dto.checkpoint,
        );
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error, SCHOOL_PLACE_PLACEMENT_FOLLOW_UP_UNIQUE))
        throw followUpRecordedAlready(dto.checkpoint);
      throw error;
    }
  }
}

function followed(placement: SchoolPlacePlacement, place: SchoolPlace): FollowedPlacement {
  return {
    placementId: placement.id,
    targetId: place.id,
    targetTitle: place.title,
    referralId: placement.referralId,
    startDate: place.startDate,
  };
}
