import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Options } from 'pino-http';
import { isUuid } from '../validation/patterns';
import { resolveRequestId } from './request-id.util';

/** Query parameters whose values never reach the logs (a DJI number is looked up by query). */
const SENSITIVE_QUERY_PARAM = /dji|bsn|token|secret|password|key/i;

/** Headers whose values never reach the logs: every credential-like name. */
const CREDENTIAL_HEADER = /token|secret|password|auth|session|cookie|key|signature/i;

/** Path segments kept in logs besides ids (UUIDs): the API's own words. */
const PLAIN_WORD = /^[a-z]+(?:-[a-z]+)*$/i;

const MASK = '[REDACTED]';

/**
 * The url as it may be logged: every path segment that is neither a UUID nor a plain word is
 * masked (a DJI number typed into a path), and so are the values of sensitive query parameters.
 */
export function maskUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const [path, query] = url.split('?', 2);
  const maskedPath = path
    .split('/')
    .map((segment) =>
      segment === '' || isUuid(segment) || PLAIN_WORD.test(segment) ? segment : ':masked',
    )
    .join('/');
  if (query === undefined) return maskedPath;
  const params = new URLSearchParams(query);
  for (const name of [...params.keys()]) {
    if (SENSITIVE_QUERY_PARAM.test(name)) params.set(name, MASK);
  }
  return `${maskedPath}?${params.toString()}`;
}

/** The headers as they may be logged: values of credential-like headers masked. */
export function redactHeaders(
  headers: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      CREDENTIAL_HEADER.test(name) ? MASK : value,
    ]),
  );
}

interface SerializedRequest {
  method?: string;
  url?: string;
  headers?: Record<string, unknown>;
  remoteAddress?: string;
}

/**
 * pino-http settings: request id from `x-request-id` (or a UUID), bound as `requestId` to every
 * line of the request; one access line per request with method, masked url, headers (credential-like
 * ones redacted) and status — never a body.
 */
export function buildPinoHttpOptions(logger: Logger): Options {
  return {
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => resolveRequestId(req, res),
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    serializers: {
      req: (req: SerializedRequest) => ({
        method: req.method,
        url: maskUrl(req.url),
        headers: redactHeaders(req.headers),
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    // A 5xx is logged with its error by the exception filter; the access line needs no
    // synthetic "failed with status code 500" error of its own.
    customErrorObject: (_req, res, error, line: Record<string, unknown>) => {
      const { err, ...rest } = line;
      return (res as { err?: unknown }).err ||
        error.message !== `failed with status code ${res.statusCode}`
        ? { ...rest, err }
        : rest;
    },
    customErrorMessage: () => 'request failed',
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    // Health probes every few seconds would drown the access log; failures are logged by the check.
    autoLogging: {
      ignore: (req) => (req.url ?? '').split('?')[0] === '/health',
    },
  };
}
