import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { page, problem, renderAdmin } from './admin-test-kit';

const employer = {
  id: 'emp-1',
  kvkNumber: '12345678',
  name: 'Houtbewerking Van Dijk B.V.',
  municipalityCode: 'GM0855',
  sector: null,
};

describe('employers', () => {
  it('searches with ?q= in the URL and says what to do when nothing is found', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests, location } = renderAdmin('/beheer/werkgevers', {
      'GET /api/employers/employers': (_request, url) =>
        page(url.searchParams.get('q') ? [] : [employer]),
    });
    expect(
      await screen.findByRole('link', { name: 'Houtbewerking Van Dijk B.V.' }),
    ).toHaveAttribute('href', '/beheer/werkgevers/emp-1');
    await user.type(screen.getByLabelText('Zoek een werkgever'), 'bakkerij');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(location().search).toBe('?q=bakkerij'));
    expect(await screen.findByText('Geen werkgever gevonden voor ‘bakkerij’.')).toBeInTheDocument();
    expect(requests.at(-1)?.search.get('q')).toBe('bakkerij');
  });

  it('checks the KvK number, shows a duplicate at the field and changes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = renderAdmin('/beheer/werkgevers/nieuw', {
      'POST /api/employers/employers': () =>
        problem(409, undefined, 'an employer with kvkNumber 12345678 already exists'),
    });
    await user.type(await screen.findByLabelText('KvK-nummer'), '1234');
    await user.type(screen.getByLabelText('Naam'), 'Bakkerij De Korenaar');
    await user.selectOptions(screen.getByLabelText('Gemeente van vestiging'), 'GM0363');
    await user.click(screen.getByRole('button', { name: 'Werkgever registreren' }));
    await waitFor(() =>
      expect(screen.getByLabelText('KvK-nummer')).toHaveAccessibleDescription(
        /8 cijfers.*8 cijfers/,
      ),
    );
    expect(requests).toHaveLength(0);

    await user.clear(screen.getByLabelText('KvK-nummer'));
    await user.type(screen.getByLabelText('KvK-nummer'), '12345678');
    await user.click(screen.getByRole('button', { name: 'Werkgever registreren' }));
    await waitFor(() =>
      expect(screen.getByLabelText('KvK-nummer')).toHaveAccessibleDescription(
        /Er is al een werkgever met dit KvK-nummer/,
      ),
    );
    expect(requests[0].body).toEqual({
      kvkNumber: '12345678',
      name: 'Bakkerij De Korenaar',
      municipalityCode: 'GM0363',
    });
    expect(screen.getByLabelText('Naam')).toHaveValue('Bakkerij De Korenaar');
    expect(screen.queryByText(/is geregistreerd/)).not.toBeInTheDocument();
  });

  it('changes an employer and clears its sector with null', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = renderAdmin('/beheer/werkgevers/emp-1', {
      'GET /api/employers/employers/emp-1': () => ({ ...employer, sector: 'Techniek' }),
      'PATCH /api/employers/employers/emp-1': () => employer,
    });
    await user.clear(await screen.findByLabelText('Sector (niet verplicht)'));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText('De gegevens van de werkgever zijn opgeslagen.'),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      name: employer.name,
      municipalityCode: 'GM0855',
      sector: null,
    });
  });
});

describe('reindex', () => {
  it('asks for confirmation, then shows the 202 answer', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = renderAdmin('/beheer/zoekindex', {
      'POST /api/matching/admin/reindex': () =>
        new Response(JSON.stringify({ status: 'queued' }), {
          status: 202,
          headers: { 'content-type': 'application/json' },
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Zoekindex opnieuw opbouwen…' }));
    expect(requests).toHaveLength(0);
    // The question has the focus (the button that asked it is gone).
    expect(document.activeElement).toHaveTextContent('Zoekindex opnieuw opbouwen?');
    await user.click(screen.getByRole('button', { name: 'Ja, opnieuw opbouwen' }));
    expect(
      await screen.findByText(/aangenomen door de matching \(status: in de wachtrij\)/),
    ).toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });
});
