import { listQualifications, searchQualifications } from '@bridge/reference-data';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../api/api';
import { SessionProvider } from '../../session/session';
import { fakeServices, page } from './employer-test-kit';
import { QualificationPicker } from './qualification-picker';

const EMPLOYER = { sub: 'employer-1', role: 'employer' as const, employerId: 'e-1' };

/** Training's GET /qualifications over the same reference data, paged as the service pages. */
const training = () =>
  fakeServices({
    'GET /api/training/qualifications': ({ url }) => {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const found = searchQualifications({
        q: url.searchParams.get('q') ?? undefined,
        sector: url.searchParams.get('sector') ?? undefined,
      }).map(({ crebo, title, level, sector }) => ({ crebo, title, level, sector }));
      return page(found.slice(0, limit), found.length > limit ? 'next' : null);
    },
  });

function Picker({ chosen }: { chosen: string[][] }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <QualificationPicker
      id="picker"
      legend="Kwalificaties"
      value={value}
      onChange={(next) => {
        chosen.push(next);
        setValue(next);
      }}
    />
  );
}

function renderPicker(services: ReturnType<typeof fakeServices>, chosen: string[][] = []) {
  return render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <SessionProvider initial={{ claims: EMPLOYER, token: 't' }}>
        <ApiProvider clients={services.clients}>
          <Picker chosen={chosen} />
        </ApiProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

const results = () => screen.getByRole('list', { name: 'Gevonden kwalificaties' });

describe('QualificationPicker over the whole MBO list', () => {
  it('holds the 470 qualifications to choose from', () => {
    expect(listQualifications()).toHaveLength(470);
  });

  it('finds a qualification far from In-Made work by a word of its title, under its domain, and adds it', async () => {
    const fake = training();
    const chosen: string[][] = [];
    renderPicker(fake, chosen);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Zoek op naam of crebo'), 'verzorgende');
    const add = await screen.findByRole('button', {
      name: 'Verzorgende IG (crebo 25491, niveau 3) toevoegen',
    });
    const domain = screen.getByRole('list', { name: 'Zorg en welzijn' });
    expect(domain).toContainElement(add);
    expect(screen.getByRole('status')).toHaveTextContent('1 kwalificatie gevonden.');
    expect(fake.sent('GET', '/api/training/qualifications').at(-1)?.query.get('q')).toBe(
      'verzorgende',
    );

    await user.click(add);
    expect(chosen.at(-1)).toEqual(['25491']);
    expect(screen.getByRole('list', { name: 'Gekozen: Kwalificaties' })).toHaveTextContent(
      'Verzorgende IG (crebo 25491, niveau 3)',
    );
  });

  it('finds by the start of the crebo code too', async () => {
    renderPicker(training());
    await userEvent.setup().type(screen.getByLabelText('Zoek op naam of crebo'), '2549');
    expect(
      await screen.findByRole('button', {
        name: 'Verzorgende IG (crebo 25491, niveau 3) toevoegen',
      }),
    ).toBeInTheDocument();
  });

  it('lists a whole domain when one is chosen, without typing', async () => {
    const fake = training();
    renderPicker(fake);
    const user = userEvent.setup();

    const select = screen.getByLabelText('Opleidingsdomein (optioneel)');
    expect(within(select).getAllByRole('option')).toHaveLength(19);
    await user.selectOptions(select, 'Zorg en welzijn (24)');
    expect(await screen.findByText('24 kwalificaties gevonden.')).toBeInTheDocument();
    const domain = screen.getByRole('list', { name: 'Zorg en welzijn' });
    expect(within(domain).getAllByRole('button')).toHaveLength(24);
    const sent = fake.sent('GET', '/api/training/qualifications').at(-1)?.query;
    expect(sent?.get('sector')).toBe('Zorg en welzijn');
    expect(sent?.has('q')).toBe(false);
  });

  it('groups a broad search by domain and says when there are more than it shows', async () => {
    renderPicker(training());
    await userEvent.setup().type(screen.getByLabelText('Zoek op naam of crebo'), 'medewerker');
    expect(
      await screen.findByText(
        'Meer dan 30 gevonden; de eerste 30 staan hieronder. Typ meer van de naam of kies een opleidingsdomein.',
      ),
    ).toBeInTheDocument();
    const groups = within(results())
      .getAllByRole('list')
      .map((list) => list.getAttribute('aria-labelledby'))
      .map((id) => document.getElementById(id ?? '')?.textContent ?? '');
    expect(groups.length).toBeGreaterThan(1);
    expect(groups).toEqual([...groups].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(within(results()).getAllByRole('button')).toHaveLength(30);
  });
});
