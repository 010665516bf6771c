import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../candidates/candidate';
import { aCandidate, aUser, problem, renderSignedIn, type FakeRoutes } from '../candidates/testing';

const CANDIDATE = aCandidate();
const PATH = `/werkplaats/kandidaten/${CANDIDATE.id}/praktijkverklaring`;
const WORKSHOP_LEADER = { sub: 'wm-1', role: 'workshop-leader' as const, pi: 'PI-VUGHT' };
const QUALIFICATIONS = [
  { crebo: '25290', title: 'Basislasser', level: 2, sector: 'Techniek en procesindustrie' },
  { crebo: '25291', title: 'Allround lasser', level: 3, sector: 'Techniek en procesindustrie' },
  { crebo: '25252', title: 'Assistent horeca', level: 1, sector: 'Entree' },
];

function routes(extra: FakeRoutes = {}): FakeRoutes {
  return {
    [`GET /api/matching/candidates/${CANDIDATE.id}`]: { body: CANDIDATE },
    'GET /api/training/workshops': {
      body: {
        items: [
          {
            id: 'pi-vught-metal',
            piCode: 'PI-VUGHT',
            type: 'metal',
            name: 'Metaalbewerking PI Vught',
          },
        ],
        nextCursor: null,
      },
    },
    'GET /api/training/qualifications': (request) => {
      const q = (request.query.get('q') ?? '').toLowerCase();
      return {
        body: {
          items: QUALIFICATIONS.filter(
            (x) => x.title.toLowerCase().includes(q) || x.crebo.startsWith(q),
          ),
          nextCursor: null,
        },
      };
    },
    'GET /api/training/certificates': { body: { items: [], nextCursor: null } },
    ...extra,
  };
}

async function chooseQualification(user: ReturnType<typeof aUser>, text: string, option: string) {
  await user.type(await screen.findByLabelText('Zoek op naam of crebo'), text);
  await user.click(await screen.findByRole('button', { name: `${option} kiezen` }));
}

