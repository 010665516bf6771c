import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAdmin } from './admin-test-kit';
import { cellTexts, jsonOrCsv, stubDownloads } from './insights-test-kit';

const figures = (overrides: Record<string, unknown>) => ({
  candidates: 40,
  withSuggestionShare: 0.5,
  acceptedShare: 0.4,
  placedShare: 0.2,
  rejectionReasons: [],
  medianDaysToFirstSuggestion: 10,
  medianDaysToReview: 2,
  ...overrides,
});

const fairness = {
  asOf: '2026-11-28',
  suppressionThreshold: 10,
  markingRule: 'de groepen die 10 procentpunt of meer van landelijk afwijken.',
  national: figures({ candidates: 200 }),
  dimensions: [
    {
      dimension: 'pi',
      groups: [
        {
          code: 'PI-VUGHT',
          label: 'PI Vught',
          suppressed: false,
          figures: figures({
            withSuggestionShare: 0.3,
            acceptedShare: 0.45,
            placedShare: 0.1,
            rejectionReasons: [
              { reasonCode: 'candidate-declined', count: 4 },
              { reasonCode: 'other', count: 1 },
            ],
            medianDaysToFirstSuggestion: 12,
            medianDaysToReview: 3,
          }),
          differsMost: true,
          difference: { withSuggestionShare: -20, placedShare: -10 },
        },
        {
          code: 'PI-ZWOLLE',
          label: 'PI Zwolle',
          suppressed: true,
          // A group of 9: even were its figures sent along, the screen must not show them.
          figures: figures({ candidates: 9, withSuggestionShare: 0.77, placedShare: 0.33 }),
          differsMost: false,
          difference: { withSuggestionShare: null, placedShare: null },
        },
        {
          code: 'PI-ARNHEM',
          label: 'PI Arnhem',
          suppressed: false,
          figures: figures({ candidates: 60, withSuggestionShare: 0.55, placedShare: 0.25 }),
          differsMost: false,
          difference: { withSuggestionShare: 5, placedShare: 5 },
        },
      ],
    },
    {
      dimension: 'vog-outlook',
      groups: [
        {
          code: 'likely',
          label: 'Waarschijnlijk',
          suppressed: false,
          figures: figures({ candidates: 150, withSuggestionShare: 0.52 }),
          differsMost: false,
          difference: { withSuggestionShare: 2, placedShare: 0 },
        },
      ],
    },
  ],
};

const items = (chart: HTMLElement) =>
  within(chart)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('fairness insights', () => {
  it('charts each group beside the national share, marks the groups that differ most and never shows a small group', async () => {
    renderAdmin('/beheer/inzicht/eerlijkheid', {
      'GET /api/matching/insights/fairness': () => fairness,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Eerlijkheid van de voorstellen' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Gemarkeerd: de groepen die 10 procentpunt of meer van landelijk afwijken. Groepen met minder dan 10 kandidaten tonen we als ‘< 10’, zodat niemand herkenbaar is.',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Soorten inzicht' })).getByRole('link', {
        name: 'Eerlijkheid',
      }),
    ).toHaveAttribute('aria-current', 'page');

    const national = screen.getByRole('heading', { level: 2, name: 'Landelijke cijfers' });
    expect(national.parentElement).toHaveTextContent(
      /Kandidaten bijna vrij200.*Met matchvoorstel50%.*Voorstel geaccepteerd40%.*Geplaatst20%.*Dagen tot eerste voorstel \(mediaan\)10 dagen.*Dagen tot beoordeling \(mediaan\)2 dagen/,
    );

    const suggested = screen.getByRole('figure', {
      name: 'Deel met een matchvoorstel per PI, op 28 november 2026',
    });
    expect(within(suggested).getByText('Lijn: landelijk 50%')).toBeInTheDocument();
    expect(items(suggested)).toEqual([
      'PI Vught30%, 20 procentpunt lager dan landelijk',
      'PI Zwolle< 10minder dan 10',
      'PI Arnhem55%',
    ]);
    const placed = screen.getByRole('figure', {
      name: 'Deel geplaatst per PI, op 28 november 2026',
    });
    expect(items(placed)).toEqual([
      'PI Vught10%, 10 procentpunt lager dan landelijk',
      'PI Zwolle< 10minder dan 10',
      'PI Arnhem25%',
    ]);
    expect(
      screen.getByText(
        'PI Vught: matchvoorstel 20 procentpunt lager dan landelijk, geplaatst 10 procentpunt lager dan landelijk',
      ),
    ).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'De cijfers per PI als tabel' });
    expect(cellTexts(within(table).getByRole('row', { name: /^Landelijk/ }))).toEqual([
      'Landelijk',
      '200',
      '50%',
      '',
      '40%',
      '20%',
      '',
      '10 dagen',
      '2 dagen',
      'Geen afwijzingen',
    ]);
    expect(cellTexts(within(table).getByRole('row', { name: /PI Vught/ }))).toEqual([
      'PI Vught (wijkt het meest af)',
      '40',
      '30%',
      '−20',
      '45%',
      '10%',
      '−10',
      '12 dagen',
      '3 dagen',
      'Kandidaat wil niet: 4; Andere reden: 1',
    ]);
    const small = within(table).getByRole('row', { name: /PI Zwolle/ });
    expect(cellTexts(small)).toEqual([
      'PI Zwolle',
      '< 10minder dan 10',
      ...Array<string>(8).fill('niet getoond'),
    ]);
    expect(small).not.toHaveTextContent(/9|77|33/);
    expect(cellTexts(within(table).getByRole('row', { name: /PI Arnhem/ }))[3]).toBe('+5');

    const vog = screen.getByRole('heading', { level: 2, name: 'Per verwachting voor de VOG' });
    expect(vog.parentElement).toHaveTextContent(
      'Geen groep wijkt opvallend af van het landelijke cijfer.',
    );
    expect(
      screen.getByRole('table', { name: 'De cijfers per verwachting voor de VOG als tabel' }),
    ).toHaveTextContent('Waarschijnlijk');
  });

  it('downloads the same figures as CSV', async () => {
    const user = userEvent.setup({ delay: null });
    const downloads = stubDownloads();
    const csvAsked: URL[] = [];
    renderAdmin('/beheer/inzicht/eerlijkheid', {
      'GET /api/matching/insights/fairness': jsonOrCsv(
        fairness,
        'fairness-20261128-101500Z.csv',
        csvAsked,
      ),
    });
    await user.click(await screen.findByRole('button', { name: 'Eerlijkheid downloaden als CSV' }));
    await waitFor(() => expect(downloads.saved).toEqual(['fairness-20261128-101500Z.csv']));
    expect(csvAsked).toHaveLength(1);
    downloads.restore();
  });
});
