import { describeInputContract } from '@bridge/platform/testing';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  daysFromToday,
  describeOnEachBackend,
} from '../testing/matching-test-app.fixture';

/** The platform's input contract (issue 8), on matching's routes. */
describeOnEachBackend('input contract', (app) => {
  let sequence = 0;
  const candidateBody = () => ({
    djiNumber: `IC${process.pid}-${(sequence += 1)}`,
    piCode: 'PI-VUGHT',
    expectedReleaseDate: daysFromToday(40),
    returnMunicipalityCode: 'GM0796',
    vogOutlook: 'likely',
    preferences: { work: true, sectors: ['Afbouw, hout en onderhoud'] },
    consent: { shareAnonymisedProfile: true },
  });

  describeInputContract(app, () => ({
    create: {
      path: '/candidates',
      caller: CASEMANAGER,
      body: candidateBody,
      textField: 'djiNumber',
    },
    lists: [
      {
        path: '/candidates',
        caller: CASEMANAGER,
        textParam: 'status',
        seed: async () => {
          await app.registerCandidate();
          await app.registerCandidate();
        },
      },
      {
        path: '/audit',
        caller: ADMIN,
        textParam: 'actor',
        seed: async () => {
          const id = await app.registerCandidate();
          for (let read = 0; read < 2; read += 1)
            expect((await app.as(CASEMANAGER).get(`/candidates/${id}`)).status).toBe(200);
        },
      },
      {
        // A candidate with two suggestions: best score first, then start date and target id.
        path: '/candidates/:id/suggestions',
        caller: ADVISOR,
        seed: async () => {
          const first = await app.publishVacancy();
          const { candidateId } = await app.matchedTo(first.vacancyId);
          await app.publishVacancy();
          await app.matchingIdle();
          return `/candidates/${candidateId}/suggestions`;
        },
      },
      { path: '/suggestions', caller: ADVISOR, textParam: 'status' },
    ],
    reads: [
      { path: (id) => `/candidates/${id}`, caller: CASEMANAGER },
      { path: (id) => `/candidates/${id}/exclusions`, caller: ADMIN },
      { path: (id) => `/suggestions/${id}`, caller: ADVISOR },
    ],
    bodiless: [{ caller: ADMIN, prepare: async () => '/admin/reindex', state: async () => null }],
    writes: async () => ({
      ...(await app.counts()),
      candidates: (await app.dataSource.query('SELECT count(*)::int AS n FROM candidates'))[0].n,
    }),
  }));
});
