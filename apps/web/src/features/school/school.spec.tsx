import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServices, page, renderArea } from '../employer/employer-test-kit';
import { schoolArea } from './index';

const SCHOOL = { sub: 'roc-1', role: 'education-provider' as const, brin: '25LX' };
const renderAs = (path: string, services: ReturnType<typeof fakeServices>) =>
  renderArea(schoolArea, SCHOOL, path, services);

const place = {
  id: 'sp-1',
  brin: '25LX',
  covenantId: null,
  crebo: '25290',
  title: 'Basislasser',
  level: 2,
  sector: 'Techniek en procesindustrie',
  learningPath: 'BBL' as const,
  municipalityCode: 'GM0796',
  regionCode: 'AM27',
  startDate: '2027-02-01',
  seats: 3,
  seatsLeft: 3,
  status: 'open' as const,
  entryRequirements: { minLevel: null, requiredQualifications: [] },
  version: 1,
  createdAt: '2026-11-20T09:30:00.000Z',
  updatedAt: '2026-11-20T09:30:00.000Z',
};

/** The school's covenants as employers answers them (those signed with its BRIN). */
const covenant = {
  id: 'cov-s1',
  name: 'Convenant Lassen Brabant',
  employerId: null,
  brin: '25LX',
  regionCodes: ['AM27'],
  piCodes: ['PI-VUGHT'],
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  active: true,
  endedOn: null,
  placementsPerYear: 6,
  support: [],
  version: 1,
  createdAt: '2026-01-01T10:00:00.000Z',
};
const otherCovenant = {
  ...covenant,
  id: 'cov-s2',
  name: 'Convenant Zorg Noord-Brabant',
  regionCodes: ['AM26'],
};
const covenantOption = 'Convenant Lassen Brabant (1 januari 2026 – 31 december 2027)';
const covenantOptions = () =>
  screen.getAllByRole('option').filter((o) => o.closest('select')?.id === 'place-covenant');

const qualifications = ({ url }: { url: URL }) =>
  page(
    (url.searchParams.get('q') ?? '').toLowerCase().startsWith('lass')
      ? [
          { crebo: '25290', title: 'Basislasser', level: 2, sector: 'Techniek en procesindustrie' },
          {
            crebo: '25291',
            title: 'Allround lasser',
            level: 3,
            sector: 'Techniek en procesindustrie',
          },
        ]
      : [],
  );

