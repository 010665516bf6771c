import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServices, page, renderArea } from '../employer/employer-test-kit';
import { schoolArea } from './index';

const SCHOOL = { sub: 'roc-1', role: 'education-provider' as const, brin: '25LX' };
const renderAs = (path: string, services: ReturnType<typeof fakeServices>) => renderArea(schoolArea, SCHOOL, path, services);

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

const qualifications = ({ url }: { url: URL }) =>
  page(
    (url.searchParams.get('q') ?? '').toLowerCase().startsWith('lass')
      ? [
          { crebo: '25290', title: 'Basislasser', level: 2, sector: 'Techniek en procesindustrie' },
          { crebo: '25291', title: 'Allround lasser', level: 3, sector: 'Techniek en procesindustrie' },
        ]
      : [],
  );

const change = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('school: school places', { timeout: 20_000 }, () => {
  it('lists its own places with the seats left and status in words', async () => {
    const fake = fakeServices({ 'GET /api/training/school-places': () => page([place, { ...place, id: 'sp-2', seatsLeft: 0, status: 'full' }]) });
    renderAs('/school', fake);
    const table = await screen.findByRole('table', { name: 'Uw schoolplekken' });
    expect(within(table).getByText('3 van 3')).toBeInTheDocument();
    expect(within(table).getByText('0 van 3')).toBeInTheDocument();
    expect(within(table).getByText('Vol')).toBeInTheDocument();
    expect(within(table).getAllByRole('link', { name: 'Basislasser (crebo 25290)' })).toHaveLength(2);
  });

  it('publishes a place: qualification searched by name, seats at least 1, the BRIN of the school, server errors at the field', async () => {
    let posted = 0;
    const fake = fakeServices({
      'GET /api/training/qualifications': qualifications,
      'POST /api/training/school-places': () => {
        posted += 1;
        return {
          status: 422,
          body: { type: 'urn:bridge:problem:unknown-reference', title: 'Unknown reference', status: 422, detail: 'Unknown covenant', errors: [{ field: 'covenantId', message: 'no such covenant' }] },
        };
      },
    });
    renderAs('/school/schoolplekken/nieuw', fake);
    const user = userEvent.setup();

    // Nothing chosen and no seats: the form says so at the fields and sends nothing.
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
    await user.click(await screen.findByLabelText('Basislasser (crebo 25290, niveau 2) toevoegen', { selector: 'button' }, { timeout: 5000 }));
    expect(posted).toBe(0);
    expect(fake.sent('GET', '/api/training/qualifications').at(-1)?.query.get('q')).toBe('lass');
    expect(screen.getByLabelText('Gekozen: Opleiding (kwalificatie)', { selector: 'ul' })).toHaveTextContent('Basislasser (crebo 25290, niveau 2)');
    expect(screen.getByText('U hebt er 1 gekozen; verwijder die eerst om een andere te kiezen.')).toBeInTheDocument();

    change('Leerweg', 'BBL');
    change('Gemeente van de school', 'GM0796');
    change('Startdatum', '2027-02-01');
    change('Aantal plaatsen', '2');
    change('Convenantnummer (optioneel)', 'cov-x');
    change('Minimaal niveau (optioneel)', '2');
    await user.click(screen.getByText('Schoolplek aanbieden', { selector: 'button' }));

    await waitFor(() => expect(screen.getByLabelText('Convenantnummer (optioneel)')).toHaveAccessibleDescription(expect.stringContaining('no such covenant')));
    expect(fake.sent('POST', '/api/training/school-places')[0].body).toEqual({
      brin: '25LX',
      crebo: '25290',
      learningPath: 'BBL',
      municipalityCode: 'GM0796',
      startDate: '2027-02-01',
      seats: 2,
      covenantId: 'cov-x',
      entryRequirements: { minLevel: 2, requiredQualifications: [] },
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
        return { status: 201, body: { schoolPlaceId: 'sp-1', referralId: referral.id, seatsLeft: 2, status: 'open' } };
      },
    });
    renderAs('/school/schoolplekken/sp-1', fake);
    const user = userEvent.setup();
    expect(await screen.findByTestId('seats-left')).toHaveTextContent('3 van 3');
    await user.click(await screen.findByRole('button', { name: 'Plaatsing vastleggen voor kenmerk C2F1A7D4' }));
    await user.click(screen.getByRole('button', { name: 'Ja, plaatsing vastleggen' }));
    expect(await screen.findByText('De plaatsing is vastgelegd. Er zijn nog 2 plaatsen over.')).toBeInTheDocument();
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
