import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAdmin } from './admin-test-kit';
import { cellTexts, jsonOrCsv, stubDownloads } from './insights-test-kit';

const behaviour = {
  asOf: '2026-11-28',
  suppressionThreshold: 10,
  national: {
    reviews: 120,
    acceptanceRate: 0.6,
    rejectionReasons: [
      { reasonCode: 'other', count: 18, rate: 0.15 },
      { reasonCode: 'not-suitable', count: 30, rate: 0.25 },
    ],
    medianDaysToReview: 4,
  },
  regions: [
    {
      regionCode: 'AM27',
      label: 'Noordoost-Brabant',
      suppressed: false,
      figures: {
        reviews: 40,
        acceptanceRate: 0.5,
        rejectionReasons: [
          { reasonCode: 'not-suitable', count: 12, rate: 0.3 },
          { reasonCode: 'candidate-declined', count: 8, rate: 0.2 },
        ],
        medianDaysToReview: 3,
      },
    },
    { regionCode: 'AM01', label: 'Groningen', suppressed: true, figures: null },
  ],
};

describe('review behaviour insights', () => {
  it('shows the acceptance and rejection-reason rates per region beside the national figure', async () => {
    renderAdmin('/beheer/inzicht/beoordelingen', {
      'GET /api/matching/insights/review-behaviour': () => behaviour,
    });
    const chart = await screen.findByRole('figure', {
      name: 'Deel van de beoordeelde voorstellen dat is geaccepteerd, per regio, op 28 november 2026',
    });
    expect(within(chart).getByText('Lijn: landelijk 60%')).toBeInTheDocument();
    expect(
      within(chart)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Noordoost-Brabant50%', 'Groningen< 10minder dan 10']);
    expect(
      screen.getByText(
        "Regio's met minder dan 10 beoordelingen tonen we als ‘< 10’, zodat niemand herkenbaar is.",
      ),
    ).toBeInTheDocument();

    const table = screen.getByRole('table', {
      name: 'Beoordelingen per regio als tabel, met de redenen van afwijzing',
    });
    expect(cellTexts(within(table).getAllByRole('row')[0])).toEqual([
      'Regio',
      'Beoordelingen',
      'Geaccepteerd',
      'Afgewezen: Kandidaat past niet bij deze plek',
      'Afgewezen: Kandidaat wil niet',
      'Afgewezen: Andere reden',
      'Dagen tot beoordeling (mediaan)',
    ]);
    expect(cellTexts(within(table).getByRole('row', { name: /^Landelijk/ }))).toEqual([
      'Landelijk',
      '120',
      '60%',
      '25% (30)',
      '0%',
      '15% (18)',
      '4 dagen',
    ]);
    expect(cellTexts(within(table).getByRole('row', { name: /Noordoost-Brabant/ }))).toEqual([
      'Noordoost-Brabant',
      '40',
      '50%',
      '30% (12)',
      '20% (8)',
      '0%',
      '3 dagen',
    ]);
    expect(cellTexts(within(table).getByRole('row', { name: /Groningen/ }))).toEqual([
      'Groningen',
      '< 10minder dan 10',
      ...Array<string>(5).fill('niet getoond'),
    ]);
  });

  it('downloads the same figures as CSV', async () => {
    const user = userEvent.setup({ delay: null });
    const downloads = stubDownloads();
    const csvAsked: URL[] = [];
    renderAdmin('/beheer/inzicht/beoordelingen', {
      'GET /api/matching/insights/review-behaviour': jsonOrCsv(
        behaviour,
        'review-behaviour-20261128-101500Z.csv',
        csvAsked,
      ),
    });
    await user.click(
      await screen.findByRole('button', { name: 'Beoordelingen downloaden als CSV' }),
    );
    await waitFor(() => expect(downloads.saved).toEqual(['review-behaviour-20261128-101500Z.csv']));
    expect(csvAsked).toHaveLength(1);
    downloads.restore();
  });
});
