import { createApiClients, type ApiClients } from '@bridge/api-client';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { App } from '../app/app';
import type { Claims } from '../session/claims';

export type FakeHandler = (
  request: Request,
  url: URL,
) => unknown | Response | Promise<unknown | Response>;

/**
 * A fake of the three services for screen tests: `routes` maps "METHOD /api/<service>/<path>" to
 * a handler whose answer is sent as JSON (or a Response as it is). Unknown routes answer 404.
 * Every request is recorded with its parsed body.
 */
export function fakeApi(routes: Record<string, FakeHandler>) {
  const requests: { method: string; path: string; search: URLSearchParams; body: unknown }[] = [];
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
    if (!handler) return problem(404, 'Not Found');
    const answer = await handler(request, url);
    if (answer instanceof Response) return answer;
    return new Response(JSON.stringify(answer ?? {}), {
      status: request.method === 'POST' ? 201 : 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const clients: ApiClients = createApiClients({
    baseUrl: 'http://web.test',
    getToken: () => 'test-token',
    fetch,
  });
  return { clients, requests, fetch };
}

/** A problem+json answer as the services send it. */
export function problem(
  status: number,
  title: string,
  errors?: { field: string; message: string }[],
  detail?: string,
) {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, errors }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/**
 * The whole application at `path`, signed in with `claims` (or at the sign-in screen without).
 * Given `fetch` instead of `clients`, the app builds its own clients over it, wired to the session
 * as in the browser (a 401 signs out).
 */
export function renderApp({
  clients,
  fetch,
  claims,
  path = '/',
}: {
  clients?: ApiClients;
  fetch?: (request: Request) => Promise<Response>;
  claims?: Claims;
  path?: string;
}) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App
        clients={clients}
        fetch={fetch}
        baseUrl={fetch ? 'http://web.test' : undefined}
        session={claims && { claims, token: 'test-token' }}
      />
    </MemoryRouter>,
  );
}
