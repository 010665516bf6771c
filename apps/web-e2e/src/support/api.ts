import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Direct calls to the services through the web server's /api/<service> (for setting up data a
 * suite needs and for reading what the screens cannot show); the suites' steps go through the UI.
 */
export type Service = 'matching' | 'employers' | 'training';

export interface ApiClaims {
  sub: string;
  role: string;
  pi?: string;
  employerId?: string;
  brin?: string;
  regions?: string[];
}

export async function devToken(request: APIRequestContext, claims: ApiClaims): Promise<string> {
  const response = await request.post('/api/matching/auth/dev-token', { data: claims });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

export async function call<T>(
  request: APIRequestContext,
  token: string,
  service: Service,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await request.fetch(`/api/${service}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
    ...(body !== undefined && { data: body }),
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

export interface QueuedSuggestion {
  id: string;
  candidateId: string;
  targetId: string;
  type: 'vacancy' | 'school-place';
  status: string;
  target: { title: string; employerId?: string; brin?: string };
}

/** The advisor's queue of suggestions still to review. */
export async function suggestionQueue(
  request: APIRequestContext,
  token: string,
): Promise<QueuedSuggestion[]> {
  return (
    await call<{ items: QueuedSuggestion[] }>(
      request,
      token,
      'matching',
      'GET',
      '/suggestions?status=suggested&limit=100',
    )
  ).items;
}

/** Polls until `check` passes (events between the services take a moment). */
export async function eventually<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