describe('registering a practice certificate', () => {
  it('finds the qualification by name or crebo, by keyboard, and registers it', async () => {
    const user = aUser();
    const { requests } = renderSignedIn(
      PATH,
      WORKSHOP_LEADER,
      routes({
        'POST /api/training/certificates': (request) => ({
          status: 201,
          body: {
            id: 'c1',
            candidateId: CANDIDATE.id,
            crebo: '25290',
            title: 'Basislasser',
            level: 2,
            status: 'valid',
            ...(request.body as object),
          },
        }),
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Praktijkverklaring registreren' }),
    ).toBeInTheDocument();

    await user.type(await screen.findByLabelText('Zoek op naam of crebo'), '2529');
    expect(await screen.findByText('2 kwalificaties gevonden.', undefined)).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Gevonden kwalificaties' });
    expect(within(results).getByText('Basislasser (crebo 25290, niveau 2)')).toBeInTheDocument();
    // Keyboard: tab from the search box to the first result's button and choose it with Enter.
    await user.tab();
    expect(
      screen.getByRole('button', { name: 'Basislasser (crebo 25290, niveau 2) kiezen' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      within(screen.getByRole('list', { name: 'Gekozen kwalificatie' })).getByText(
        'Basislasser (crebo 25290, niveau 2)',
      ),
    ).toBeInTheDocument();

    await user.selectOptions(
      screen.getByLabelText('Werkplaats (niet verplicht)'),
      'pi-vught-metal',
    );
    await user.click(screen.getByRole('button', { name: 'Werkproces toevoegen' }));
    await user.type(screen.getByLabelText('Werkproces 1'), 'Voert laswerkzaamheden uit');
    await user.click(screen.getByRole('button', { name: 'Praktijkverklaring registreren' }));

    expect(
      await screen.findByText('De praktijkverklaring Basislasser is geregistreerd.'),
    ).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      candidateId: CANDIDATE.id,
      crebo: '25290',
      issuedOn: todayInNetherlands(),
      workshopId: 'pi-vught-metal',
      workProcesses: ['Voert laswerkzaamheden uit'],
    });
  });

  it('checks the form before sending: a qualification is required and the issue date not in the future', async () => {
    const user = aUser();
    const { requests } = renderSignedIn(PATH, WORKSHOP_LEADER, routes());
    const date = await screen.findByLabelText('Datum van afgifte');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Praktijkverklaring registreren' }));

    expect(await screen.findByText('Kies een kwalificatie.')).toBeInTheDocument();
    expect(
      screen.getByText('De datum van afgifte kan niet in de toekomst liggen.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Datum van afgifte')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it("shows the service's field errors at the fields they name and stays on the form", async () => {
    const user = aUser();
    renderSignedIn(
      PATH,
      WORKSHOP_LEADER,
      routes({
        'POST /api/training/certificates': problem(400, [
          { field: 'issuedOn', message: 'issuedOn must not be in the future' },
          {
            field: 'workProcesses.0',
            message: 'each value in workProcesses must be shorter than or equal to 200 characters',
          },
        ]),
      }),
    );
    await chooseQualification(user, 'basis', 'Basislasser (crebo 25290, niveau 2)');
    await user.click(screen.getByRole('button', { name: 'Werkproces toevoegen' }));
    await user.type(screen.getByLabelText('Werkproces 1'), 'Last');
    await user.click(screen.getByRole('button', { name: 'Praktijkverklaring registreren' }));

    const issuedOn = await screen.findByLabelText('Datum van afgifte');
    await waitFor(() => expect(issuedOn).toHaveAttribute('aria-invalid', 'true'));
    expect(issuedOn).toHaveAccessibleDescription(
      expect.stringContaining('issuedOn must not be in the future'),
    );
    expect(
      screen.getByText(
        'each value in workProcesses must be shorter than or equal to 200 characters',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Praktijkverklaring registreren' }),
    ).toBeInTheDocument();
  });

  it('puts an unknown crebo (422) at the qualification', async () => {
    const user = aUser();
    renderSignedIn(
      PATH,
      WORKSHOP_LEADER,
      routes({
        'POST /api/training/certificates': problem(422, [
          { field: 'crebo', message: 'Unknown crebo: 25290' },
        ]),
      }),
    );
    await chooseQualification(user, 'basis', 'Basislasser (crebo 25290, niveau 2)');
    await user.click(screen.getByRole('button', { name: 'Praktijkverklaring registreren' }));
    const group = await screen.findByRole('group', { name: 'Kwalificatie' });
    expect(await within(group).findByText('Unknown crebo: 25290')).toBeInTheDocument();
  });
});

describe('revoking a practice certificate', () => {
  it('requires a reason and sends it', async () => {
    const user = aUser();
    const certificate = {
      id: 'c1',
      candidateId: CANDIDATE.id,
      piCode: 'PI-VUGHT',
      crebo: '25290',
      title: 'Basislasser',
      level: 2,
      sector: 'Techniek en procesindustrie',
      issuedOn: '2026-10-01',
      workProcesses: [],
      workshopId: null,
      status: 'valid',
      registeredAt: '2026-10-01T10:00:00.000Z',
    };
    const { requests } = renderSignedIn(
      `/werkplaats/kandidaten/${CANDIDATE.id}/praktijkverklaringen/c1/intrekken`,
      WORKSHOP_LEADER,
      routes({
        'GET /api/training/certificates/c1': { body: certificate },
        'POST /api/training/certificates/c1/revoke': {
          body: { ...certificate, status: 'revoked' },
        },
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('Vul de reden van intrekken in.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reden van intrekken'), 'Verkeerde kandidaat');
    await user.click(screen.getByRole('button', { name: 'Intrekken' }));
    expect(
      await screen.findByText('De praktijkverklaring Basislasser is ingetrokken.'),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      reason: 'Verkeerde kandidaat',
    });
  });
});
