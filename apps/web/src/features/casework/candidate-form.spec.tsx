import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCandidate, aUser, problem, renderSignedIn, type FakeRoutes } from '../candidates/testing';

const CASEMANAGER = { sub: 'cm-1', role: 'casemanager' as const, pi: 'PI-VUGHT' };
const CANDIDATE = aCandidate();
const DJI = 'DJI-4711-X';

async function fillIn(user: ReturnType<typeof aUser>, djiNumber: string) {
  await user.type(await screen.findByLabelText('DJI-nummer'), djiNumber);
  await user.type(screen.getByLabelText('Verwachte datum van vrijlating'), '2027-03-15');
  await user.selectOptions(screen.getByLabelText('Terugkeergemeente'), 'GM0855');
}

const submit = (user: ReturnType<typeof aUser>) =>
  user.click(screen.getByRole('button', { name: 'Kandidaat registreren' }));

function render(routes: FakeRoutes) {
  return renderSignedIn('/casemanagement/registreren', CASEMANAGER, {
    'GET /api/matching/candidates': { body: { items: [], nextCursor: null } },
    ...routes,
  });
}

describe('registering a candidate', () => {
  it('checks the DJI number the way the service does, before sending anything', async () => {
    const user = aUser();
    const { requests } = render({});
    await fillIn(user, 'ab!');
    await submit(user);
    const field = await screen.findByLabelText('DJI-nummer');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Een DJI-nummer bestaat uit 4 tot 20 letters, cijfers of streepjes.'),
    );
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('says at the DJI number when the candidate is already registered (409)', async () => {
    const user = aUser();
    render({
      'POST /api/matching/candidates': problem(
        409,
        undefined,
        'a candidate with this DJI number is already registered',
      ),
    });
    await fillIn(user, DJI);
    await submit(user);
    const field = screen.getByLabelText('DJI-nummer');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Er is al een kandidaat met dit DJI-nummer geregistreerd.'),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Kandidaat registreren' }),
    ).toBeInTheDocument();
  });

  it("puts the service's field errors (400) at the fields they name", async () => {
    const user = aUser();
    render({
      'POST /api/matching/candidates': problem(400, [
        {
          field: 'returnMunicipalityCode',
          message: 'returnMunicipalityCode must look like GM0363',
        },
        { field: 'expectedReleaseDate', message: 'expectedReleaseDate must be a date YYYY-MM-DD' },
      ]),
    });
    await fillIn(user, DJI);
    await submit(user);
    const municipality = screen.getByLabelText('Terugkeergemeente');
    await waitFor(() => expect(municipality).toHaveAttribute('aria-invalid', 'true'));
    expect(municipality).toHaveAccessibleDescription(
      expect.stringContaining('returnMunicipalityCode must look like GM0363'),
    );
    expect(screen.getByLabelText('Verwachte datum van vrijlating')).toHaveAccessibleDescription(
      expect.stringContaining('expectedReleaseDate must be a date YYYY-MM-DD'),
    );
  });

  it('sends the profile with the own PI and never shows the DJI number again', async () => {
    const user = aUser();
    const { requests } = render({
      'POST /api/matching/candidates': {
        status: 201,
        body: { ...CANDIDATE, excludedMunicipalities: ['GM0363'] },
      },
      [`GET /api/matching/candidates/${CANDIDATE.id}`]: { body: CANDIDATE },
      [`GET /api/matching/candidates/${CANDIDATE.id}/suggestions`]: {
        body: { items: [], nextCursor: null },
      },
      [`GET /api/matching/candidates/${CANDIDATE.id}/referrals`]: {
        body: { items: [], nextCursor: null },
      },
    });
    await fillIn(user, DJI);
    await user.click(screen.getByLabelText('Waarschijnlijk'));
    await user.type(screen.getByLabelText('Zoek een gemeente op naam'), 'amsterd');
    await user.click(await screen.findByRole('button', { name: 'Amsterdam uitsluiten' }));
    await user.click(screen.getByLabelText('Techniek en procesindustrie'));
    await user.click(screen.getByLabelText(/geeft toestemming/));
    await submit(user);

    expect(await screen.findByText(/De kandidaat is geregistreerd/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Kandidaat 5d0c0a52' }),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      djiNumber: DJI,
      piCode: 'PI-VUGHT',
      expectedReleaseDate: '2027-03-15',
      returnMunicipalityCode: 'GM0855',
      vogOutlook: 'likely',
      excludedMunicipalities: ['GM0363'],
      preferences: { work: true, education: false, sectors: ['Techniek en procesindustrie'] },
      consent: { shareAnonymisedProfile: true },
    });
    expect(document.body.textContent).not.toContain(DJI);
    expect(screen.queryByDisplayValue(DJI)).toBeNull();
  });
});

describe('looking a candidate up by DJI number', () => {
  it('opens the candidate without putting the number in the URL, and says so at the field when there is none', async () => {
    const user = aUser();
    const { requests } = renderSignedIn('/casemanagement/zoeken', CASEMANAGER, {
      'GET /api/matching/candidates/lookup': (request) =>
        request.query.get('djiNumber') === DJI ? { body: CANDIDATE } : problem(404),
      [`GET /api/matching/candidates/${CANDIDATE.id}/suggestions`]: {
        body: { items: [], nextCursor: null },
      },
      [`GET /api/matching/candidates/${CANDIDATE.id}/referrals`]: {
        body: { items: [], nextCursor: null },
      },
    });
    const field = await screen.findByLabelText('DJI-nummer');
    await user.type(field, 'ONBEKEND-1');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining('Er is geen kandidaat van uw PI met dit DJI-nummer.'),
      ),
    );

    await user.clear(field);
    await user.type(field, DJI);
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kandidaat 5d0c0a52' }),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(DJI);
    expect(requests.filter((r) => r.path === '/api/matching/candidates/lookup')).toHaveLength(2);
  });
});
