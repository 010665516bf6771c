import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { employerArea } from './index';
import { fakeServices, page, renderArea } from './employer-test-kit';

const renderAs = (
  claims: typeof EMPLOYER,
  path: string,
  services: ReturnType<typeof fakeServices>,
) => renderArea(employerArea, claims, path, services);

const EMPLOYER = { sub: 'wg-1', role: 'employer' as const, employerId: 'emp-1' };

const covenant = {
  id: 'cov-1',
  name: 'Convenant Hout Brabant',
  employerId: 'emp-1',
  brin: null,
  regionCodes: ['AM27'],
  piCodes: ['PI-VUGHT'],
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  active: true,
  endedOn: null,
  placementsPerYear: 4,
  support: [],
  version: 1,
  createdAt: '2026-01-01T10:00:00.000Z',
};

const vacancy = {
  id: 'vac-1',
  employerId: 'emp-1',
  covenantId: 'cov-1',
  title: 'Medewerker houtbewerking',
  description: null,
  sector: null,
  municipalityCode: 'GM0796',
  regionCode: 'AM27',
  hoursPerWeek: 32,
  startDate: '2027-02-01',
  openings: 2,
  openingsLeft: 2,
  requiredQualifications: [],
  preferredQualifications: [],
  requiresVog: false,
  expiresOn: null,
  status: 'open' as const,
  version: 1,
  createdAt: '2026-11-28T10:00:00.000Z',
};

const change = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillValidVacancy() {
  await screen.findByText(/Convenant Hout Brabant/);
  change('Convenant', 'cov-1');
  change('Functietitel', 'Medewerker houtbewerking');
  change('Gemeente van de werkplek', 'GM0796');
  change('Uren per week', '32');
  change('Startdatum', '2027-02-01');
  change('Aantal openingen', '2');
  return userEvent.setup();
}

