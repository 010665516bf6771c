import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, problem, renderApp } from '../testing/fake-api';

afterEach(async () => {
  await i18next.changeLanguage('nl');
});

function devToken() {
  return { token: 'header.payload.signature' };
}

describe('the application frame', () => {
  it('signs a casemanager in with a dev token for the chosen PI and shows only the casemanager menu', async () => {
    const api = fakeApi({ 'POST /api/matching/auth/dev-token': devToken });
    renderApp({ clients: api.clients });
    const user = userEvent.setup({ delay: null });

    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Rol'), 'casemanager');
    await user.selectOptions(screen.getByLabelText('PI'), 'PI-VUGHT');
    await user.type(screen.getByLabelText('Gebruikerscode'), 'cm-7');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(api.requests.find((r) => r.path === '/api/matching/auth/dev-token')?.body).toEqual({
      sub: 'cm-7',
      role: 'casemanager',
      pi: 'PI-VUGHT',
    });
    expect(screen.getByText(/Casemanager DJI \(cm-7\)/)).toBeInTheDocument();
    expect(
      within(menu).queryByRole('link', { name: /Beoordelen|Werkgevers|Schoolplekken|Vacatures/ }),
    ).toBeNull();
  });

  it('asks for the scope of the role before it asks for a token', async () => {
    const api = fakeApi({ 'POST /api/matching/auth/dev-token': devToken });
    renderApp({ clients: api.clients });
    const user = userEvent.setup({ delay: null });

    await user.selectOptions(screen.getByLabelText('Rol'), 'uwv-advisor');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('Kies minstens één regio.')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.path === '/api/matching/auth/dev-token')).toHaveLength(0);
    await user.click(screen.getByLabelText('Groot Amsterdam'));
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      api.requests.filter((r) => r.path === '/api/matching/auth/dev-token').at(-1)?.body,
    ).toMatchObject({ role: 'uwv-advisor', regions: ['AM18'] });
  });

  it('lists the registered employers to sign in as one of them', async () => {
    const api = fakeApi({
      'POST /api/matching/auth/dev-token': devToken,
      'GET /api/employers/employers': () => ({
        items: [
          {
            id: 'emp-1',
            kvkNumber: '12345678',
            name: 'Houtbouw Maaskant BV',
            municipalityCode: 'GM0796',
          },
        ],
        nextCursor: null,
      }),
    });
    renderApp({ clients: api.clients });
    const user = userEvent.setup({ delay: null });

    await user.selectOptions(screen.getByLabelText('Rol'), 'employer');
    const employer = await screen.findByRole('option', {
      name: 'Houtbouw Maaskant BV (KvK 12345678)',
    });
    await user.selectOptions(screen.getByLabelText('Werkgever'), employer);
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      api.requests.filter((r) => r.path === '/api/matching/auth/dev-token').at(-1)?.body,
    ).toMatchObject({ role: 'employer', employerId: 'emp-1' });
  });

  it('shows the server’s refusal of a dev token', async () => {
    const api = fakeApi({
      'POST /api/matching/auth/dev-token': () =>
        problem(403, 'Forbidden', undefined, 'dev tokens are disabled'),
    });
    renderApp({ clients: api.clients });
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(screen.getByLabelText('Rol'), 'admin');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('dev tokens are disabled');
  });

  it('brings the sign-in screen back, saying why, when a service answers 401', async () => {
    const api = fakeApi({ 'GET /api/matching/candidates': () => problem(401, 'Unauthorized') });
    renderApp({
      claims: { sub: 'w', role: 'workshop-leader', pi: 'PI-VUGHT' },
      path: '/werkplaats',
      fetch: api.fetch,
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Uw sessie is verlopen' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
  });

  it('forgets the session when signing out', async () => {
    const api = fakeApi({});
    renderApp({ clients: api.clients, claims: { sub: 'a', role: 'admin' }, path: '/beheer' });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByText('U bent uitgelogd.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
  });

  it('switches to English and marks the page language', async () => {
    const api = fakeApi({});
    renderApp({ clients: api.clients });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));
  });

  it('sends a signed-in person who opens another role’s address to their own area', async () => {
    const api = fakeApi({});
    renderApp({
      clients: api.clients,
      claims: { sub: 'w', role: 'workshop-leader', pi: 'PI-VUGHT' },
      path: '/beheer/auditlog',
    });
    expect(await screen.findByText(/Werkmeester In-Made \(w\)/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Auditlog/ })).toBeNull();
  });
});

describe('the role menu', () => {
  it('keeps the list’s item marked on its detail screens', async () => {
    const api = fakeApi({});
    renderApp({
      clients: api.clients,
      claims: { sub: 'e', role: 'employer', employerId: 'emp-1' },
      path: '/werkgever/convenanten',
    });
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Convenanten' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(menu).getByRole('link', { name: 'Vacatures' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('marks the home item on a screen below it', async () => {
    const api = fakeApi({});
    renderApp({
      clients: api.clients,
      claims: { sub: 'u', role: 'uwv-advisor', regions: ['AM27'] },
      path: '/beoordelen/suggesties/abc',
    });
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Beoordelen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
