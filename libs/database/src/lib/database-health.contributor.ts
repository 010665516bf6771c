import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { connectionFailureReason } from './connection-failure';
import { isDatabaseUnavailable } from './postgres-errors';

/** SQLSTATEs of a server that refuses us, as a plain reason (their messages name users and databases). */
const PLAIN_SQLSTATES: Readonly<Record<string, string>> = {
  '57P01': 'database shutting down',
  '57P02': 'database restarting after a crash',
  '57P03': 'database starting up',
  '28000': 'authentication failed',
  '28P01': 'authentication failed',
  '3D000': 'database does not exist',
  '53300': 'too many connections',
};

/**
 * Why the database check failed, in words fit for the public GET /health: never the driver's
 * message, which names hosts, ports, users and databases.
 */
export function databaseFailureReason(error: unknown): string {
  const network = connectionFailureReason(error);
  if (network) return network;
  const cause = error instanceof QueryFailedError ? error.driverError : error;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && PLAIN_SQLSTATES[code]) return PLAIN_SQLSTATES[code];
  // node-postgres' own words when the pool or a connect attempt runs out of time (no code).
  if (
    /^timeout exceeded when trying to connect|due to connection timeout/.test(
      (cause as { message?: string } | null)?.message ?? '',
    )
  )
    return 'timeout';
  return isDatabaseUnavailable(error) ? 'database unreachable' : 'database check failed';
}

/** The database part of GET /health. */
@Injectable()
export class DatabaseHealthContributor {
  readonly name = 'database';
  private readonly logger = new Logger('DatabaseHealth');
  /** The reason last logged: a failure is logged when it starts or changes, not at every poll. */
  private loggedReason?: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(): Promise<{ up: boolean; details?: Record<string, unknown> }> {
    try {
      await this.dataSource.query('SELECT 1');
      if (this.loggedReason)
        this.logger.log({ msg: 'database check passes again', event: 'health.database.up' });
      this.loggedReason = undefined;
      return { up: true };
    } catch (error) {
      const reason = databaseFailureReason(error);
      if (reason !== this.loggedReason) {
        // The full error (host, port, user) goes to the log only, redacted as the logger does.
        this.logger.warn({
          msg: `database check failed: ${reason}`,
          event: 'health.database.down',
          reason,
          err: error,
        });
        this.loggedReason = reason;
      }
      return { up: false, details: { error: reason } };
    }
  }
}
