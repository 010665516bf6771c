import { INestApplication, Logger } from '@nestjs/common';
import { CronExpression, ScheduleModule, SchedulerRegistry } from '@nestjs/schedule';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DatabaseConnection,
  openDatabaseConnection,
  serviceDataSourceOptions,
} from '@bridge/database';
import { createTestDatabase, databaseBackends, expectEventually } from '@bridge/testing';
import { IdempotencyKeysTable1764300000050 } from './idempotency-keys.migration';
import {
  IDEMPOTENCY_KEY_CLEANUP_BATCH_SIZE,
  IdempotencyKeyCleanup,
} from './idempotency-key-cleanup.service';
import { IdempotencyRecord } from './idempotency-record.entity';
import { IdempotencyModule } from './idempotency.module';

const HOUR_MS = 60 * 60 * 1000;
const NOW = new Date('2030-06-01T12:00:00Z');
const hoursBefore = (hours: number, at = NOW) => new Date(at.getTime() - hours * HOUR_MS);

async function openDatabase(postgresUrl?: string): Promise<DatabaseConnection> {
  if (!postgresUrl) {
    return openDatabaseConnection({ service: 'idempotency', dataDir: null });
  }
  const db = await createTestDatabase(postgresUrl, 'idempotency_cleanup');
  return { url: db.url, embedded: false, close: () => db.drop() };
}

/** What every service has: the table (migrated at boot), the scheduler once, the module. */
async function boot(db: DatabaseConnection): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot(
        serviceDataSourceOptions({
          ...db,
          entities: [IdempotencyRecord],
          migrations: [IdempotencyKeysTable1764300000050],
        }),
      ),
      ScheduleModule.forRoot(),
      IdempotencyModule,
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe.each(databaseBackends())('deleting expired idempotency keys on %s', (_name, backend) => {
  let db: DatabaseConnection;
  let app: INestApplication;
  const cleanup = () => app.get(IdempotencyKeyCleanup);
  const query = <T = unknown>(sql: string, params?: unknown[]) =>
    app.get(DataSource).query(sql, params) as Promise<T>;

  /** `count` keys named `<prefix>-<n>`, claimed at `claimedAt` (SQL: a timestamptz or expression). */
  const insertKeys = (prefix: string, count: number, claimedAt: string, params: unknown[] = []) =>
    query(
      `INSERT INTO idempotency_keys (caller, idempotency_key, route, request_hash, response_status, response_body, created_at)
         SELECT 'admin:a', '${prefix}-' || n, 'POST /notes', 'hash', 201, '{"id":1}'::jsonb, ${claimedAt}
           FROM generate_series(1, ${count}) AS n`,
      params,
    );
  const keys = async () =>
    (
      await query<{ idempotency_key: string }[]>(
        'SELECT idempotency_key FROM idempotency_keys ORDER BY idempotency_key',
      )
    ).map((row) => row.idempotency_key);
  const keyCount = async () =>
    (await query<{ n: number }[]>('SELECT count(*)::int AS n FROM idempotency_keys'))[0].n;

  beforeAll(async () => {
    db = await openDatabase(backend.postgresUrl);
    app = await boot(db);
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  beforeEach(async () => {
    await query('DELETE FROM idempotency_keys');
  });

  it('deletes every expired key across several batches and keeps the unexpired ones', async () => {
    const expired = 2 * IDEMPOTENCY_KEY_CLEANUP_BATCH_SIZE + 500;
    await insertKeys('old', expired, '$1::timestamptz', [hoursBefore(25)]);
    await insertKeys('fresh', 3, '$1::timestamptz', [hoursBefore(23)]);

    expect(await cleanup().deleteExpired(NOW)).toBe(expired);
    expect(await keys()).toEqual(['fresh-1', 'fresh-2', 'fresh-3']);
  });

  it.each([
    ['claimed 24 hours and 1 ms ago', true, hoursBefore(24 + 1 / HOUR_MS)],
    ['claimed exactly 24 hours ago', false, hoursBefore(24)],
    ['claimed a minute ago', false, hoursBefore(1 / 60)],
    ['claimed a moment after now', false, new Date(NOW.getTime() + 1)],
  ])('takes a key %s as expired: %s', async (_case, expired, claimedAt) => {
    await insertKeys('key', 1, '$1::timestamptz', [claimedAt]);
    expect(await cleanup().deleteExpired(NOW)).toBe(expired ? 1 : 0);
    expect(await keyCount()).toBe(expired ? 0 : 1);
  });

  it('deletes nothing when nothing has expired, also on an empty table', async () => {
    expect(await cleanup().deleteExpired(NOW)).toBe(0);
    await insertKeys('fresh', 5, '$1::timestamptz', [hoursBefore(2)]);
    expect(await cleanup().deleteExpired(NOW)).toBe(0);
    expect(await keyCount()).toBe(5);
  });

  it('runs on the database clock by default, logging what it deleted', async () => {
    await insertKeys('old', 2, `now() - interval '25 hours'`);
    await insertKeys('fresh', 1, `now() - interval '23 hours'`);
    const log = jest.spyOn(Logger.prototype, 'log');
    try {
      await cleanup().tick();
      expect(log).toHaveBeenCalledWith('deleted 2 expired idempotency keys');
    } finally {
      log.mockRestore();
    }
    expect(await keys()).toEqual(['fresh-1']);
  });

  it('logs a failed run without throwing, and a later run deletes what was due', async () => {
    await insertKeys('old', 2, `now() - interval '25 hours'`);
    const warn = jest.spyOn(Logger.prototype, 'warn');
    await query('ALTER TABLE idempotency_keys RENAME TO idempotency_keys_away');
    try {
      await expect(cleanup().tick()).resolves.toBeUndefined();
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/^could not delete expired idempotency keys.*idempotency_keys/),
      );
    } finally {
      await query('ALTER TABLE idempotency_keys_away RENAME TO idempotency_keys');
      warn.mockRestore();
    }
    expect(await keyCount()).toBe(2);
    await cleanup().tick();
    expect(await keyCount()).toBe(0);
  });

  // The embedded database serves one session: nothing can hold a row alongside the cleanup.
  (backend.postgresUrl ? it : it.skip)(
    'skips a key whose row a create in flight holds, and deletes it on a later run',
    async () => {
      await insertKeys('old', 2, '$1::timestamptz', [hoursBefore(25)]);
      const create = app.get(DataSource).createQueryRunner();
      await create.startTransaction();
      try {
        await create.query(
          `SELECT 1 FROM idempotency_keys WHERE idempotency_key = 'old-1' FOR UPDATE`,
        );
        expect(await cleanup().deleteExpired(NOW)).toBe(1);
      } finally {
        await create.rollbackTransaction();
        await create.release();
      }
      expect(await keys()).toEqual(['old-1']);
      expect(await cleanup().deleteExpired(NOW)).toBe(1);
    },
  );

  it('is scheduled hourly, and runs once at start-up', async () => {
    const job = app.get(SchedulerRegistry).getCronJob('idempotency-key-cleanup');
    expect(job.cronTime.source).toBe(CronExpression.EVERY_HOUR);
    expect(job.isActive).toBe(true);

    await insertKeys('old', 3, `now() - interval '25 hours'`);
    await app.close(); // one app at a time: the embedded database serves one session
    app = await boot(db);
    await expectEventually(async () => expect(await keyCount()).toBe(0));
  });
});
