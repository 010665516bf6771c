import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { employerArea } from './index';
import { fakeServices, page, renderArea, rowOf } from './employer-test-kit';

const EMPLOYER = { sub: 'wg-1', role: 'employer' as const, employerId: 'emp-1' };

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
  status: 'open',
  version: 1,
  createdAt: '2026-11-28T10:00:00.000Z',
};
const referral = (id: string, status: string, withdrawalReason: string | null) => ({
  id,
  targetId: 'vac-1',
  type: 'vacancy',
  certificates: [],
  regionCode: 'AM27',
  availableFrom: '2027-01-15',
  status,
  withdrawalReason,
  createdAt: '2026-12-01T09:30:00.000Z',
});

describe('employer: a withdrawn referral', { timeout: 20_000 }, () => {
  it('shows why it was withdrawn, and offers no action on it', async () => {
    const fake = fakeServices({
      'GET /api/employers/vacancies/vac-1': () => vacancy,
      'GET /api/matching/referrals': () =>
        page([
          referral('aaaaaaaa-0000-4000-8000-000000000001', 'withdrawn', 'placed-elsewhere'),
          referral('bbbbbbbb-0000-4000-8000-000000000002', 'withdrawn', 'candidate-left'),
          referral('cccccccc-0000-4000-8000-000000000003', 'withdrawn', 'consent-withdrawn'),
          referral('dddddddd-0000-4000-8000-000000000004', 'referred', null),
        ]),
    });
    renderArea(employerArea, EMPLOYER, '/werkgever/vacatures/vac-1', fake);
    const table = await screen.findByRole('table', { name: 'Doorverwijzingen naar deze plek' });
    const row = (reference: string) => rowOf(within(table).getByText(reference));
    expect(within(row('AAAAAAAA')).getByText('Reden: Elders geplaatst')).toBeInTheDocument();
    expect(within(row('BBBBBBBB')).getByText('Reden: Kandidaat vertrokken')).toBeInTheDocument();
    expect(within(row('CCCCCCCC')).getByText('Reden: Toestemming ingetrokken')).toBeInTheDocument();
    expect(within(row('AAAAAAAA')).queryByRole('button')).toBeNull();
    expect(within(row('DDDDDDDD')).queryByText(/Reden:/)).toBeNull();
    expect(within(row('DDDDDDDD')).getByRole('button', { name: /afwijzen/ })).toBeInTheDocument();
  });
});
