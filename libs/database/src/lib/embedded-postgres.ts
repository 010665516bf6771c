import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Postgres in-process (PGlite, WASM) served on a loopback TCP port, so the ordinary `pg`
 * driver and TypeORM talk to it exactly as to a real server and run the same migrations.
 * PGlite is a single session: clients must use one connection (see `poolSize` below).
 */
export class EmbeddedPostgres {
  /** PGlite serves one session; a second concurrent connection could hang (PGlite #1046). */
  static readonly poolSize = 1;

  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
  ) {}

  /** Starts a database kept on disk in `dataDir`, or in memory when `dataDir` is omitted. */
  static async start(dataDir?: string): Promise<EmbeddedPostgres> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const db = dataDir ? new PGlite(dataDir) : new PGlite();
    await db.waitReady;
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
    return new EmbeddedPostgres(db, server, `postgres://postgres@${server.getServerConn()}/postgres`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}
