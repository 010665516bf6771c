import type { MatchingSchemas } from '@bridge/api-client';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Claims } from '../../session/claims';
import { fakeApi, renderApp } from '../../testing/fake-api';

vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

const maxKm = { name: 'maxKm', value: 30, default: 45, unit: 'km', setting: 'MATCH_MAX_KM' };

/** As GET /algorithm answers (shortened): a setting changed from its default, one rule fixed in code. */
const ALGORITHM: MatchingSchemas['schemas']['AlgorithmView'] = {
  rulesVersion: 3,
  register: [
    { field: 'name', label: 'Naam', source: 'hand', text: 'Bridge-matching' },
    {
      field: 'decisionProcess',
      label: 'Besluitvorming en menselijke tussenkomst',
      source: 'code',
      text: 'De machine beslist niets over een persoon.',
    },
    {
      field: 'legalBasis',
      label: 'Wettelijke grondslag',
      source: 'hand',
      text: 'Artikel 6 AVG, lid 1 onder e.',
    },
    {
      field: 'dataSources',
      label: 'Gegevensbronnen',
      source: 'code',
      text: 'Alleen de matchprofielen.',
    },
    {
      field: 'sourceLinks',
      label: 'Links naar de broncode',
      source: 'code',
      text: 'De bestanden:',
    },
  ],
  hardRules: [
    {
      number: 1,
      rule: 'target-not-open',
      nl: 'De plek is open en heeft nog een plaats vrij.',
      en: 'Open with a place left.',
      candidateData: [],
      targetData: ['open', 'placesLeft'],
      parameters: [],
    },
    {
      number: 2,
      rule: 'too-far',
      nl: 'De plek ligt in de terugkeerregio of hoogstens 30 km van de terugkeergemeente.',
      en: 'Near.',
      candidateData: ['regionCode', 'municipalityCode'],
      targetData: ['regionCode', 'municipalityCode'],
      parameters: [maxKm],
    },
  ],
  scoreFactors: [
    {
      factor: 'qualifications',
      weight: 0.35,
      nl: 'Hoger als de kandidaat de gevraagde kwalificaties heeft.',
      en: 'Qualifications.',
      candidateData: ['certificates'],
      targetData: ['requiredQualifications'],
      parameters: [],
    },
    {
      factor: 'distance',
      weight: 0.25,
      nl: 'Hoe dichter bij de terugkeergemeente, hoe hoger.',
      en: 'Distance.',
      candidateData: ['municipalityCode'],
      targetData: ['municipalityCode'],
      parameters: [maxKm],
    },
  ],
  bound: {
    nl: 'Per kandidaat hoogstens 20 open suggesties.',
    en: 'At most 20.',
    parameters: [
      {
        name: 'maxSuggestionsPerCandidate',
        value: 20,
        default: 20,
        unit: 'suggesties',
        setting: null,
      },
    ],
  },
  humanDecision: {
    nl: 'Een UWV-adviseur beoordeelt elke suggestie afzonderlijk.',
    decisions: ['accept', 'reject'],
    noteRequiredFor: 'other',
    rejectionReasons: [
      { code: 'not-suitable', nl: 'De kandidaat past niet bij deze plek' },
      { code: 'other', nl: 'Een andere reden' },
    ],
  },
  dataUsed: [
    {
      field: 'releaseDate',
      subject: 'candidate',
      nl: 'De verwachte vrijlatingsdatum',
      usedBy: ['timing'],
    },
    { field: 'startDate', subject: 'target', nl: 'De startdatum', usedBy: ['timing'] },
  ],
  dataNeverUsed: [
    { data: 'BSN', how: 'Er is geen kolom voor en geen invoerveld.', source: 'hand' },
    { data: 'gegevens over het delict', how: 'Er is geen kolom voor.', source: 'hand' },
  ],
  dataLeaving: {
    nl: 'Alleen een geaccepteerde suggestie verlaat het platform.',
    eventTopic: 'matching.referral.created.v1',
    eventFields: [{ field: 'referralId', nl: 'Het id van de verwijzing' }],
    referralFields: [{ field: 'availableFrom', nl: 'De verwachte vrijlatingsdatum' }],
  },
  retention: [{ data: 'Antwoorden op een Idempotency-Key', period: '24 uur', source: 'code' }],
  links: [
    {
      label: 'De harde regels en de score',
      path: 'apps/matching/src/app/match-rules/match-rules.ts',
    },
  ],
};

