import { createApiClients, unwrap } from './api-clients';
import { ProblemError } from './problem';

function fakeFetch(status: number, body: unknown, contentType = 'application/json') {
  const requests: Request[] = [];
  const fetch = async (input: Request) => {
    requests.push(input);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': contentType },
    });
  };
  return { fetch, requests };
}

describe('createApiClients', () => {
  it('sends the bearer token to /api/<service> of the web origin', async () => {
    const { fetch, requests } = fakeFetch(200, { items: [], nextCursor: null });
    const api = createApiClients({ baseUrl: 'http://web.test', getToken: () => 'tok-1', fetch });
    const page = await unwrap(
      api.training.GET('/qualifications', { params: { query: { q: 'hout' } } }),
    );
    expect(page).toEqual({ items: [], nextCursor: null });
    expect(requests[0].url).toBe('http://web.test/api/training/qualifications?q=hout');
    expect(requests[0].headers.get('authorization')).toBe('Bearer tok-1');
  });

  it('sends no authorization header when nobody is signed in', async () => {
    const { fetch, requests } = fakeFetch(201, { token: 'x' });
    const api = createApiClients({ baseUrl: 'http://web.test', getToken: () => undefined, fetch });
    await api.matching.POST('/auth/dev-token', { body: { sub: 'a', role: 'admin' } as never });
    expect(requests[0].headers.has('authorization')).toBe(false);
  });

  it('throws the problem+json answer as a ProblemError with its field errors', async () => {
    const { fetch } = fakeFetch(
      400,
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'invalid input',
        errors: [
          { field: 'djiNumber', message: 'djiNumber must be 7 digits' },
          { field: 'djiNumber', message: 'a second message' },
          { field: 'consent.shareAnonymisedProfile', message: 'must be a boolean' },
          { nonsense: true },
        ],
      },
      'application/problem+json',
    );
    const api = createApiClients({ baseUrl: 'http://web.test', getToken: () => 't', fetch });
    const error = await api.matching
      .POST('/candidates', { body: {} as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    const problem = error as ProblemError;
    expect(problem.status).toBe(400);
    expect(problem.message).toBe('invalid input');
    expect(problem.fieldErrors()).toEqual({
      djiNumber: 'djiNumber must be 7 digits',
      'consent.shareAnonymisedProfile': 'must be a boolean',
    });
  });

  it('tells the app about a 401 so it can show the sign-in screen again', async () => {
    const { fetch } = fakeFetch(401, { status: 401, title: 'Unauthorized' });
    let signedOut = 0;
    const api = createApiClients({
      baseUrl: 'http://web.test',
      getToken: () => 'expired',
      onUnauthorized: () => signedOut++,
      fetch,
    });
    await expect(api.employers.GET('/covenants')).rejects.toMatchObject({ status: 401 });
    expect(signedOut).toBe(1);
  });

  it('turns a body that is not JSON into a ProblemError with the status text', async () => {
    const fetch = async () =>
      new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    const api = createApiClients({ baseUrl: 'http://web.test', getToken: () => 't', fetch });
    await expect(api.employers.GET('/covenants')).rejects.toMatchObject({
      status: 502,
      message: 'Bad Gateway',
    });
  });
});
