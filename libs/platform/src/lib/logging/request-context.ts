import type { Logger } from 'pino';
// nestjs-pino keeps the request's logger in this AsyncLocalStorage (set by its middleware for
// every request); its index does not re-export it. Kept to this one file.
import { storage } from 'nestjs-pino/storage';

/** The logger of the request being handled (it carries `requestId`), if any. */
export function currentRequestLogger(): Logger | undefined {
  return storage.getStore()?.logger;
}

/** The id of the request being handled, if any: use it as correlation id of events and audit rows. */
export function currentRequestId(): string | undefined {
  const id = currentRequestLogger()?.bindings()['requestId'];
  return typeof id === 'string' ? id : undefined;
}
