import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runCommand } from './workspace';

/** The newest Debian/Ubuntu server binaries (/usr/lib/postgresql/<version>/bin). */
function installedPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions
    .map((v) => join(root, v, 'bin'))
    .find((bin) => existsSync(join(bin, 'initdb')));
  return found ?? join(root, '15', 'bin');
}

/**
 * A Postgres server of a suite's own (initdb into a fresh folder, its own port and socket folder),
 * so a test may stop and start it without touching the machine's shared server. initdb and
 * postgres refuse to run as root: as root they run as the `postgres` OS user, which then owns the
 * folder.
 */
export class OwnPostgresServer {
  /** Its own folder right under the temp folder, so the `postgres` user can reach it. */
  private readonly folder = mkdtempSync(join(tmpdir(), 'bridge-own-pg-'));
  private readonly dataDir = join(this.folder, 'data');

  /** `bin`: the folder of initdb and pg_ctl (default: the newest installed server). */
  constructor(
    readonly port: number,
    private readonly bin = installedPostgresBin(),
  ) {}

  /** Why initdb and pg_ctl in `bin` cannot be used, if they cannot. */
  static missing(bin = installedPostgresBin()): string | undefined {
    return ['initdb', 'pg_ctl'].every((tool) => existsSync(join(bin, tool)))
      ? undefined
      : `Postgres binaries (initdb, pg_ctl) in ${bin}`;
  }

  /** `postgres://` URL of one database of this server. */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async init(): Promise<void> {
    if (process.getuid?.() === 0)
      await runCommand('chown', ['-R', 'postgres:postgres', this.folder]);
    await this.tool('initdb', [
      '-D',
      this.dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
      '-E',
      'UTF8',
    ]);
  }

  async start(): Promise<void> {
    await this.tool('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      join(this.folder, 'postgres.log'),
      '-o',
      `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      'start',
    ]);
  }

  /** Stops the server the way an operator (or a failover) would: connections are cut at once. */
  async stop(): Promise<void> {
    await this.tool('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  /** Stops it if it runs and deletes its folder; never fails (teardown). */
  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.folder, { recursive: true, force: true });
  }

  async createDatabases(names: readonly string[]): Promise<void> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      for (const name of names) await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
  }

  private tool(name: string, args: readonly string[]): Promise<string> {
    const path = join(this.bin, name);
    return process.getuid?.() === 0
      ? runCommand('runuser', ['-u', 'postgres', '--', path, ...args])
      : runCommand(path, args);
  }
}
