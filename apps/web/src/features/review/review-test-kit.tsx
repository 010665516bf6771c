import { createApiClients } from '@bridge/api-client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ApiProvider } from '../../api/api';
import { SessionProvider } from '../../session/session';
import { ReviewScreens } from './review-screens';
import type { QueuedSuggestion } from './model';

/** A fake answer: JSON with a status (200 unless told), or `text` as it is (a CSV) with its headers. */
export interface FakeAnswer {
  status?: number;
  body?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export type FakeRoute = (url: URL, request: Request) => FakeAnswer | Promise<FakeAnswer>;

/** Routes by "METHOD /api/<service>/<path>" with ":id" segments, e.g. "GET /api/matching/suggestions/:id". */
export function fakeFetch(routes: Record<string, FakeRoute>) {
  const requests: { method: string; url: URL; headers: Headers; body?: unknown }[] = [];
  const patterns = Object.entries(routes).map(([key, handler]) => {
    const [method, path] = key.split(' ');
    const regex = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    return { method, regex, handler };
  });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    requests.push({
      method: request.method,
      url,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    });
    const route = patterns.find((p) => p.method === request.method && p.regex.test(url.pathname));
    const answer = route
      ? await route.handler(url, request)
      : { status: 404, body: { status: 404, title: 'Not Found' } };
    const status = answer.status ?? 200;
    return new Response(answer.text ?? JSON.stringify(answer.body ?? {}), {
      status,
      headers: answer.headers ?? {
        'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      },
    });
  };
  return { fetch, requests };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export const ADVISOR = { sub: 'uwv-1', role: 'uwv-advisor' as const, regions: ['AM27', 'AM28'] };

export function renderAdvisor(path: string, routes: Record<string, FakeRoute>) {
  const fake = fakeFetch(routes);
  const clients = createApiClients({
    baseUrl: 'http://web.test',
    getToken: () => 't',
    fetch: fake.fetch as typeof globalThis.fetch,
  });
  // The advisor's area with the providers the application puts around it (as AppFrame renders it).
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider initial={{ claims: ADVISOR, token: 't' }}>
        <ApiProvider clients={clients}>
          <MemoryRouter initialEntries={[path]}>
            <main id="main">
              <Routes>
                <Route path="/beoordelen/*" element={<ReviewScreens />} />
              </Routes>
            </main>
            <LocationProbe />
          </MemoryRouter>
        </ApiProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...view, requests: fake.requests };
}

/** A calendar date `days` from today (UTC), as the API writes dates. */
export function inDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function suggestion(
  overrides: Partial<QueuedSuggestion> & { id: string },
): QueuedSuggestion {
  return {
    candidateId: `c${overrides.id}aaaa-0000-4000-8000-000000000000`,
    createdAt: '2026-11-02T09:30:00.000Z',
    explanation: [],
    score: 0.812,
    status: 'suggested',
    rulesVersion: 1,
    snoozedUntil: null,
    snoozeReasonCode: null,
    snoozeNote: null,
    target: {
      title: 'Medewerker houtbewerking',
      municipalityCode: 'GM0855',
      startDate: '2027-03-01',
      employerId: 'e1',
    } as never,
    targetId: `t-${overrides.id}`,
    type: 'vacancy',
    candidate: {
      expectedReleaseDate: inDays(60),
      piCode: 'PI-VUGHT',
      regionCode: 'AM27',
      hasAcceptedSuggestion: false,
    },
    ...overrides,
  };
}
