import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { openDatabaseConnection, DatabaseConnection } from './database-connection';
import { serviceDataSourceOptions } from './data-source-options';
import { idColumnOf, isNewer, replaceNewer } from './read-model';

@Entity({ name: 'held_targets' })
class HeldTarget {
  @PrimaryColumn({ name: 'target_id', type: 'text' })
  targetId: string;

  @Column({ type: 'text' })
  title: string;

  /** Kept from the first state: a read model may own columns no event overwrites. */
  @Column({ name: 'first_seen', type: 'text' })
  firstSeen: string;

  @Column({ type: 'integer' })
  version: number;
}

const state = (targetId: string, version: number, title = `v${version}`): HeldTarget =>
  Object.assign(new HeldTarget(), { targetId, title, firstSeen: title, version });

describe('isNewer', () => {
  it('takes an event of an aggregate not held, or of a later version', () => {
    expect(isNewer(null, 1)).toBe(true);
    expect(isNewer({ version: 2 }, 3)).toBe(true);
    expect(isNewer({ version: 3 }, 3)).toBe(false);
    expect(isNewer({ version: 4 }, 3)).toBe(false);
  });
});

describe('replaceNewer on the embedded database', () => {
  jest.setTimeout(60_000);
  let connection: DatabaseConnection;
  let dataSource: DataSource;

  beforeAll(async () => {
    connection = await openDatabaseConnection({ service: 'read-model', dataDir: null });
    dataSource = await new DataSource(
      serviceDataSourceOptions({ ...connection, entities: [HeldTarget], migrations: [] }),
    ).initialize();
    await dataSource.query(
      'CREATE TABLE held_targets (target_id text PRIMARY KEY, title text NOT NULL, first_seen text NOT NULL, version integer NOT NULL)',
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await connection?.close();
  });
  beforeEach(() => dataSource.query('TRUNCATE held_targets'));

  const held = () => dataSource.getRepository(HeldTarget).find({ order: { targetId: 'ASC' } });
  const replace = (states: HeldTarget[], overwritten?: (property: string) => boolean) =>
    replaceNewer(dataSource.manager, HeldTarget, 'targetId', states, overwritten);

  it('writes the newest of several states of one aggregate', async () => {
    const written = await replace([state('a', 2), state('b', 1), state('a', 3), state('a', 1)]);
    expect(written.sort()).toEqual(['a', 'b']);
    expect(await held()).toEqual([state('a', 3), state('b', 1)]);
  });

  it('never lets an older or equal version overwrite what is held', async () => {
    await replace([state('a', 5), state('b', 5)]);
    const written = await replace([state('a', 4, 'late'), state('b', 5, 'again'), state('c', 1)]);
    expect(written).toEqual(['c']);
    expect(await held()).toEqual([state('a', 5), state('b', 5), state('c', 1)]);
  });

  it('overwrites only the properties asked for', async () => {
    await replace([state('a', 1, 'first')]);
    await replace([state('a', 2, 'second')], (property) => property !== 'firstSeen');
    expect(await held()).toEqual([
      Object.assign(new HeldTarget(), {
        targetId: 'a',
        title: 'second',
        firstSeen: 'first',
        version: 2,
      }),
    ]);
  });

  it('splits a large batch over several statements', async () => {
    const many = Array.from({ length: 2_500 }, (_, i) => state(`t${i}`, 1));
    expect(await replace(many)).toHaveLength(2_500);
    expect(await dataSource.getRepository(HeldTarget).count()).toBe(2_500);
  });

  it('names the column of an id property, and refuses a property that is none', () => {
    expect(idColumnOf(dataSource.manager, HeldTarget, 'targetId')).toBe('target_id');
    expect(() =>
      idColumnOf(dataSource.manager, HeldTarget, 'nothing' as keyof HeldTarget & string),
    ).toThrow('nothing is not a column of HeldTarget');
  });
});
