import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderApp } from '../../testing/fake-api';
import {
  cellTexts,
  certificateOutcomes,
  jsonOrCsv,
  stubDownloads,
} from '../admin/insights-test-kit';

const WORKSHOP_LEADER = { sub: 'wm-1', role: 'workshop-leader' as const, pi: 'PI-VUGHT' };

describe("the workshop leader's certificate outcomes", () => {
  it('are in the menu, for its own PI without a filter, with the shortfall to act on and a CSV', async () => {
    const user = userEvent.setup({ delay: null });
    const downloads = stubDownloads();
    const csvAsked: URL[] = [];
    const { clients, requests } = fakeApi({
      'GET /api/matching/candidates': () => ({ items: [], nextCursor: null }),
      'GET /api/matching/insights/certificates': jsonOrCsv(
        certificateOutcomes('PI-VUGHT'),
        'certificate-outcomes-20261128-101500Z.csv',
        csvAsked,
      ),
    });
    renderApp({ clients, claims: WORKSHOP_LEADER, path: '/werkplaats' });
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(within(menu).getByRole('link', { name: 'Resultaten' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Wat uw praktijkverklaringen opleveren',
      }),
    ).toBeInTheDocument();
    const welder = await screen.findByRole('figure', { name: 'Basislasser (crebo 25290)' });
    expect(within(welder).getAllByRole('listitem').at(-1)).toHaveTextContent('Geplaatst5 (25%)');
    expect(
      within(screen.getByRole('figure', { name: 'Assistent horeca (crebo 25252)' })).getAllByText(
        'minder dan 10',
      ),
    ).toHaveLength(3);
    const shortfall = screen.getByRole('table', {
      name: 'Gevraagde kwalificaties die de kandidaten niet hebben (PI Vught)',
    });
    expect(cellTexts(within(shortfall).getByRole('row', { name: /Logistiek/ }))).toEqual([
      'Logistiek medewerker',
      '25180',
      'Transport en logistiek',
      '12',
      '3',
    ]);
    expect(screen.queryByLabelText('PI')).not.toBeInTheDocument();
    expect(
      requests
        .filter((r) => r.path.endsWith('/insights/certificates'))
        .map((r) => r.search.toString()),
    ).toEqual(['']);

    await user.click(
      screen.getByRole('button', { name: 'Praktijkverklaringen downloaden als CSV' }),
    );
    await waitFor(() =>
      expect(downloads.saved).toEqual(['certificate-outcomes-20261128-101500Z.csv']),
    );
    expect(csvAsked.map((url) => url.search)).toEqual(['']);
    downloads.restore();
  });
});
