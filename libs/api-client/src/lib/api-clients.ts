import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths as EmployersPaths } from '../generated/employers';
import type { paths as MatchingPaths } from '../generated/matching';
import type { paths as TrainingPaths } from '../generated/training';
import { toProblemError } from './problem';

export interface ApiClientOptions {
  /** Origin of the web server that forwards `/api/<service>` (empty: the page's own origin). */
  baseUrl?: string;
  /** The bearer token of the signed-in person, read for every request. */
  getToken(): string | undefined;
  /** Called on a 401 (token expired or refused) before the error reaches the caller. */
  onUnauthorized?(): void;
  fetch?: (request: Request) => Promise<Response>;
}

export interface ApiClients {
  matching: Client<MatchingPaths>;
  employers: Client<EmployersPaths>;
  training: Client<TrainingPaths>;
}

/**
 * Typed clients of the three services, generated from their OpenAPI documents. Every request
 * carries the bearer token; every answer that is not 2xx is thrown as a ProblemError, so a
 * caller (a TanStack query or mutation) only ever sees data or a ProblemError.
 */
export function createApiClients(options: ApiClientOptions): ApiClients {
  const middleware: Middleware = {
    onRequest({ request }) {
      const token = options.getToken();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) return response;
      if (response.status === 401) options.onUnauthorized?.();
      const text = await response.clone().text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      throw toProblemError(response, body);
    },
  };
  const client = <Paths extends object>(service: string) => {
    const created = createClient<Paths>({
      baseUrl: `${options.baseUrl ?? ''}/api/${service}`,
      fetch: options.fetch,
    });
    created.use(middleware);
    return created;
  };
  return {
    matching: client<MatchingPaths>('matching'),
    employers: client<EmployersPaths>('employers'),
    training: client<TrainingPaths>('training'),
  };
}

/** The data of an openapi-fetch result (errors were already thrown by the middleware). */
export async function unwrap<T>(result: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data } = await result;
  return data as T;
}
