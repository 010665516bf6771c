import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { piOptions } from '../../shared/reference';
import { renderAdmin } from './admin-test-kit';
import { certificateOutcomes, cellTexts, jsonOrCsv, stubDownloads } from './insights-test-kit';

const items = (chart: HTMLElement) =>
  within(chart)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('certificate outcome insights', () => {
  it('draws a funnel per qualification and workshop type, withholds small groups, and lists the shortfall', async () => {
    renderAdmin('/beheer/inzicht/praktijkverklaringen', {
      'GET /api/matching/insights/certificates': () => certificateOutcomes(null),
    });
    const welder = await screen.findByRole('figure', { name: 'Basislasser (crebo 25290)' });
    expect(items(welder)).toEqual([
      'Afgegeven24',
      'Houders20',
      'Met matchvoorstel15 (75%)',
      'Voorgedragen8 (40%)',
      'Geplaatst5 (25%)',
    ]);
    const small = screen.getByRole('figure', { name: 'Assistent horeca (crebo 25252)' });
    expect(items(small)).toEqual([
      'Afgegeven9',
      'Houders9',
      'Met matchvoorstel< 10minder dan 10',
      'Voorgedragen< 10minder dan 10',
      'Geplaatst< 10minder dan 10',
    ]);
    expect(items(screen.getByRole('figure', { name: 'Metaalbewerking' }))).toContain(
      'Geplaatst6 (24%)',
    );
    expect(screen.getByText(/^Alle PI's, op 28 november 2026\./)).toBeInTheDocument();

    const perQualification = screen.getByRole('table', {
      name: 'Per kwalificatie: de cijfers als tabel',
    });
    expect(cellTexts(within(perQualification).getByRole('row', { name: /Assistent/ }))).toEqual([
      'Assistent horeca',
      '9',
      '9',
      '< 10minder dan 10',
      '< 10minder dan 10',
      '< 10minder dan 10',
    ]);
    expect(
      cellTexts(
        within(
          screen.getByRole('table', { name: 'Per soort werkplaats: de cijfers als tabel' }),
        ).getByRole('row', { name: /Metaalbewerking/ }),
      ),
    ).toEqual(['Metaalbewerking', '30', '25', '18', '9', '6']);

    const shortfall = screen.getByRole('table', {
      name: "Gevraagde kwalificaties die de kandidaten niet hebben (Alle PI's)",
    });
    expect(cellTexts(within(shortfall).getByRole('row', { name: /Logistiek/ }))).toEqual([
      'Logistiek medewerker',
      '25180',
      'Transport en logistiek',
      '12',
      '3',
    ]);
  });

  it('filters by PI through the URL and downloads the CSV of that PI', async () => {
    const user = userEvent.setup({ delay: null });
    const downloads = stubDownloads();
    const csvAsked: URL[] = [];
    const pi = piOptions.find((option) => option.value === 'PI-VUGHT') ?? piOptions[0];
    const { requests, location } = renderAdmin('/beheer/inzicht/praktijkverklaringen', {
      'GET /api/matching/insights/certificates': (request, url) =>
        jsonOrCsv(
          certificateOutcomes(url.searchParams.get('pi')),
          'certificate-outcomes-20261128-101500Z.csv',
          csvAsked,
        )(request, url),
    });
    await screen.findByRole('figure', { name: 'Basislasser (crebo 25290)' });
    await user.selectOptions(screen.getByLabelText('PI'), pi.value);
    await user.click(screen.getByRole('button', { name: 'Filteren' }));
    await waitFor(() => expect(location().search).toBe(`?pi=${pi.value}`));
    expect(
      await screen.findByText(new RegExp(`^${pi.label}, op 28 november 2026`)),
    ).toBeInTheDocument();
    expect(
      requests.filter((r) => r.path.endsWith('/certificates')).map((r) => r.search.get('pi')),
    ).toEqual([null, pi.value]);

    await user.click(
      screen.getByRole('button', { name: 'Praktijkverklaringen downloaden als CSV' }),
    );
    await waitFor(() =>
      expect(downloads.saved).toEqual(['certificate-outcomes-20261128-101500Z.csv']),
    );
    expect(csvAsked.map((url) => url.searchParams.get('pi'))).toEqual([pi.value]);
    downloads.restore();
  });

  it('says so when the candidates hold every qualification asked for', async () => {
    renderAdmin('/beheer/inzicht/praktijkverklaringen', {
      'GET /api/matching/insights/certificates': () => ({
        ...certificateOutcomes(null),
        byWorkshopType: [],
        shortfall: [],
      }),
    });
    expect(
      await screen.findByText(
        'De kandidaten hebben alle kwalificaties waar de open vacatures en schoolplaatsen om vragen.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Er zijn nog geen praktijkverklaringen afgegeven.'),
    ).toBeInTheDocument();
  });
});