const ROLES: Claims[] = [
  { sub: 'ww-1', role: 'workshop-leader', pi: 'PI-VUGHT' },
  { sub: 'cm-1', role: 'casemanager', pi: 'PI-VUGHT' },
  { sub: 'uwv-1', role: 'uwv-advisor', regions: ['AM27'] },
  { sub: 'e-1', role: 'employer', employerId: 'emp-1' },
  { sub: 's-1', role: 'education-provider', brin: '25LP' },
  { sub: 'a-1', role: 'admin' },
];

describe('the algorithm page', () => {
  it.each(ROLES.map((claims) => [claims.role, claims] as const))(
    'is in the menu of a %s and opens from it',
    async (_role, claims) => {
      const api = fakeApi({ 'GET /api/matching/algorithm': () => ALGORITHM });
      renderApp({ clients: api.clients, claims });
      const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
      const link = within(menu).getByRole('link', { name: 'Hoe werkt de matching?' });
      expect(link).not.toHaveAttribute('aria-current');
      await userEvent.setup({ delay: null }).click(link);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Hoe werkt de matching?' }),
      ).toBeInTheDocument();
      expect(await screen.findByRole('heading', { level: 2, name: 'Naam' })).toBeInTheDocument();
      expect(within(menu).getByRole('link', { name: 'Hoe werkt de matching?' })).toHaveAttribute(
        'aria-current',
        'page',
      );
    },
  );

  it('shows the register fields, the rules with their values, the weights, the data and the sources', async () => {
    const api = fakeApi({ 'GET /api/matching/algorithm': () => ALGORITHM });
    renderApp({
      clients: api.clients,
      claims: { sub: 'e-1', role: 'employer', employerId: 'emp-1' },
      path: '/algoritme',
    });
    expect(await screen.findByText(/regelversie 3/)).toBeInTheDocument();
    // The register's fields in its order, each saying where its text comes from.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Naam',
      'Besluitvorming en menselijke tussenkomst',
      'Wettelijke grondslag',
      'Gegevensbronnen',
      'Links naar de broncode',
    ]);
    expect(screen.getByText('Artikel 6 AVG, lid 1 onder e.')).toBeInTheDocument();
    expect(screen.getAllByText('Met de hand geschreven')).toHaveLength(2);
    expect(screen.getAllByText('Uit de code')).toHaveLength(3);

    const rules = screen.getByRole('table', {
      name: '2 harde regels, in de volgorde waarin ze worden toegepast',
    });
    const tooFar = within(rules).getAllByRole('row')[2];
    expect(within(tooFar).getByText('too-far')).toBeInTheDocument();
    // The value the service runs with, its default and the setting, and that it was changed.
    expect(within(tooFar).getByText('= 30 km', { exact: false })).toBeInTheDocument();
    expect(
      within(tooFar).getByText('Standaard 45, in te stellen met MATCH_MAX_KM', { exact: false }),
    ).toBeInTheDocument();
    expect(within(tooFar).getByText('Afwijkend van de standaard')).toBeInTheDocument();
    expect(screen.getByText('Vast in de code')).toBeInTheDocument();

    // The weights as a chart that reads as text, and as a table.
    const chart = screen.getByRole('figure', { name: 'Hoe zwaar elke factor weegt in de score' });
    const bars = within(chart).getAllByRole('listitem');
    expect(bars.map((bar) => bar.textContent)).toEqual(['Kwalificaties35%', 'Reisafstand25%']);
    const weights = screen.getByRole('table', { name: 'De factoren van de score met hun gewicht' });
    expect(
      within(weights).getByText('Hoe dichter bij de terugkeergemeente, hoe hoger.'),
    ).toBeTruthy();

    expect(
      within(
        screen.getByRole('table', { name: 'Redenen om een suggestie af te wijzen' }),
      ).getByText('Een andere reden (toelichting verplicht)'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Gegevens van de kandidaat' })).getByText(
        'releaseDate',
      ),
    ).toBeInTheDocument();
    expect(
      within(
        screen.getByRole('table', { name: 'Gegevens die het algoritme nooit gebruikt' }),
      ).getByText('BSN'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Wat het bericht matching.referral.created.v1 meestuurt' }),
    ).toBeInTheDocument();
    expect(screen.getByText('24 uur')).toBeInTheDocument();
    expect(
      screen.getByText('apps/matching/src/app/match-rules/match-rules.ts'),
    ).toBeInTheDocument();
  });
});
