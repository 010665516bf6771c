/** Socket error codes, as a plain reason that names no host, port or user. */
const PLAIN_SOCKET_FAILURES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  ETIMEDOUT: 'timeout',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'host unreachable',
};

/** The error and the errors it wraps (`cause`, TypeORM's `driverError`, kafkajs' `originalError`, an AggregateError's `errors`). */
function errorChain(error: unknown): object[] {
  const chain: object[] = [];
  const pending: unknown[] = [error];
  while (pending.length > 0 && chain.length < 10) {
    const next = pending.shift();
    if (typeof next !== 'object' || next === null || chain.includes(next)) continue;
    chain.push(next);
    const { cause, driverError, originalError, errors } = next as {
      cause?: unknown;
      driverError?: unknown;
      originalError?: unknown;
      errors?: unknown;
    };
    pending.push(cause, driverError, originalError, ...(Array.isArray(errors) ? errors : []));
  }
  return chain;
}

/**
 * Why a connection to a server failed, in words fit for a public answer such as GET /health
 * ("connection refused", "timeout", "host not found", …): socket error messages quote the host and
 * port (`connect ECONNREFUSED 10.0.0.5:5432`), and answers must not reveal the infrastructure. The
 * full error belongs in the log. Undefined when the error is no connection failure.
 */
export function connectionFailureReason(error: unknown): string | undefined {
  for (const link of errorChain(error)) {
    const { code, name, message } = link as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && PLAIN_SOCKET_FAILURES[code]) return PLAIN_SOCKET_FAILURES[code];
    if (
      name === 'TimeoutError' ||
      name === 'KafkaJSRequestTimeoutError' ||
      name === 'KafkaJSConnectionClosedError'
    ) {
      return name === 'KafkaJSConnectionClosedError' ? 'connection closed' : 'timeout';
    }
    // Some clients keep only the message (kafkajs wraps the socket error into its own text).
    const quoted =
      typeof message === 'string'
        ? Object.keys(PLAIN_SOCKET_FAILURES).find((socketCode) => message.includes(socketCode))
        : undefined;
    if (quoted) return PLAIN_SOCKET_FAILURES[quoted];
  }
  return undefined;
}
