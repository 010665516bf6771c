import { randomBytes, timingSafeEqual } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createStartupMessage, hashMd5Password, PostgresConnection } from 'pg-gateway';

/** The one database user of an embedded Postgres. */
export const EMBEDDED_DATABASE_USER = 'postgres';

/**
 * Postgres in-process (PGlite, WASM), so the ordinary `pg` driver and TypeORM talk to it exactly
 * as to a real server and run the same migrations. PGlite checks no credentials, so it is served
 * on a Unix socket in a private folder (0700) and only reached through a loopback TCP front that
 * asks for the password first (md5 challenge, pg-gateway) and then hands the session to PGlite's
 * socket server. PGlite is a single session: clients must use one connection (see `poolSize`).
 */
export class EmbeddedPostgres {
  /** PGlite serves one session; a second concurrent connection could hang (PGlite #1046). */
  static readonly poolSize = 1;

  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly front: Server,
    private readonly socketDir: string,
    readonly url: string,
  ) {}

  /**
   * Starts a database kept on disk in `dataDir`, or in memory when `dataDir` is omitted. Its
   * password is `password` when given; else one generated for the data folder and kept beside it
   * (`<dataDir>.password`, mode 0600), or one per start for a database in memory.
   */
  static async start(dataDir?: string, password?: string): Promise<EmbeddedPostgres> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const secret = password ?? (dataDir ? storedPassword(`${dataDir}.password`) : newPassword());
    const db = dataDir ? new PGlite(dataDir) : new PGlite();
    await db.waitReady;
    const socketDir = mkdtempSync(join(tmpdir(), 'bridge-pg-'));
    const socketPath = join(socketDir, '.s.PGSQL.5432');
    const server = new PGLiteSocketServer({
      db,
      path: socketPath,
      maxConnections: 4,
    });
    await server.start();
    chmodSync(socketPath, 0o600);
    const front = createServer((socket) => authenticateThenForward(socket, socketPath, secret));
    await new Promise<void>((resolve, reject) => {
      front.once('error', reject).listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = front.address() as AddressInfo;
    const url = `postgres://${EMBEDDED_DATABASE_USER}:${encodeURIComponent(secret)}@127.0.0.1:${port}/postgres`;
    return new EmbeddedPostgres(db, server, front, socketDir, url);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.front.close(() => resolve()));
    await this.server.stop();
    await this.db.close();
    rmSync(this.socketDir, { recursive: true, force: true });
  }
}

function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

/** The data folder's password: read from its file, or generated and written owner-only. */
function storedPassword(file: string): string {
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    return readFileSync(file, 'utf8').trim();
  }
  const password = newPassword();
  writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

/**
 * One client connection: pg-gateway answers the startup with an md5 challenge and refuses a
 * wrong user or password (28P01). Once it has said AuthenticationOk and ReadyForQuery, the session
 * is opened at PGlite's socket with the client's startup parameters, its greeting is swallowed,
 * and from then on bytes flow unchanged both ways.
 */
function authenticateThenForward(client: Socket, socketPath: string, password: string): void {
  client.on('error', () => client.destroy());
  const connection: PostgresConnection = new PostgresConnection(client, {
    authMode: 'md5Password',
    async validateCredentials(credentials) {
      if (credentials.authMode !== 'md5Password' || credentials.user !== EMBEDDED_DATABASE_USER)
        return false;
      const expected = Buffer.from(
        await hashMd5Password(credentials.user, password, credentials.salt),
      );
      const given = Buffer.from(credentials.hash);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
    async onAuthenticated(state) {
      const upstream = connect(socketPath);
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      upstream.write(
        createStartupMessage({
          majorVersion: 3,
          minorVersion: 0,
          parameters: state.clientInfo?.parameters ?? {
            user: EMBEDDED_DATABASE_USER,
          },
        }),
      );
      const rest = await untilReadyForQuery(upstream);
      connection.detach();
      if (rest.length > 0) client.write(rest);
      client.pipe(upstream);
      upstream.pipe(client);
    },
  });
}

/** Reads PGlite's answer to a startup message up to its ReadyForQuery ('Z'); returns what follows it. */
function untilReadyForQuery(upstream: Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      let offset = 0;
      while (buffer.length - offset >= 5) {
        const type = String.fromCharCode(buffer[offset]);
        const end = offset + 1 + buffer.readInt32BE(offset + 1);
        if (end > buffer.length) break;
        if (type === 'E') return fail(new Error('the embedded database refused the session'));
        offset = end;
        if (type === 'Z') {
          upstream.off('data', onData).off('error', fail).pause();
          return resolve(buffer.subarray(offset));
        }
      }
    };
    const fail = (error: Error) => {
      upstream.destroy();
      reject(error);
    };
    upstream.on('data', onData).once('error', fail);
  });
}