const change = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('school: school places', { timeout: 20_000 }, () => {
  it('lists its own places with the seats left and status in words', async () => {
    const fake = fakeServices({
      'GET /api/training/school-places': () =>
        page([place, { ...place, id: 'sp-2', seatsLeft: 0, status: 'full' }]),
    });
    renderAs('/school', fake);
    const table = await screen.findByRole('table', { name: 'Uw schoolplekken' });
    expect(within(table).getByText('3 van 3')).toBeInTheDocument();
    expect(within(table).getByText('0 van 3')).toBeInTheDocument();
    expect(within(table).getByText('Vol')).toBeInTheDocument();
    expect(within(table).getAllByRole('link', { name: 'Basislasser (crebo 25290)' })).toHaveLength(
      2,
    );
  });

  it('publishes a place: qualification searched by name, seats at least 1, the BRIN of the school, server errors at the field', async () => {
    let posted = 0;
    const fake = fakeServices({
      'GET /api/training/qualifications': qualifications,
      'GET /api/employers/covenants': () => page([covenant, otherCovenant]),
      'POST /api/training/school-places': () => {
        posted += 1;
        return {
          status: 422,
          body: {
            type: 'urn:bridge:problem:unknown-reference',
            title: 'Unknown reference',
            status: 422,
            detail: 'Unknown covenant',
            errors: [{ field: 'covenantId', message: 'no such covenant' }],
          },
        };
      },
    });
    renderAs('/school/schoolplekken/nieuw', fake);
    const user = userEvent.setup();

    // Nothing chosen and no seats: the form says so at the fields and sends nothing.
    // The form waits for the school's covenants.
    await screen.findByRole('option', { name: covenantOption });
    change('Aantal plaatsen', '0');
    await user.click(screen.getByText('Schoolplek aanbieden', { selector: 'button' }));
    expect(await screen.findByText('Kies de kwalificatie van de opleiding.')).toBeInTheDocument();
    expect(screen.getByLabelText('Aantal plaatsen')).toHaveAccessibleDescription(
      expect.stringContaining('Vul een heel aantal plaatsen in van 1 tot en met 1000.'),
    );
    expect(posted).toBe(0);

    // The qualification is searched at training; Enter in the search box submits nothing.
    const search = screen.getAllByLabelText('Zoek op naam of crebo')[0];
    await user.type(search, 'lass{Enter}');
    await user.click(
      await screen.findByLabelText(
        'Basislasser (crebo 25290, niveau 2) toevoegen',
        { selector: 'button' },
        { timeout: 5000 },
      ),
    );
    expect(posted).toBe(0);
    expect(fake.sent('GET', '/api/training/qualifications').at(-1)?.query.get('q')).toBe('lass');
    expect(
      screen.getByLabelText('Gekozen: Opleiding (kwalificatie)', { selector: 'ul' }),
    ).toHaveTextContent('Basislasser (crebo 25290, niveau 2)');
    expect(
      screen.getByText('U hebt er 1 gekozen; verwijder die eerst om een andere te kiezen.'),
    ).toBeInTheDocument();

    change('Leerweg', 'BBL');
    change('Gemeente van de school', 'GM0796');
    change('Startdatum', '2027-02-01');
    change('Aantal plaatsen', '2');
    change('Convenant (optioneel)', 'cov-s1');
    change('Minimaal niveau (optioneel)', '2');
    await user.click(screen.getByText('Schoolplek aanbieden', { selector: 'button' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Convenant (optioneel)')).toHaveAccessibleDescription(
        expect.stringContaining('no such covenant'),
      ),
    );
    expect(screen.getByLabelText('Convenant (optioneel)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Convenant (optioneel)')).toHaveValue('cov-s1');
    expect(fake.sent('POST', '/api/training/school-places')[0].body).toEqual({
      brin: '25LX',
      crebo: '25290',
      learningPath: 'BBL',
      municipalityCode: 'GM0796',
      startDate: '2027-02-01',
      seats: 2,
      covenantId: 'cov-s1',
      entryRequirements: { minLevel: 2, requiredQualifications: [] },
    });
  });

  it('offers the school’s covenants in force as a choice, “Geen convenant” first and chosen, and sends none then', async () => {
    const fake = fakeServices({
      'GET /api/training/qualifications': qualifications,
      'GET /api/employers/covenants': () => page([covenant, otherCovenant]),
      'POST /api/training/school-places': ({ body }) => ({
        status: 201,
        body: { ...place, ...(body as object), id: 'sp-9' },
      }),
      'GET /api/training/school-places/sp-9': () => place,
      'GET /api/matching/referrals': () => page([]),
    });
    renderAs('/school/schoolplekken/nieuw', fake);
    const user = userEvent.setup();

    const select = await screen.findByLabelText('Convenant (optioneel)');
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveValue('');
    expect(covenantOptions().map((o) => o.textContent)).toEqual([
      'Geen convenant',
      covenantOption,
      'Convenant Zorg Noord-Brabant (1 januari 2026 – 31 december 2027)',
    ]);
    expect(fake.sent('GET', '/api/employers/covenants')[0].query.get('active')).toBe('true');

    await user.type(screen.getAllByLabelText('Zoek op naam of crebo')[0], 'lass');
    await user.click(
      await screen.findByLabelText(
        'Basislasser (crebo 25290, niveau 2) toevoegen',
        { selector: 'button' },
        { timeout: 5000 },
      ),
    );
    change('Leerweg', 'BOL');
    change('Gemeente van de school', 'GM0796');
    change('Startdatum', '2027-02-01');
    change('Aantal plaatsen', '1');
    await user.click(screen.getByText('Schoolplek aanbieden', { selector: 'button' }));

    await waitFor(() => expect(fake.sent('POST', '/api/training/school-places')).toHaveLength(1));
    expect(fake.sent('POST', '/api/training/school-places')[0].body).not.toHaveProperty(
      'covenantId',
    );
  });

  it('offers only “Geen convenant” to a school without a covenant in force, and the form stays usable', async () => {
    const fake = fakeServices({
      'GET /api/training/qualifications': qualifications,
      'GET /api/employers/covenants': () => page([]),
    });
    renderAs('/school/schoolplekken/nieuw', fake);
    expect(await screen.findByLabelText('Convenant (optioneel)')).toHaveValue('');
    expect(covenantOptions().map((o) => o.textContent)).toEqual(['Geen convenant']);
    expect(screen.getByText('Schoolplek aanbieden', { selector: 'button' })).toBeEnabled();
  });

  it('changes a place: its covenant chosen, “Geen convenant” clears it (null)', async () => {
    const under = { ...place, covenantId: 'cov-s1' };
    const fake = fakeServices({
      'GET /api/training/school-places/sp-1': () => under,
      'GET /api/employers/covenants': () => page([covenant, otherCovenant]),
      'GET /api/matching/referrals': () => page([]),
      'PATCH /api/training/school-places/sp-1': ({ body }) => ({ ...under, ...(body as object) }),
    });
    renderAs('/school/schoolplekken/sp-1/wijzigen', fake);
    const user = userEvent.setup();
    expect(await screen.findByLabelText('Convenant (optioneel)')).toHaveValue('cov-s1');
    change('Convenant (optioneel)', '');
    await user.click(screen.getByText('Wijzigingen opslaan', { selector: 'button' }));
    await waitFor(() =>
      expect(fake.sent('PATCH', '/api/training/school-places/sp-1')).toHaveLength(1),
    );
    expect(fake.sent('PATCH', '/api/training/school-places/sp-1')[0].body).toMatchObject({
      covenantId: null,
    });
  });

  it('keeps a place’s covenant that is no longer in force as a choice, named, so saving does not drop it', async () => {
    const under = { ...place, covenantId: 'cov-old' };
    const fake = fakeServices({
      'GET /api/training/school-places/sp-1': () => under,
      'GET /api/employers/covenants': () => page([covenant]),
      'GET /api/employers/covenants/cov-old': () => ({
        ...covenant,
        id: 'cov-old',
        name: 'Oud convenant',
        validTo: '2026-06-30',
        active: false,
      }),
      'GET /api/matching/referrals': () => page([]),
      'PATCH /api/training/school-places/sp-1': ({ body }) => ({ ...under, ...(body as object) }),
    });
    renderAs('/school/schoolplekken/sp-1/wijzigen', fake);
    const user = userEvent.setup();
    expect(await screen.findByLabelText('Convenant (optioneel)')).toHaveValue('cov-old');
    expect(covenantOptions().map((o) => o.textContent)).toEqual([
      'Geen convenant',
      covenantOption,
      'Oud convenant (1 januari 2026 – 30 juni 2026) – geldt nu niet',
    ]);
    change('Aantal plaatsen', '4');
    await user.click(screen.getByText('Wijzigingen opslaan', { selector: 'button' }));
    await waitFor(() =>
      expect(fake.sent('PATCH', '/api/training/school-places/sp-1')).toHaveLength(1),
    );
    expect(fake.sent('PATCH', '/api/training/school-places/sp-1')[0].body).toMatchObject({
      covenantId: 'cov-old',
      seats: 4,
    });
  });

  it('records a placement and shows the seats left; the referrals show no candidate id', async () => {
    let current = { ...place };
    const referral = {
      id: 'c2f1a7d4-6e3b-4f8a-9d21-0b7e5c4a3f19',
      targetId: 'sp-1',
      type: 'school-place',
      certificates: [{ crebo: '25290', title: 'Basislasser', issuedOn: '2026-10-01' }],
      regionCode: 'AM27',
      availableFrom: '2027-01-15',
      status: 'referred',
      createdAt: '2026-12-01T09:30:00.000Z',
      candidateId: 'cand-secret-9',
    };
    const fake = fakeServices({
      'GET /api/training/school-places/sp-1': () => current,
      'GET /api/matching/referrals': () => page([referral]),
      'POST /api/training/school-places/sp-1/placements': () => {
        current = { ...current, seatsLeft: 2 };
        return {
          status: 201,
          body: { schoolPlaceId: 'sp-1', referralId: referral.id, seatsLeft: 2, status: 'open' },
        };
      },
    });
    renderAs('/school/schoolplekken/sp-1', fake);
    const user = userEvent.setup();
    expect(await screen.findByTestId('seats-left')).toHaveTextContent('3 van 3');
    await user.click(
      await screen.findByRole('button', { name: 'Plaatsing vastleggen voor kenmerk C2F1A7D4' }),
    );
    await user.click(screen.getByRole('button', { name: 'Ja, plaatsing vastleggen' }));
    expect(
      await screen.findByText('De plaatsing is vastgelegd. Er zijn nog 2 plaatsen over.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('seats-left')).toHaveTextContent('2 van 3');
    expect(document.body.innerHTML).not.toContain('cand-secret-9');
  });

  it('withdraws a place only after confirmation', async () => {
    const fake = fakeServices({
      'GET /api/training/school-places/sp-1': () => place,
      'GET /api/matching/referrals': () => page([]),
      'POST /api/training/school-places/sp-1/withdraw': () => ({ ...place, status: 'withdrawn' }),
    });
    renderAs('/school/schoolplekken/sp-1', fake);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Schoolplek intrekken' }));
    expect(screen.getByRole('heading', { name: 'Schoolplek intrekken?' })).toHaveFocus();
    expect(fake.sent('POST', '/api/training/school-places/sp-1/withdraw')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Ja, schoolplek intrekken' }));
    expect(await screen.findByText('De schoolplek is ingetrokken.')).toBeInTheDocument();
    expect(screen.getByText('Ingetrokken')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Schoolplek wijzigen' })).toBeNull();
    expect(screen.getByText('Nog geen doorverwijzingen')).toBeInTheDocument();
  });
});
