import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A caller's request id is reused (in logs, answers, events and audit entries) only when it is a
 * short plain token, a UUID being one; anything else is replaced by a fresh UUID.
 */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The id of this request: the one already assigned, else a sane incoming `x-request-id`, else a
 * random UUID. Stores it on `req.id` and echoes it in the `x-request-id` response header.
 */
export function resolveRequestId(req: IncomingMessage, res: ServerResponse): string {
  const holder = req as { id?: unknown };
  let id = typeof holder.id === 'string' && holder.id !== '' ? holder.id : undefined;
  if (!id) {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
    id = candidate && WELL_FORMED_REQUEST_ID.test(candidate) ? candidate : randomUUID();
    holder.id = id;
  }
  if (!res.headersSent && !res.getHeader(REQUEST_ID_HEADER)) res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
