import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { regionOptions } from '../../shared/reference';
import { page, problem, renderAdmin } from './admin-test-kit';

const employer = {
  id: 'emp-1',
  kvkNumber: '12345678',
  name: 'Houtbewerking Van Dijk B.V.',
  municipalityCode: 'GM0855',
  sector: null,
};
const provider = {
  id: 'prov-1',
  brin: '25LX',
  name: 'ROC Midden Nederland',
  municipalityCode: 'GM0344',
};
const region = regionOptions[0];

const covenant = {
  id: 'cov-1',
  name: 'Convenant Hout 2026',
  employerId: 'emp-1',
  brin: null,
  regionCodes: [region.value],
  piCodes: [],
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  placementsPerYear: 4,
  support: ['werkmeester als buddy'],
  active: true,
  endedOn: null,
  version: 1,
  createdAt: '2026-01-01T10:00:00Z',
};

const parties = {
  'GET /api/employers/employers': () => page([employer]),
  'GET /api/training/providers': () => page([provider]),
};

async function fillValidCovenant(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText('Naam'));
  await user.paste('Convenant Hout 2026');
  await user.click(screen.getByLabelText(region.label));
  fireEvent.change(screen.getByLabelText('Geldig vanaf'), { target: { value: '2026-01-01' } });
  fireEvent.change(screen.getByLabelText('Geldig tot en met'), { target: { value: '2027-12-31' } });
}