describe('employer: vacancy form', { timeout: 20_000 }, () => {
  it('checks hours per week (1..60) and openings (at least 1) before sending anything', async () => {
    const services = fakeServices({ 'GET /api/employers/covenants': () => page([covenant]) });
    renderAs(EMPLOYER, '/werkgever/vacatures/nieuw', services);
    const user = await fillValidVacancy();
    change('Uren per week', '61');
    change('Aantal openingen', '0');
    await user.click(screen.getByText('Vacature plaatsen', { selector: 'button' }));

    expect(await screen.findByLabelText('Uren per week')).toHaveAccessibleDescription(
      expect.stringContaining('Vul een heel aantal uren in van 1 tot en met 60.'),
    );
    expect(screen.getByLabelText('Aantal openingen')).toHaveAccessibleDescription(
      expect.stringContaining('Vul een heel aantal openingen in van 1 tot en met 1000.'),
    );
    expect(screen.getByLabelText('Uren per week')).toHaveAttribute('aria-invalid', 'true');
    expect(services.sent('POST', '/api/employers/vacancies')).toHaveLength(0);

    change('Uren per week', '0');
    await user.click(screen.getByText('Vacature plaatsen', { selector: 'button' }));
    expect(
      await screen.findByText('Vul een heel aantal uren in van 1 tot en met 60.'),
    ).toBeInTheDocument();
    expect(services.sent('POST', '/api/employers/vacancies')).toHaveLength(0);
  });

  it('shows the server’s field errors at the fields they name and stays on the form', async () => {
    const services = fakeServices({
      'GET /api/employers/covenants': () => page([covenant]),
      'POST /api/employers/vacancies': () => ({
        status: 400,
        body: {
          type: 'urn:bridge:problem:bad-request',
          title: 'Bad request',
          status: 400,
          detail: 'Invalid input',
          errors: [
            { field: 'municipalityCode', message: 'unknown municipality GM0796' },
            { field: 'startDate', message: 'the covenant is not in force on the start date' },
          ],
        },
      }),
    });
    renderAs(EMPLOYER, '/werkgever/vacatures/nieuw', services);
    const user = await fillValidVacancy();
    await user.click(screen.getByText('Vacature plaatsen', { selector: 'button' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Gemeente van de werkplek')).toHaveAccessibleDescription(
        'unknown municipality GM0796',
      ),
    );
    expect(screen.getByLabelText('Startdatum')).toHaveAccessibleDescription(
      expect.stringContaining('the covenant is not in force on the start date'),
    );
    expect(services.sent('POST', '/api/employers/vacancies')[0].body).toMatchObject({
      covenantId: 'cov-1',
      title: 'Medewerker houtbewerking',
      municipalityCode: 'GM0796',
      hoursPerWeek: 32,
      openings: 2,
      startDate: '2027-02-01',
      requiresVog: false,
    });
    expect(screen.getByText('Nieuwe vacature', { selector: 'h1' })).toBeInTheDocument();
    expect(screen.getByLabelText('Functietitel')).toHaveValue('Medewerker houtbewerking');
  });
});

describe('employer: referrals of a vacancy', { timeout: 20_000 }, () => {
  const referral = {
    id: '0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10',
    targetId: 'vac-1',
    type: 'vacancy',
    certificates: [{ crebo: '25290', title: 'Basislasser', issuedOn: '2026-10-01' }],
    regionCode: 'AM27',
    availableFrom: '2027-01-15',
    status: 'referred',
    createdAt: '2026-12-01T09:30:00.000Z',
    // Were a service ever to leak these, the screen must still not show them.
    candidateId: 'cand-7f3e-secret',
    djiNumber: '1234567',
  };

  function services() {
    let current = { ...vacancy };
    return fakeServices({
      'GET /api/employers/vacancies/vac-1': () => current,
      'GET /api/employers/covenants/cov-1': () => covenant,
      'GET /api/matching/referrals': ({ url }) =>
        url.searchParams.get('targetId') === 'vac-1' ? page([referral]) : page([]),
      'POST /api/employers/vacancies/vac-1/placements': () => {
        current = { ...current, openingsLeft: current.openingsLeft - 1 };
        return {
          status: 201,
          body: {
            vacancyId: 'vac-1',
            referralId: referral.id,
            openingsLeft: current.openingsLeft,
            status: 'open',
          },
        };
      },
    });
  }

  it('shows certificates, region and availability, and never a candidate id or DJI number', async () => {
    const fake = services();
    renderAs(EMPLOYER, '/werkgever/vacatures/vac-1', fake);
    const table = await screen.findByRole('table', { name: 'Doorverwijzingen naar deze plek' });
    expect(
      within(table).getByText(/Basislasser \(crebo 25290\), 1 oktober 2026/),
    ).toBeInTheDocument();
    expect(within(table).getByText('15 januari 2027')).toBeInTheDocument();
    expect(within(table).getByText('0B8F3C1E')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('cand-7f3e-secret');
    expect(document.body.innerHTML).not.toContain('cand-7f3e-secret');
    expect(document.body.textContent).not.toContain('1234567');
    expect(fake.sent('GET', '/api/matching/referrals')[0].query.get('targetId')).toBe('vac-1');
  });

  it('records a placement after confirmation and shows the openings left', async () => {
    const fake = services();
    renderAs(EMPLOYER, '/werkgever/vacatures/vac-1', fake);
    const user = userEvent.setup();
    expect(await screen.findByText('2 van 2')).toBeInTheDocument();

    await user.click(
      await screen.findByRole('button', { name: 'Plaatsing vastleggen voor kenmerk 0B8F3C1E' }),
    );
    expect(
      screen.getByRole('heading', { name: 'Plaatsing vastleggen voor kenmerk 0B8F3C1E' }),
    ).toHaveFocus();
    expect(fake.sent('POST', '/api/employers/vacancies/vac-1/placements')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Ja, plaatsing vastleggen' }));

    expect(
      await screen.findByText('De plaatsing is vastgelegd. Er is nog 1 opening over.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('openings-left')).toHaveTextContent('1 van 2');
    expect(fake.sent('POST', '/api/employers/vacancies/vac-1/placements')[0].body).toEqual({
      referralId: referral.id,
    });
    const table = screen.getByRole('table', { name: 'Doorverwijzingen naar deze plek' });
    expect(within(table).getByText('Geplaatst')).toBeInTheDocument();
  });

  it('declines a referral with a note', async () => {
    const fake = fakeServices({
      'GET /api/employers/vacancies/vac-1': () => vacancy,
      'GET /api/employers/covenants/cov-1': () => covenant,
      'GET /api/matching/referrals': () => page([referral]),
      'POST /api/matching/referrals/0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10/decline': () => ({
        ...referral,
        status: 'declined',
      }),
    });
    renderAs(EMPLOYER, '/werkgever/vacatures/vac-1', fake);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Doorverwijzing 0B8F3C1E afwijzen' }),
    );
    await user.type(
      screen.getByLabelText('Toelichting (optioneel)'),
      'Geen begeleiding in januari',
    );
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(await screen.findByText('Doorverwijzing 0B8F3C1E is afgewezen.')).toBeInTheDocument();
    expect(
      fake.sent('POST', '/api/matching/referrals/0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10/decline')[0]
        .body,
    ).toEqual({
      note: 'Geen begeleiding in januari',
    });
  });
});

describe('employer: lists', { timeout: 20_000 }, () => {
  it('pages through the vacancies with the API’s cursor and filters by status', async () => {
    const fake = fakeServices({
      'GET /api/employers/vacancies': ({ url }) =>
        url.searchParams.get('cursor') === 'c2'
          ? page([{ ...vacancy, id: 'vac-2', title: 'Lasser' }])
          : page([vacancy], url.searchParams.get('status') ? null : 'c2'),
    });
    renderAs(EMPLOYER, '/werkgever', fake);
    const user = userEvent.setup();
    expect(
      await screen.findByRole('link', { name: 'Medewerker houtbewerking' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByRole('link', { name: 'Lasser' })).toBeInTheDocument();
    expect(screen.getByText('Pagina 2')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'filled');
    await waitFor(() => expect(fake.requests.at(-1)?.query.get('status')).toBe('filled'));
    expect(fake.requests.at(-1)?.query.get('cursor')).toBeNull();
  });

  it('lists its covenants with regions, PI’s, term and whether each is in force', async () => {
    const fake = fakeServices({
      'GET /api/employers/covenants': () =>
        page([covenant, { ...covenant, id: 'cov-2', active: false, name: 'Oud convenant' }]),
    });
    renderAs(EMPLOYER, '/werkgever/convenanten', fake);
    const table = await screen.findByRole('table', { name: 'Uw convenanten' });
    expect(within(table).getAllByText('1 januari 2026 tot en met 31 december 2027')).toHaveLength(
      2,
    );
    expect(within(table).getByText('Geldig')).toBeInTheDocument();
    expect(within(table).getByText('Niet geldig')).toBeInTheDocument();
  });
});
