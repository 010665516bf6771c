import { createApiClients } from '@bridge/api-client';
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { App } from '../../app/app';
import type { Claims } from '../../session/claims';

// jsdom renders these long forms slowly on a busy machine; wait for the screens a little longer.
configure({ asyncUtilTimeout: 4000 });

/** A user who types without pauses between the keys (keeps the specs fast). */
export const aUser = () => userEvent.setup({ delay: null });

/** A request as the fake services saw it. */
export interface SeenRequest {
  method: string;
  /** e.g. `/api/matching/candidates` */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export interface FakeAnswer {
  status?: number;
  body?: unknown;
}

/** Answers per `METHOD /api/<service>/<path>`; a function gets the request. Unknown routes answer 404. */
export type FakeRoutes = Record<string, FakeAnswer | ((request: SeenRequest) => FakeAnswer)>;

export function problem(
  status: number,
  errors?: { field: string; message: string }[],
  detail = 'refused',
): FakeAnswer {
  return { status, body: { type: 'urn:test', title: 'Problem', status, detail, errors } };
}

/** A fetch that answers from `routes` and records every request. */
export function fakeServices(routes: FakeRoutes) {
  const requests: SeenRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const seen: SeenRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(seen);
    const route = routes[`${seen.method} ${seen.path}`];
    const answer = typeof route === 'function' ? route(seen) : (route ?? problem(404));
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** Renders the whole application, signed in with `claims`, at `path`, against fake services. */
export function renderSignedIn(path: string, claims: Claims, routes: FakeRoutes) {
  const services = fakeServices(routes);
  const clients = createApiClients({
    baseUrl: 'http://web.test',
    getToken: () => 't',
    fetch: services.fetch,
  });
  const result = render(
    <MemoryRouter initialEntries={[path]}>
      <App clients={clients} session={{ claims, token: 't' }} />
    </MemoryRouter>,
  );
  return { ...result, requests: services.requests };
}

export function aCandidate(overrides: Record<string, unknown> = {}) {
  return {
    id: '5d0c0a52-5c7e-4c3e-9a43-3d3f8e4f1a7b',
    piCode: 'PI-VUGHT',
    expectedReleaseDate: '2027-03-15',
    returnMunicipalityCode: 'GM0855',
    regionCode: 'AM27',
    vogOutlook: 'likely',
    excludedMunicipalities: [],
    preferences: { work: true, education: false, sectors: [] },
    consent: { shareAnonymisedProfile: true },
    status: 'active',
    leftReason: null,
    certificates: [],
    createdAt: '2026-11-02T09:30:00.000Z',
    updatedAt: '2026-11-02T09:30:00.000Z',
    version: 1,
    ...overrides,
  };
}