describe('registering a covenant', () => {
  it('asks for exactly one of employer and school, and sends nothing until then', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = renderAdmin('/beheer/convenanten/nieuw', {
      ...parties,
      'POST /api/employers/covenants': () => covenant,
    });
    await screen.findByText(/Houtbewerking Van Dijk B.V. \(KvK/);
    await screen.findByText(/ROC Midden Nederland \(BRIN/);
    await fillValidCovenant(user);

    await user.click(screen.getByRole('button', { name: 'Convenant registreren' }));
    expect(
      await screen.findAllByText('Kies een werkgever of een school: precies één van beide.'),
    ).toHaveLength(2);
    expect(screen.getByLabelText('Werkgever')).toHaveAccessibleDescription(/precies één van beide/);
    expect(screen.getByLabelText('School')).toHaveAccessibleDescription(/precies één van beide/);

    await user.selectOptions(screen.getByLabelText('Werkgever'), 'emp-1');
    await user.selectOptions(screen.getByLabelText('School'), '25LX');
    await user.click(screen.getByRole('button', { name: 'Convenant registreren' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Werkgever')).toHaveAccessibleDescription(
        /precies één van beide/,
      ),
    );
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('School'), '');
    await user.click(screen.getByRole('button', { name: 'Convenant registreren' }));
    expect(await screen.findByText(/is geregistreerd/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      name: 'Convenant Hout 2026',
      employerId: 'emp-1',
      regionCodes: [region.value],
      piCodes: [],
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      support: [],
    });
  });

  it('refuses an end date before the start date at the field', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = renderAdmin('/beheer/convenanten/nieuw', parties);
    await screen.findByText(/Houtbewerking Van Dijk B.V. \(KvK/);
    await fillValidCovenant(user);
    await user.selectOptions(screen.getByLabelText('Werkgever'), 'emp-1');
    fireEvent.change(screen.getByLabelText('Geldig tot en met'), {
      target: { value: '2025-12-31' },
    });

    await user.click(screen.getByRole('button', { name: 'Convenant registreren' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Geldig tot en met')).toHaveAccessibleDescription(
        /vóór de begindatum/,
      ),
    );
    expect(screen.getByLabelText('Geldig tot en met')).toBeInvalid();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it("shows the server's field errors at the fields they name, and no success", async () => {
    const user = userEvent.setup({ delay: null });
    renderAdmin('/beheer/convenanten/nieuw', {
      ...parties,
      'POST /api/employers/covenants': () =>
        problem(400, [
          { field: 'name', message: 'name must be shorter than or equal to 200 characters' },
          { field: 'regionCodes', message: 'regionCodes must not name a region twice' },
          { field: 'support.0', message: 'support must not hold blank entries' },
        ]),
    });
    await screen.findByText(/Houtbewerking Van Dijk B.V. \(KvK/);
    await fillValidCovenant(user);
    await user.selectOptions(screen.getByLabelText('Werkgever'), 'emp-1');
    await user.click(screen.getByRole('button', { name: 'Convenant registreren' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Naam')).toHaveAccessibleDescription(
        'name must be shorter than or equal to 200 characters',
      ),
    );
    const regions = screen.getByRole('group', { name: "Arbeidsmarktregio's" });
    expect(
      within(regions).getByText('regionCodes must not name a region twice'),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Ondersteuning' })).toHaveTextContent(
      'support must not hold blank entries',
    );
    expect(screen.queryByText(/is geregistreerd/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Naam')).toHaveValue('Convenant Hout 2026');
  });
});

describe('a covenant', () => {
  it('is changed with the fields as they are, and its server errors show at the field', async () => {
    const user = userEvent.setup({ delay: null });
    let patches = 0;
    const { requests } = renderAdmin('/beheer/convenanten/cov-1', {
      ...parties,
      'GET /api/employers/covenants/cov-1': () => covenant,
      'PATCH /api/employers/covenants/cov-1': () => {
        patches++;
        return patches === 1
          ? problem(400, [
              {
                field: 'placementsPerYear',
                message: 'placementsPerYear must not be greater than 100000',
              },
            ])
          : { ...covenant, placementsPerYear: 6, version: 2 };
      },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Convenant Hout 2026' }),
    ).toBeInTheDocument();
    const placements = screen.getByLabelText('Plaatsingen per jaar (niet verplicht)');
    await user.clear(placements);
    await user.type(placements, '6');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(placements).toHaveAccessibleDescription(/must not be greater than 100000/),
    );

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Het convenant is opgeslagen.')).toBeInTheDocument();
    const patch = requests.filter((r) => r.method === 'PATCH').at(-1);
    expect(patch?.body).toMatchObject({
      placementsPerYear: 6,
      support: ['werkmeester als buddy'],
      regionCodes: [region.value],
    });
    expect(patch?.body).not.toHaveProperty('employerId');
  });

  it('ends only after a confirmation, on the day chosen', async () => {
    const user = userEvent.setup({ delay: null });
    let current: typeof covenant | (Omit<typeof covenant, 'endedOn'> & { endedOn: string }) =
      covenant;
    const { requests } = renderAdmin('/beheer/convenanten/cov-1', {
      ...parties,
      'GET /api/employers/covenants/cov-1': () => current,
      'POST /api/employers/covenants/cov-1/end': () => {
        current = { ...covenant, endedOn: '2026-06-30', validTo: '2026-06-30', active: false };
        return new Response(JSON.stringify(current), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    fireEvent.change(await screen.findByLabelText('Laatste dag van het convenant'), {
      target: { value: '2026-06-30' },
    });
    await user.click(screen.getByRole('button', { name: 'Convenant beëindigen…' }));
    expect(await screen.findByText(/eindigt op 30 juni 2026/)).toBeInTheDocument();
    expect(requests.filter((r) => r.path.endsWith('/end'))).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Ja, beëindigen' }));
    expect(
      await screen.findByText('Dit convenant is beëindigd op 30 juni 2026.'),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.path.endsWith('/end'))?.body).toEqual({ endedOn: '2026-06-30' });
  });
});

describe('the covenant list', () => {
  it('puts its filters in the URL and names the signatory', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests, location } = renderAdmin('/beheer/convenanten', {
      ...parties,
      'GET /api/employers/covenants': () => page([covenant]),
    });
    expect(await screen.findByRole('link', { name: 'Convenant Hout 2026' })).toBeInTheDocument();
    expect(await screen.findByText('Houtbewerking Van Dijk B.V. (werkgever)')).toBeInTheDocument();
    expect(screen.getByText('Actief')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Arbeidsmarktregio'), region.value);
    await user.selectOptions(screen.getByLabelText('Status'), 'true');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));
    await waitFor(() => expect(location().search).toBe(`?region=${region.value}&active=true`));
    await waitFor(() => expect(requests.at(-1)?.search.get('region')).toBe(region.value));
    expect(requests.at(-1)?.search.get('active')).toBe('true');
  });
});
