import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { openDatabaseConnection } from './database-connection';
import { serviceDataSourceOptions } from './data-source-options';

describe('embedded Postgres over a socket', () => {
  jest.setTimeout(60_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'bridge-db-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function open() {
    const connection = await openDatabaseConnection({
      service: 'probe',
      dataDir,
    });
    const dataSource = await new DataSource(
      serviceDataSourceOptions({ ...connection, entities: [], migrations: [] }),
    ).initialize();
    return { connection, dataSource };
  }

  it('speaks the Postgres protocol to TypeORM and keeps data across a restart', async () => {
    const first = await open();
    expect(first.connection.embedded).toBe(true);
    await first.dataSource.query(
      'CREATE TABLE note (id serial PRIMARY KEY, tags text[], body jsonb)',
    );
    await first.dataSource.query(`INSERT INTO note (tags, body) VALUES ($1, $2)`, [
      ['a', 'b'],
      { x: 1 },
    ]);
    await first.dataSource.destroy();
    await first.connection.close();

    const second = await open();
    const rows = await second.dataSource.query('SELECT tags, body FROM note');
    expect(rows).toEqual([{ tags: ['a', 'b'], body: { x: 1 } }]);
    await second.dataSource.destroy();
    await second.connection.close();
  });

  it('uses the configured URL as it is when one is given', async () => {
    const connection = await openDatabaseConnection({
      service: 'x',
      url: 'postgres://h/db',
      dataDir,
    });
    expect(connection).toMatchObject({
      url: 'postgres://h/db',
      embedded: false,
    });
  });

  describe('credentials', () => {
    const attempt = async (url: string) => {
      const client = new Client({ connectionString: url });
      try {
        await client.connect();
        return (await client.query('SELECT 1 AS ok')).rows[0].ok as number;
      } finally {
        await client.end().catch(() => undefined);
      }
    };
    const withCredentials = (url: string, user: string, password?: string) => {
      const parsed = new URL(url);
      parsed.username = user;
      parsed.password = password ?? '';
      return parsed.toString();
    };

    it('refuses a wrong password, no password and another user; accepts its own', async () => {
      const connection = await openDatabaseConnection({
        service: 'locked',
        dataDir,
      });
      try {
        await expect(
          attempt(withCredentials(connection.url, 'postgres', 'guessed')),
        ).rejects.toThrow(/password authentication failed/);
        await expect(attempt(withCredentials(connection.url, 'postgres'))).rejects.toThrow();
        const password = decodeURIComponent(new URL(connection.url).password);
        await expect(
          attempt(withCredentials(connection.url, 'intruder', password)),
        ).rejects.toThrow(/password authentication failed/);
        expect(await attempt(connection.url)).toBe(1);
      } finally {
        await connection.close();
      }
    });

    it('keeps a generated password beside the data folder, owner-only, and reuses it after a restart', async () => {
      const first = await openDatabaseConnection({ service: 'kept', dataDir });
      await first.close();
      const file = join(dataDir, 'kept', 'postgres.password');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const password = readFileSync(file, 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(decodeURIComponent(new URL(first.url).password)).toBe(password);
      const second = await openDatabaseConnection({ service: 'kept', dataDir });
      try {
        expect(decodeURIComponent(new URL(second.url).password)).toBe(password);
        expect(await attempt(second.url)).toBe(1);
      } finally {
        await second.close();
      }
    });

    it('uses the configured password (EMBEDDED_DATABASE_PASSWORD) when one is given', async () => {
      const connection = await openDatabaseConnection({
        service: 'configured',
        dataDir: null,
        embeddedPassword: 'configured-secret-0123456789',
      });
      try {
        expect(new URL(connection.url).password).toBe('configured-secret-0123456789');
        expect(new URL(connection.url).hostname).toBe('127.0.0.1');
        expect(await attempt(connection.url)).toBe(1);
        await expect(
          attempt(withCredentials(connection.url, 'postgres', 'postgres')),
        ).rejects.toThrow(/password authentication failed/);
      } finally {
        await connection.close();
      }
    });
  });
});
