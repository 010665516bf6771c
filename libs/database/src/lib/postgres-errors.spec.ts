import { QueryFailedError } from 'typeorm';
import { Pool } from 'pg';
import { createServer } from 'node:net';
import { isDatabaseUnavailable, isUniqueViolation } from './postgres-errors';

describe('isUniqueViolation', () => {
  const failure = (driverError: object) =>
    new QueryFailedError('INSERT …', [], Object.assign(new Error('failed'), driverError));

  it('recognises SQLSTATE 23505, of any constraint or of the one named', () => {
    const error = failure({ code: '23505', constraint: 'employers_kvk_number_key' });
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'employers_kvk_number_key')).toBe(true);
    expect(isUniqueViolation(error, 'certificates_valid_unique')).toBe(false);
  });

  it('answers false for other database errors and for anything else', () => {
    expect(isUniqueViolation(failure({ code: '23503', constraint: 'fk' }))).toBe(false);
    expect(isUniqueViolation(new Error('23505'))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});

describe('isDatabaseUnavailable', () => {
  const failure = (driverError: object) =>
    new QueryFailedError('SELECT …', [], Object.assign(new Error('failed'), driverError));

  it('recognises a server that refuses connections, as the pool reports it', async () => {
    // A port that was free a moment ago: nobody listens there.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const pool = new Pool({
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
      connectionTimeoutMillis: 1_000,
    });
    const error = await pool.query('SELECT 1').catch((e: unknown) => e);
    await pool.end();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises a server shutting down or starting, a dead connection and a connect timeout', () => {
    expect(isDatabaseUnavailable(failure({ code: '57P01' }))).toBe(true); // terminating connection due to administrator command
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connection failure'), { code: '08006' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('answers false for errors of the query itself and for anything else', () => {
    expect(isDatabaseUnavailable(failure({ code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(failure({ code: '42P01' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
