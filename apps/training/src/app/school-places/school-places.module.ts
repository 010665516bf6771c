import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { CovenantsModule } from '../covenants/covenants.module';
import { ProvidersModule } from '../providers/providers.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { SchoolPlacePlacementFollowUp } from './school-place-placement-follow-up.entity';
import { SchoolPlacePlacementFollowUpsController } from './school-place-placement-follow-ups.controller';
import { SchoolPlacePlacementFollowUpsService } from './school-place-placement-follow-ups.service';
import { SchoolPlacePlacement } from './school-place-placement.entity';
import { SchoolPlacePlacementsService } from './school-place-placements.service';
import { SchoolPlaceWithdrawal } from './school-place-withdrawal.service';
import { SchoolPlace } from './school-place.entity';
import { SchoolPlacesController } from './school-places.controller';
import { SchoolPlacesService } from './school-places.service';

/**
 * School places of education providers, their withdrawal, and the placements of referrals on them
 * with their follow-ups.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([SchoolPlace, SchoolPlacePlacement, SchoolPlacePlacementFollowUp]),
    CovenantsModule,
    ProvidersModule,
    ReferralsModule,
    IdempotencyModule,
  ],
  controllers: [SchoolPlacesController, SchoolPlacePlacementFollowUpsController],
  providers: [
    SchoolPlacesService,
    SchoolPlacePlacementsService,
    SchoolPlacePlacementFollowUpsService,
    SchoolPlaceWithdrawal,
  ],
})
export class SchoolPlacesModule {}
