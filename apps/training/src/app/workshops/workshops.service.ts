import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { KeysetColumn, Page, paginate } from '@bridge/platform';
import { ListWorkshopsQuery } from './dto/list-workshops.query';
import { WorkshopView } from './workshop.view';
import { Workshop } from './workshop.entity';

/** Workshops by id (ids are unique, so this orders them totally). */
const BY_ID: KeysetColumn<Workshop>[] = [
  { name: 'id', expression: 'w.id', direction: 'ASC', valueOf: (w) => w.id },
];

@Injectable()
export class WorkshopsService {
  constructor(
    @InjectRepository(Workshop)
    private readonly workshops: Repository<Workshop>,
  ) {}

  /** Workshops, of one PI when `pi` is given (validated and canonical), ordered by id. */
  async list(query: ListWorkshopsQuery): Promise<Page<WorkshopView>> {
    const qb = this.workshops.createQueryBuilder('w');
    if (query.pi !== undefined) qb.andWhere('w.piCode = :piCode', { piCode: query.pi });
    return paginate(qb, query, BY_ID, WorkshopView.of);
  }

  /** The workshop with this id, read in the caller's transaction. */
  find(manager: EntityManager, id: string): Promise<Workshop | null> {
    return manager.findOne(Workshop, { where: { id } });
  }
}
