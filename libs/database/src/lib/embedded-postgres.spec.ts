import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabaseConnection } from './database-connection';
import { serviceDataSourceOptions } from './data-source-options';

describe('embedded Postgres over a socket', () => {
  jest.setTimeout(60_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'bridge-db-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function open() {
    const connection = await openDatabaseConnection({ service: 'probe', dataDir });
    const dataSource = await new DataSource(
      serviceDataSourceOptions({ ...connection, entities: [], migrations: [] }),
    ).initialize();
    return { connection, dataSource };
  }

  it('speaks the Postgres protocol to TypeORM and keeps data across a restart', async () => {
    const first = await open();
    expect(first.connection.embedded).toBe(true);
    await first.dataSource.query('CREATE TABLE note (id serial PRIMARY KEY, tags text[], body jsonb)');
    await first.dataSource.query(`INSERT INTO note (tags, body) VALUES ($1, $2)`, [['a', 'b'], { x: 1 }]);
    await first.dataSource.destroy();
    await first.connection.close();

    const second = await open();
    const rows = await second.dataSource.query('SELECT tags, body FROM note');
    expect(rows).toEqual([{ tags: ['a', 'b'], body: { x: 1 } }]);
    await second.dataSource.destroy();
    await second.connection.close();
  });

  it('uses the configured URL as it is when one is given', async () => {
    const connection = await openDatabaseConnection({ service: 'x', url: 'postgres://h/db', dataDir });
    expect(connection).toMatchObject({ url: 'postgres://h/db', embedded: false });
  });
});
