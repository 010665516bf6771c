import { DataSource } from 'typeorm';
import { openDatabaseConnection } from './database-connection';
import { serviceDataSourceOptions } from './data-source-options';
import { StructuredLogger } from './query-logger';

describe('query logging', () => {
  jest.setTimeout(60_000);
  const lines: {
    level: string;
    fields: Record<string, unknown>;
    message: string;
  }[] = [];
  const capture: StructuredLogger = {
    error: (fields, message) => lines.push({ level: 'error', fields: { ...fields }, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields: { ...fields }, message }),
    info: (fields, message) => lines.push({ level: 'info', fields: { ...fields }, message }),
    debug: (fields, message) => lines.push({ level: 'debug', fields: { ...fields }, message }),
  };
  let close: () => Promise<void>;
  let dataSource: DataSource;
  let consoleOutput: jest.SpyInstance[];

  beforeAll(async () => {
    const connection = await openDatabaseConnection({
      service: 'query-log',
      dataDir: null,
    });
    close = connection.close;
    dataSource = await new DataSource(
      serviceDataSourceOptions({
        ...connection,
        entities: [],
        migrations: [],
        logger: () => capture,
      }),
    ).initialize();
    await dataSource.query('CREATE TABLE person (id uuid PRIMARY KEY, note text NOT NULL UNIQUE)');
    consoleOutput = (['log', 'info', 'warn', 'error'] as const).map((method) =>
      jest.spyOn(console, method),
    );
  });
  afterAll(async () => {
    consoleOutput.forEach((spy) => spy.mockRestore());
    await dataSource?.destroy();
    await close?.();
  });

  it('logs a failed query once, structured, without its parameter values', async () => {
    lines.length = 0;
    await expect(dataSource.query('SELECT $1::uuid AS id', ['DJI-1234567'])).rejects.toThrow();
    expect(lines).toEqual([
      {
        level: 'error',
        message: 'database query failed',
        fields: {
          query: 'SELECT $1::uuid AS id',
          dbError: {
            code: '22P02',
            message: 'invalid input syntax for type uuid: [REDACTED]',
            routine: expect.any(String),
          },
        },
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('1234567');
    for (const spy of consoleOutput) expect(spy).not.toHaveBeenCalled();
  });

  it('keeps the row of a violated constraint (Postgres detail) out of the log', async () => {
    const id = '0b7c5a3e-8f0d-4c59-9a55-2f1f6d1f2e10';
    await dataSource.query('INSERT INTO person (id, note) VALUES ($1, $2)', [
      id,
      'prefers night shifts',
    ]);
    lines.length = 0;
    await expect(
      dataSource.query('INSERT INTO person (id, note) VALUES ($1, $2)', [
        '1f0a8b1c-2d3e-4f50-8a6b-7c8d9e0f1a2b',
        'prefers night shifts',
      ]),
    ).rejects.toThrow(/duplicate key/);
    expect(lines).toHaveLength(1);
    expect(lines[0].fields['dbError']).toMatchObject({
      code: '23505',
      constraint: expect.stringContaining('note'),
    });
    expect(JSON.stringify(lines)).not.toContain('night shifts');
    for (const spy of consoleOutput) expect(spy).not.toHaveBeenCalled();
  });

  it('logs a slow query as a warning with its duration and without values', async () => {
    lines.length = 0;
    await dataSource.query('SELECT pg_sleep(1.1), $1::text AS secret', ['SLOW-SECRET']);
    expect(lines).toEqual([
      {
        level: 'warn',
        message: 'slow database query',
        fields: {
          query: 'SELECT pg_sleep(1.1), $1::text AS secret',
          durationMs: expect.any(Number),
        },
      },
    ]);
    expect(lines[0].fields['durationMs']).toBeGreaterThanOrEqual(1_000);
    expect(JSON.stringify(lines)).not.toContain('SLOW-SECRET');
  });
});
