import { createApiClients } from '@bridge/api-client';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ApiProvider } from '../../api/api';
import type { RoleArea } from '../../app/role-area';
import type { Claims } from '../../session/claims';
import { SessionProvider } from '../../session/session';

export interface FakeAnswer {
  status?: number;
  body?: unknown;
}
export type FakeRoute = (request: { url: URL; body: unknown }) => FakeAnswer | unknown;

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/**
 * A fake of the three services for screen tests: answers by "METHOD /api/<service>/<path>" (an
 * answer is a body for 200, or `{ status, body }`), records every request sent.
 */
export function fakeServices(routes: Record<string, FakeRoute>) {
  const requests: SentRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    requests.push({ method: request.method, path: url.pathname, query: url.searchParams, body });
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route)
      return json(404, {
        status: 404,
        title: 'Not Found',
        detail: `no fake for ${request.method} ${url.pathname}`,
      });
    const answer = route({ url, body });
    if (
      answer &&
      typeof answer === 'object' &&
      'status' in answer &&
      typeof (answer as FakeAnswer).status === 'number'
    ) {
      const { status = 200, body: payload } = answer as FakeAnswer;
      return json(status, payload);
    }
    return json(200, answer);
  };
  const clients = createApiClients({
    baseUrl: 'http://web.test',
    getToken: () => 't',
    fetch: fetch as typeof globalThis.fetch,
  });
  return {
    clients,
    requests,
    sent: (method: string, path: string) =>
      requests.filter((r) => r.method === method && r.path === path),
  };
}

function json(status: number, body: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/**
 * Renders one role area's screens at `path` with the application's providers (server state, the
 * session, the API clients), as the application frame does, without the other roles' areas.
 */
export function renderArea(
  area: Pick<RoleArea, 'basePath'> & { Screens: ComponentType },
  claims: Claims,
  path: string,
  services: ReturnType<typeof fakeServices>,
) {
  const Screens = area.Screens;
  return render(
    <QueryClientProvider
      client={
        new QueryClient({
          defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
        })
      }
    >
      <SessionProvider initial={{ claims, token: 't' }}>
        <ApiProvider clients={services.clients}>
          <MemoryRouter initialEntries={[path]}>
            <main id="main">
              <Routes>
                <Route path={`${area.basePath}/*`} element={<Screens />} />
              </Routes>
            </main>
          </MemoryRouter>
        </ApiProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

export const page = <T,>(items: T[], nextCursor: string | null = null) => ({ items, nextCursor });

/** The table row a cell's text is in. */
export function rowOf(element: HTMLElement): HTMLElement {
  const row = element.closest('tr');
  if (!row) throw new Error('not in a table row');
  return row;
}
