import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { CovenantsModule } from '../covenants/covenants.module';
import { ProvidersModule } from '../providers/providers.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { SchoolPlaceController } from './school-place.controller';
import { SchoolPlace } from './school-place.entity';
import { SchoolPlacePlacement } from './school-place-placement.entity';
import { SchoolPlaceService } from './school-place.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SchoolPlace, SchoolPlacePlacement]),
    CovenantsModule,
    ProvidersModule,
    ReferralsModule,
    IdempotencyModule,
  ],
  controllers: [SchoolPlaceController],
  providers: [SchoolPlaceService],
  exports: [SchoolPlaceService],
})
export class SchoolPlacesModule {}
