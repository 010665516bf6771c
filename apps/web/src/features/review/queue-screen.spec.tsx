import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inDays, renderAdvisor, suggestion } from './review-test-kit';

// Roomy for a busy machine; each test takes well under a second on an idle one.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

const near = suggestion({
  id: '1',
  candidate: {
    expectedReleaseDate: inDays(12),
    piCode: 'PI-VUGHT',
    regionCode: 'AM27',
    hasAcceptedSuggestion: false,
  },
  score: 0.812,
});
const nearButAccepted = suggestion({
  id: '2',
  candidate: {
    expectedReleaseDate: inDays(20),
    piCode: 'PI-VUGHT',
    regionCode: 'AM27',
    hasAcceptedSuggestion: true,
  },
  score: 0.5,
  type: 'school-place',
  target: {
    title: 'Basislasser',
    municipalityCode: 'GM0796',
    startDate: '2027-02-01',
    brin: '25LX',
  } as never,
});
const far = suggestion({
  id: '3',
  candidate: {
    expectedReleaseDate: inDays(90),
    piCode: 'PI-GRAVE',
    regionCode: 'AM28',
    hasAcceptedSuggestion: false,
  },
  score: 0.64,
});

function routes(items = [near, nearButAccepted, far], nextCursor: string | null = null) {
  return {
    'GET /api/matching/suggestions': (url: URL) =>
      url.searchParams.get('cursor') === 'page-2'
        ? { body: { items: [far], nextCursor: null } }
        : { body: { items, nextCursor } },
  };
}

describe('the review queue', () => {
  it('lists suggestions with pseudonym, PI, release, target, score, and urgency in words', async () => {
    const { requests } = renderAdvisor('/beoordelen', routes());
    expect(screen.getByRole('heading', { level: 1, name: 'Beoordelen' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Suggesties met status voorgesteld/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);

    const first = within(rows[0]);
    expect(first.getByRole('link', { name: 'Kandidaat c1aaaa' })).toHaveAttribute(
      'href',
      `/beoordelen/suggesties/1`,
    );
    expect(first.getByText('PI Vught')).toBeInTheDocument();
    expect(first.getByText('Noordoost-Brabant')).toBeInTheDocument();
    expect(first.getByText('(nog 12 dagen)')).toBeInTheDocument();
    expect(first.getByText('Medewerker houtbewerking')).toBeInTheDocument();
    expect(first.getByText(/Vacature/)).toBeInTheDocument();
    expect(first.getByText('81%')).toBeInTheDocument();
    // Release within 30 days and nothing accepted (as the queue says of each candidate): urgent.
    expect(first.getByText('Urgent')).toBeInTheDocument();

    // Near release, but the candidate already has an accepted suggestion: not urgent.
    expect(within(rows[1]).getByText(/Schoolplek/)).toBeInTheDocument();
    expect(within(rows[1]).queryByText('Urgent')).not.toBeInTheDocument();
    // Far from release: not urgent.
    expect(within(rows[2]).queryByText('Urgent')).not.toBeInTheDocument();
    // The queue alone decides: no request per candidate.
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /api/matching/suggestions',
    ]);
    expect(requests[0].url.searchParams.get('status')).toBe('suggested');
  });

  it('keeps the filters in the URL and asks the server for them; regions are only the advisor’s own', async () => {
    const user = userEvent.setup();
    const { requests } = renderAdvisor('/beoordelen', routes());
    await screen.findByRole('table');

    const region = screen.getByLabelText('Regio');
    const regionChoices = within(region)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(regionChoices).toEqual(["Al mijn regio's", 'Noordoost-Brabant', 'Zuidoost-Brabant']);

    fireEvent.change(region, { target: { value: 'AM28' } });
    fireEvent.change(screen.getByLabelText('PI'), { target: { value: 'PI-GRAVE' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'rejected' } });
    await user.click(screen.getByRole('button', { name: 'Filter toepassen' }));

    expect(screen.getByTestId('location')).toHaveTextContent(
      '/beoordelen?region=AM28&pi=PI-GRAVE&status=rejected',
    );
    await waitFor(() => {
      const last = requests.filter((r) => r.url.pathname === '/api/matching/suggestions').at(-1);
      expect(Object.fromEntries(last?.url.searchParams ?? [])).toMatchObject({
        region: 'AM28',
        pi: 'PI-GRAVE',
        status: 'rejected',
      });
    });
    // The links to a review carry the filters, so the way back finds them.
    expect(await screen.findByRole('link', { name: 'Kandidaat c1aaaa' })).toHaveAttribute(
      'href',
      '/beoordelen/suggesties/1?region=AM28&pi=PI-GRAVE&status=rejected',
    );

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/beoordelen$/);
  });

  it('reads the filters from the URL when coming back from a review', async () => {
    const { requests } = renderAdvisor('/beoordelen?region=AM27&pi=PI-VUGHT', routes());
    await screen.findByRole('table');
    expect(screen.getByLabelText('Regio')).toHaveValue('AM27');
    expect(screen.getByLabelText('PI')).toHaveValue('PI-VUGHT');
    expect(Object.fromEntries(requests[0].url.searchParams)).toMatchObject({
      region: 'AM27',
      pi: 'PI-VUGHT',
      status: 'suggested',
    });
  });

  it('pages with the server’s cursor', async () => {
    const user = userEvent.setup();
    const { requests } = renderAdvisor('/beoordelen', routes([near], 'page-2'));
    await screen.findByRole('link', { name: 'Kandidaat c1aaaa' });
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByRole('link', { name: 'Kandidaat c3aaaa' })).toBeInTheDocument();
    expect(screen.getByText('Pagina 2')).toBeInTheDocument();
    expect(requests.some((r) => r.url.searchParams.get('cursor') === 'page-2')).toBe(true);
  });

  it('says what to do when the queue is empty', async () => {
    renderAdvisor('/beoordelen?region=AM28', routes([]));
    expect(
      await screen.findByText('Er zijn geen suggesties om te beoordelen.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/wis de filters/)).toBeInTheDocument();
  });
});

