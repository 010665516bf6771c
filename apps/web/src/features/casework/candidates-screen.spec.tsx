import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCandidate, aUser, renderSignedIn, type SeenRequest } from '../candidates/testing';

const CASEMANAGER = { sub: 'cm-1', role: 'casemanager' as const, pi: 'PI-VUGHT' };
const CANDIDATE = aCandidate({
  certificates: [{ crebo: '25290', title: 'Basislasser', issuedOn: '2026-10-01' }],
});

const listRequests = (requests: SeenRequest[]) =>
  requests.filter((r) => r.method === 'GET' && r.path === '/api/matching/candidates');
const lastQuery = (requests: SeenRequest[]) =>
  Object.fromEntries(listRequests(requests).at(-1)?.query ?? []);

function render(path: string) {
  return renderSignedIn(path, CASEMANAGER, {
    'GET /api/matching/candidates': (request) =>
      request.query.get('cursor') === 'page-2'
        ? {
            body: {
              items: [aCandidate({ id: 'a2b3c4d5-0000-4000-8000-000000000002' })],
              nextCursor: null,
            },
          }
        : { body: { items: [CANDIDATE], nextCursor: 'page-2' } },
    [`GET /api/matching/candidates/${CANDIDATE.id}`]: { body: CANDIDATE },
    [`GET /api/matching/candidates/${CANDIDATE.id}/suggestions`]: {
      body: {
        items: [
          {
            id: 's1',
            candidateId: CANDIDATE.id,
            targetId: 't1',
            type: 'vacancy',
            score: 0.812,
            status: 'suggested',
            explanation: [],
            target: {
              title: 'Medewerker houtbewerking',
              municipalityCode: 'GM0855',
              startDate: '2027-03-01',
            },
            createdAt: '2026-11-02T09:30:00.000Z',
          },
        ],
        nextCursor: null,
      },
    },
    [`GET /api/matching/candidates/${CANDIDATE.id}/referrals`]: {
      body: { items: [], nextCursor: null },
    },
  });
}

describe("the casemanager's candidates", () => {
  it('reads the filters from the URL and asks the service for the own PI with them', async () => {
    const { requests } = render('/casemanagement?releaseWithinDays=30&hasCertificate=true');
    expect(
      await screen.findByRole('link', { name: 'Kandidaat 5d0c0a52 openen' }),
    ).toBeInTheDocument();
    expect(lastQuery(requests)).toMatchObject({
      pi: 'PI-VUGHT',
      releaseWithinDays: '30',
      hasCertificate: 'true',
      status: 'active',
    });
    expect(lastQuery(requests)).not.toHaveProperty('consent');
    expect(screen.getByLabelText('Vrijlating binnen (dagen)')).toHaveValue(30);
    expect(screen.getByLabelText('Met praktijkverklaring')).toHaveValue('true');
  });

  it('applies changed filters, keeps them when going to a candidate and back, and pages through the list', async () => {
    const user = aUser();
    const { requests } = render('/casemanagement?releaseWithinDays=30');
    await screen.findByRole('link', { name: 'Kandidaat 5d0c0a52 openen' });

    await user.selectOptions(screen.getByLabelText('Toestemming gegeven'), 'true');
    await user.click(screen.getByRole('button', { name: 'Filters toepassen' }));
    await waitFor(() =>
      expect(lastQuery(requests)).toMatchObject({ releaseWithinDays: '30', consent: 'true' }),
    );

    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(
      await screen.findByRole('link', { name: 'Kandidaat a2b3c4d5 openen' }),
    ).toBeInTheDocument();
    expect(lastQuery(requests)).toMatchObject({ cursor: 'page-2', consent: 'true' });
    await user.click(screen.getByRole('button', { name: 'Vorige' }));

    await user.click(await screen.findByRole('link', { name: 'Kandidaat 5d0c0a52 openen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kandidaat 5d0c0a52' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Medewerker houtbewerking')).toBeInTheDocument();
    expect(screen.getByText('81%')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Terug naar de kandidaten' }));
    await screen.findByRole('link', { name: 'Kandidaat 5d0c0a52 openen' });
    expect(screen.getByLabelText('Vrijlating binnen (dagen)')).toHaveValue(30);
    expect(screen.getByLabelText('Toestemming gegeven')).toHaveValue('true');
    expect(lastQuery(requests)).toMatchObject({ releaseWithinDays: '30', consent: 'true' });
  });

  it('refuses a release window the service would refuse, at the field', async () => {
    const user = aUser();
    const { requests } = render('/casemanagement');
    await screen.findByRole('link', { name: 'Kandidaat 5d0c0a52 openen' });
    const before = listRequests(requests).length;
    await user.type(screen.getByLabelText('Vrijlating binnen (dagen)'), '5000');
    await user.click(screen.getByRole('button', { name: 'Filters toepassen' }));
    expect(
      await screen.findByText('Vul een aantal dagen in van 0 tot en met 3650.'),
    ).toBeInTheDocument();
    expect(listRequests(requests)).toHaveLength(before);
  });
});
