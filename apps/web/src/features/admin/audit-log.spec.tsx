import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { page, problem, renderAdmin } from './admin-test-kit';

const entry = (id: string, at: string, action = 'suggestion.accepted') => ({
  id,
  at,
  actor: 'uwv-27',
  role: 'uwv-advisor',
  action,
  candidateId: '9b3c1f0e-2a7d-4c58-8e61-0d4f7a2b9c13',
  targetId: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34',
});

describe('the audit log', () => {
  it('puts its filters in the URL and asks the service with them', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests, location } = renderAdmin('/beheer/auditlog', {
      'GET /api/matching/audit': () => page([entry('2', '2026-12-06T09:30:00Z')]),
    });
    const table = await screen.findByRole('table', { name: 'Logregels, nieuwste eerst' });
    expect(within(table).getByText('6 december 2026 om 10:30')).toBeInTheDocument();
    expect(within(table).getByText('Voorstel geaccepteerd')).toBeInTheDocument();
    expect(within(table).getByText('Adviseur UWV')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Gebruiker'), 'uwv-27');
    fireEvent.change(screen.getByLabelText('Vanaf'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '2026-12-06' } });
    await user.click(screen.getByRole('button', { name: 'Filteren' }));

    await waitFor(() =>
      expect(location().search).toBe('?actor=uwv-27&from=2026-12-01&to=2026-12-06'),
    );
    await waitFor(() =>
      expect(requests.at(-1)?.search.toString()).toBe('actor=uwv-27&from=2026-12-01&to=2026-12-06'),
    );
  });

  it('reads its filters from the URL, checks them before asking, and shows the server’s errors at the field', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = renderAdmin('/beheer/auditlog?actor=nobody&to=2026-01-01', {
      'GET /api/matching/audit': () =>
        problem(400, [
          {
            field: 'to',
            message:
              'to must be a date YYYY-MM-DD or an ISO 8601 timestamp with offset, not before from',
          },
        ]),
    });
    expect(await screen.findByLabelText('Gebruiker')).toHaveValue('nobody');
    await waitFor(() =>
      expect(screen.getByLabelText('Tot en met')).toHaveAccessibleDescription(/not before from/),
    );
    expect(requests[0].search.get('actor')).toBe('nobody');

    await user.type(screen.getByLabelText('Kandidaat-id'), '12');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Kandidaat-id')).toHaveAccessibleDescription(
        /volledig kandidaat-id/,
      ),
    );
    expect(requests.some((r) => r.search.has('candidateId'))).toBe(false);
  });

  it('pages with the cursors of the service', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = renderAdmin('/beheer/auditlog', {
      'GET /api/matching/audit': (_request, url) =>
        url.searchParams.get('cursor') === 'c2'
          ? page([entry('1', '2026-12-05T08:00:00Z', 'candidate.read')])
          : page([entry('2', '2026-12-06T09:30:00Z')], 'c2'),
    });
    await screen.findByText('Voorstel geaccepteerd');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('Kandidaat ingezien')).toBeInTheDocument();
    expect(screen.getByText('Pagina 2')).toBeInTheDocument();
    expect(requests.at(-1)?.search.get('cursor')).toBe('c2');
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(await screen.findByText('Voorstel geaccepteerd')).toBeInTheDocument();
  });
});
