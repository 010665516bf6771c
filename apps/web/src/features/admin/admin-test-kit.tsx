import { createApiClients } from '@bridge/api-client';
import { configure, render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ApiProvider } from '../../api/api';
import { SessionProvider } from '../../session/session';
import { AdminScreens } from './admin-screens';

// Role queries skip the costly visibility check (these screens hide nothing with CSS), and a busy
// machine gets time: the forms hold 35 regions and every PI as checkboxes.
configure({ defaultHidden: true, asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 30_000 });

export type Handler = (
  request: Request,
  url: URL,
) => unknown | Response | Promise<unknown | Response>;

export interface Recorded {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

/** A problem+json answer as the services send it. */
export function problem(
  status: number,
  errors?: { field: string; message: string }[],
  detail = 'Invalid input',
) {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: 'Problem', status, detail, errors }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );
}

/**
 * The coordinator's (admin's) screens at `path` with the application's providers, over a fake of the services:
 * `routes` maps "METHOD /api/<service>/<path>" to a handler; its answer is sent as JSON (201 for a
 * POST), a Response as it is; an unknown route answers 404. `location()` is the router's URL.
 */
export function renderAdmin(path: string, routes: Record<string, Handler>) {
  const requests: Recorded[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    requests.push({
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
    });
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return problem(404, undefined, 'Not Found');
    const answer = await handler(request, url);
    if (answer instanceof Response) return answer;
    return new Response(JSON.stringify(answer ?? {}), {
      status: request.method === 'POST' ? 201 : 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const clients = createApiClients({
    baseUrl: 'http://web.test',
    getToken: () => 't',
    fetch: fetch as typeof globalThis.fetch,
  });
  let current = { pathname: '', search: '' };
  function LocationProbe() {
    const location = useLocation();
    current = { pathname: location.pathname, search: location.search };
    return null;
  }
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <QueryClientProvider
        client={
          new QueryClient({
            defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
          })
        }
      >
        <SessionProvider initial={{ claims: { sub: 'dji-coord-1', role: 'admin' }, token: 't' }}>
          <ApiProvider clients={clients}>
            <Routes>
              <Route path="/beheer/*" element={<AdminScreens />} />
            </Routes>
          </ApiProvider>
        </SessionProvider>
      </QueryClientProvider>
      <LocationProbe />
    </MemoryRouter>,
  );
  return { ...view, requests, location: () => current };
}

export const page = <Item,>(items: Item[], nextCursor: string | null = null) => ({
  items,
  nextCursor,
});
