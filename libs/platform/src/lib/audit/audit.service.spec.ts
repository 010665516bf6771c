import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/role.model';
import { AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';

describe('AuditService.recordEach', () => {
  const advisor = { sub: 'uwv-1', role: 'uwv-advisor', regions: ['AM26'] } as unknown as Principal;

  it('writes every entry, in inserts of at most 1,000 (Postgres binds at most 65,535 parameters)', async () => {
    const inserts: { entity: unknown; rows: { candidateId: string }[] }[] = [];
    const manager = {
      insert: async (entity: unknown, rows: { candidateId: string }[]) => {
        inserts.push({ entity, rows });
      },
    } as unknown as EntityManager;
    const ids = Array.from({ length: 2_345 }, (_, i) => `candidate-${i}`);
    await new AuditService({} as DataSource).recordEach(
      advisor,
      'suggestions.queue-read',
      ids.map((candidateId) => ({ candidateId })),
      manager,
    );
    expect(inserts.map(({ rows }) => rows.length)).toEqual([1_000, 1_000, 345]);
    expect(inserts.every(({ entity }) => entity === AuditEntry)).toBe(true);
    expect(inserts.flatMap(({ rows }) => rows.map((row) => row.candidateId))).toEqual(ids);
  });

  it('writes nothing for no subjects', async () => {
    const insert = jest.fn();
    await new AuditService({} as DataSource).recordEach(advisor, 'x', [], {
      insert,
    } as unknown as EntityManager);
    expect(insert).not.toHaveBeenCalled();
  });
});
