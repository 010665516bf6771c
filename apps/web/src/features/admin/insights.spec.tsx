import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { regionOptions } from '../../shared/reference';
import { renderAdmin } from './admin-test-kit';
import { jsonOrCsv, stubDownloads } from './insights-test-kit';

const funnel = {
  asOf: '2026-11-28',
  nearingRelease: 40,
  withCertificate: 30,
  withSuggestion: 20,
  referred: 9,
  placed: 4,
  placedHolding3Months: 3,
  placedHolding6Months: 2,
  byRegion: [
    {
      regionCode: 'AM27',
      name: 'Noordoost-Brabant',
      nearingRelease: 12,
      withCertificate: 10,
      withSuggestion: 7,
      referred: 3,
      placed: 1,
      placedHolding3Months: 1,
      placedHolding6Months: 0,
    },
  ],
  byPi: [
    {
      piCode: 'PI-VUGHT',
      name: 'PI Vught',
      nearingRelease: 15,
      withCertificate: 11,
      withSuggestion: 8,
      referred: 4,
      placed: 2,
      placedHolding3Months: 2,
      placedHolding6Months: 1,
    },
  ],
};
const coverage = {
  asOf: '2026-11-28',
  regionsWithoutCovenant: [{ code: 'AM01', name: 'Groningen' }],
  pisWithoutCovenant: [],
};

describe('insights', () => {
  it('draws the funnel with every value as text, and the same numbers in tables', async () => {
    renderAdmin('/beheer/inzicht', {
      'GET /api/matching/insights/funnel': () => funnel,
      'GET /api/matching/insights/coverage': () => coverage,
    });
    const chart = await screen.findByRole('figure', {
      name: "Alle regio's en PI's, op 28 november 2026",
    });
    const bars = within(chart).getAllByRole('listitem');
    expect(bars.map((bar) => bar.textContent)).toEqual([
      'Bijna vrij40',
      'Met praktijkverklaring30 (75%)',
      'Met matchvoorstel20 (50%)',
      'Voorgedragen9 (23%)',
      'Geplaatst4 (10%)',
      'Na 3 maanden nog geplaatst3 (8%)',
      'Na 6 maanden nog geplaatst2 (5%)',
    ]);

    const stages = screen.getByRole('table', { name: 'De cijfers van de grafiek als tabel' });
    const perRegion = screen.getByRole('table', { name: 'Kandidaten per terugkeerregio' });
    const cells = (row: HTMLElement) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent);
    expect(cells(within(stages).getByRole('row', { name: /Geplaatst/ }))).toEqual([
      'Geplaatst',
      '4',
      '10%',
    ]);
    expect(cells(within(perRegion).getByRole('row', { name: /Noordoost-Brabant/ }))).toEqual([
      'Noordoost-Brabant',
      '12',
      '10',
      '7',
      '3',
      '1',
      '1',
      '0',
    ]);
    const perPi = screen.getByRole('table', { name: 'Kandidaten per PI' });
    expect(cells(within(perPi).getByRole('row', { name: /PI Vught/ }))).toEqual([
      'PI Vught',
      '15',
      '11',
      '8',
      '4',
      '2',
      '2',
      '1',
    ]);

    const covered = await screen.findByRole('figure', { name: /Met een actief convenant/ });
    expect(covered).toHaveTextContent(`34 van ${regionOptions.length}`);
    expect(
      screen.getByRole('table', { name: "Arbeidsmarktregio's zonder actief convenant" }),
    ).toHaveTextContent('Groningen');
    expect(screen.getByText('Elke PI wordt genoemd in een actief convenant.')).toBeInTheDocument();
  });

  it('filters the funnel by region through the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const region = regionOptions.find((option) => option.value === 'AM27') ?? regionOptions[0];
    const { requests, location } = renderAdmin('/beheer/inzicht', {
      'GET /api/matching/insights/funnel': () => funnel,
      'GET /api/matching/insights/coverage': () => coverage,
    });
    await screen.findByRole('figure', { name: /Alle regio's/ });
    await user.selectOptions(screen.getByLabelText('Arbeidsmarktregio'), region.value);
    await user.click(screen.getByRole('button', { name: 'Filteren' }));
    await waitFor(() => expect(location().search).toBe(`?region=${region.value}`));
    await screen.findByRole('figure', { name: `${region.label}, op 28 november 2026` });
    expect(
      requests
        .filter((r) => r.path.endsWith('/funnel'))
        .at(-1)
        ?.search.get('region'),
    ).toBe(region.value);
  });

  it('downloads the funnel as CSV with the filters of the screen', async () => {
    const user = userEvent.setup({ delay: null });
    const downloads = stubDownloads();
    const csvAsked: URL[] = [];
    renderAdmin('/beheer/inzicht?region=AM27&pi=PI-VUGHT', {
      'GET /api/matching/insights/funnel': jsonOrCsv(
        funnel,
        'funnel-20261128-101500Z.csv',
        csvAsked,
      ),
      'GET /api/matching/insights/coverage': () => coverage,
    });
    await user.click(await screen.findByRole('button', { name: 'Trechter downloaden als CSV' }));
    await waitFor(() => expect(downloads.saved).toEqual(['funnel-20261128-101500Z.csv']));
    expect(csvAsked.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { region: 'AM27', pi: 'PI-VUGHT' },
    ]);
    downloads.restore();
  });
});
