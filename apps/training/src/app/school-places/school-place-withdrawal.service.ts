import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Outbox } from '@bridge/messaging';
import { Principal } from '@bridge/platform';
import { schoolPlaceWithdrawn } from './school-place.events';
import { SchoolPlace } from './school-place.entity';
import { SchoolPlaceView } from './school-place.view';
import { assertOpen, lockSchoolPlace } from './school-places.service';

/**
 * Withdrawing an open school place (404 not the caller's; 409 not open): version + 1 and its
 * `school-place.withdrawn` event, in one transaction.
 */
@Injectable()
export class SchoolPlaceWithdrawal {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  withdraw(principal: Principal, id: string): Promise<SchoolPlaceView> {
    return this.dataSource.transaction(async (manager) => {
      const place = await lockSchoolPlace(manager, principal, id);
      assertOpen(place);
      const changes = {
        status: 'withdrawn' as const,
        version: place.version + 1,
        updatedAt: new Date(),
      };
      await manager.update(SchoolPlace, { id }, changes);
      const withdrawn: SchoolPlace = { ...place, ...changes };
      await this.outbox.record(manager, schoolPlaceWithdrawn(withdrawn));
      return SchoolPlaceView.of(withdrawn);
    });
  }
}
