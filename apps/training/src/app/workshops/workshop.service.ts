import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { UnprocessableProblem } from '@bridge/platform';
import { findPenitentiaryInstitution } from '@bridge/reference-data';
import { decodeCursor, encodeCursor, hasStringFields } from '../common/cursor';
import { DEFAULT_PAGE_SIZE, Page, toPage } from '../common/page.dto';
import { ListWorkshopsQueryDto, WorkshopView } from './workshop.dto';
import { Workshop } from './workshop.entity';

@Injectable()
export class WorkshopService {
  constructor(
    @InjectRepository(Workshop)
    private readonly workshops: Repository<Workshop>,
  ) {}

  /** Workshops, of one PI when `pi` is given (an unknown PI code is a 422), ordered by id. */
  async list(query: ListWorkshopsQueryDto): Promise<Page<WorkshopView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.workshops
      .createQueryBuilder('w')
      .orderBy('w.id', 'ASC')
      .take(limit + 1);
    if (query.pi !== undefined) {
      const institution = findPenitentiaryInstitution(query.pi);
      if (!institution)
        throw new UnprocessableProblem(`Unknown PI: ${query.pi}`, 'pi');
      qb.andWhere('w.piCode = :piCode', { piCode: institution.code });
    }
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor, (v) => hasStringFields(v, 'id'));
      qb.andWhere('w.id > :afterId', { afterId: after.id });
    }
    return toPage(await qb.getMany(), limit, WorkshopView.of, (w) =>
      encodeCursor({ id: w.id }),
    );
  }

  /** The workshop with this id, read in the caller's transaction. */
  find(manager: EntityManager, id: string): Promise<Workshop | null> {
    return manager.findOne(Workshop, { where: { id } });
  }
}
