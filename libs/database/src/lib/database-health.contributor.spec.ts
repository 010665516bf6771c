import { createServer } from 'node:net';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { DatabaseHealthContributor } from './database-health.contributor';

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** What node-postgres really throws when nothing listens at the database's address. */
async function refusedConnection(port: number): Promise<Error> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: 'bridge_app',
    database: 'bridge_matching',
    connectionTimeoutMillis: 2_000,
  });
  const error = await client.connect().then(
    () => new Error('expected the connection to be refused'),
    (refused: Error) => refused,
  );
  await client.end().catch(() => undefined);
  return error;
}

/** A contributor on a data source whose queries fail with `error`. */
const contributorFailingWith = (error: unknown) =>
  new DatabaseHealthContributor({ query: () => Promise.reject(error) } as unknown as DataSource);

describe('DatabaseHealthContributor', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('reports a refused connection as "connection refused", without the address; the log gets the full error', async () => {
    const port = await closedPort();
    const refused = await refusedConnection(port);
    expect(refused.message).toContain(`127.0.0.1:${port}`); // what must not reach the answer

    const result = await contributorFailingWith(refused).check();

    expect(result).toEqual({ up: false, details: { error: 'connection refused' } });
    expect(JSON.stringify(result)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}`));
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({
        event: 'health.database.down',
        reason: 'connection refused',
        err: refused,
      }),
    );
  });

  it.each([
    [
      'a refusal by the server (wrong password)',
      Object.assign(new Error('password authentication failed for user "bridge_app"'), {
        code: '28P01',
      }),
      'authentication failed',
      /bridge_app/,
    ],
    [
      'a missing database',
      Object.assign(new Error('database "bridge_matching" does not exist'), { code: '3D000' }),
      'database does not exist',
      /bridge_matching/,
    ],
    [
      'a server shutting down, inside a failed query',
      new QueryFailedError(
        'SELECT 1',
        [],
        Object.assign(new Error('terminating connection due to administrator command'), {
          code: '57P01',
        }),
      ),
      'database shutting down',
      /administrator/,
    ],
    [
      'a pool that cannot connect in time',
      new Error('timeout exceeded when trying to connect'),
      'timeout',
      /exceeded/,
    ],
    [
      'a host that does not resolve',
      Object.assign(new Error('getaddrinfo ENOTFOUND postgres.internal.example'), {
        code: 'ENOTFOUND',
        hostname: 'postgres.internal.example',
      }),
      'host not found',
      /example/,
    ],
    [
      'a connection that ended',
      new Error('Connection terminated unexpectedly'),
      'database unreachable',
      /terminated/,
    ],
    [
      'anything else',
      new Error('relation "x" does not exist at postgres://bridge_app:secret@10.0.0.5/db'),
      'database check failed',
      /secret|10\.0\.0\.5/,
    ],
  ])('reports %s as a plain reason', async (_case, error, reason, secret) => {
    const result = await contributorFailingWith(error).check();
    expect(result).toEqual({ up: false, details: { error: reason } });
    expect(JSON.stringify(result)).not.toMatch(secret);
  });

  it('logs a failure when it starts or changes, not at every poll, and when it is over', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    let failure: Error | undefined = Object.assign(
      new Error('connect ECONNREFUSED 127.0.0.1:5432'),
      { code: 'ECONNREFUSED' },
    );
    const contributor = new DatabaseHealthContributor({
      query: () => (failure ? Promise.reject(failure) : Promise.resolve([])),
    } as unknown as DataSource);

    await contributor.check();
    await contributor.check();
    expect(warn).toHaveBeenCalledTimes(1);
    failure = new Error('timeout exceeded when trying to connect');
    await contributor.check();
    expect(warn).toHaveBeenCalledTimes(2);
    failure = undefined;
    await expect(contributor.check()).resolves.toEqual({ up: true });
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ event: 'health.database.up' }));
  });
});