describe('snoozed suggestions in the queue', () => {
  const snoozed = suggestion({
    id: '4',
    snoozedUntil: inDays(20),
    snoozeReasonCode: 'awaiting-vog',
    snoozeNote: null,
  });

  it('has a filter "Uitgesteld" that asks for the snoozed ones and shows until when', async () => {
    const user = userEvent.setup();
    const { requests } = renderAdvisor('/beoordelen', {
      'GET /api/matching/suggestions': (url: URL) => ({
        body: {
          items: url.searchParams.get('snoozed') === 'true' ? [snoozed] : [near],
          nextCursor: null,
        },
      }),
    });
    await screen.findByRole('link', { name: 'Kandidaat c1aaaa' });
    // By default the snoozed ones are not asked for (the server hides them).
    expect(requests[0].url.searchParams.has('snoozed')).toBe(false);

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'snoozed' } });
    await user.click(screen.getByRole('button', { name: 'Filter toepassen' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/beoordelen\?snoozed=true$/);
    const table = await screen.findByRole('table', { name: /Suggesties met status uitgesteld/ });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByRole('link', { name: 'Kandidaat c4aaaa' })).toHaveAttribute(
      'href',
      '/beoordelen/suggesties/4?snoozed=true',
    );
    expect(within(row).getByText('Uitgesteld')).toBeInTheDocument();
    expect(within(row).getByText(/^tot \d+ \w+ \d{4}$/)).toBeInTheDocument();
    const last = requests.filter((r) => r.url.pathname === '/api/matching/suggestions').at(-1);
    expect(Object.fromEntries(last?.url.searchParams ?? [])).toMatchObject({
      status: 'suggested',
      snoozed: 'true',
    });

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/beoordelen$/);
  });

  it('reads "uitgesteld" from the URL only for suggestions still to review', async () => {
    const { requests } = renderAdvisor('/beoordelen?status=accepted&snoozed=true', routes());
    await screen.findByRole('table');
    expect(screen.getByLabelText('Status')).toHaveValue('accepted');
    expect(requests[0].url.searchParams.has('snoozed')).toBe(false);
  });

  it('says so when nothing is snoozed', async () => {
    renderAdvisor('/beoordelen?snoozed=true', routes([]));
    expect(await screen.findByText('Er zijn geen uitgestelde suggesties.')).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('snoozed');
  });
});

describe('the queue as CSV', () => {
  it('downloads the queue with the filters applied, under the server’s file name', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:queue');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const csv = 'candidateId,score\r\nc1aaaa,0.812\r\n';
    const { requests } = renderAdvisor('/beoordelen?region=AM27&snoozed=true', {
      'GET /api/matching/suggestions': (_url: URL, request: Request) =>
        request.headers.get('accept') === 'text/csv'
          ? {
              text: csv,
              headers: {
                'content-type': 'text/csv; charset=utf-8',
                'content-disposition':
                  'attachment; filename="suggestion-queue-20261208-011500Z.csv"',
              },
            }
          : { body: { items: [near], nextCursor: null } },
    });
    await screen.findByRole('link', { name: 'Kandidaat c1aaaa' });
    await user.click(screen.getByRole('button', { name: 'Download de wachtrij als CSV' }));

    await waitFor(() => expect(saved).toEqual(['suggestion-queue-20261208-011500Z.csv']));
    expect(await createObjectURL.mock.calls[0][0].text()).toBe(csv);
    const asked = requests.filter((r) => r.headers.get('accept') === 'text/csv');
    expect(asked).toHaveLength(1);
    expect(Object.fromEntries(asked[0].url.searchParams)).toEqual({
      status: 'suggested',
      region: 'AM27',
      snoozed: 'true',
    });
    click.mockRestore();
  });
});
