import { describeInputContract } from '@bridge/platform/testing';
import {
  ADMIN,
  describeOnEachBackend,
  employerClaims,
} from '../testing/employers-test-app.fixture';

/** The platform's input contract (issue 8), on employers' routes (none of them takes no body). */
describeOnEachBackend('input contract', (app) => {
  let employerId = '';

  beforeAll(async () => {
    employerId = (await app.registerEmployer()).id;
  });

  describeInputContract(app, () => ({
    create: {
      path: '/employers',
      caller: ADMIN,
      body: () => ({
        kvkNumber: app.nextKvk(),
        name: 'Metaalbewerking De Vries B.V.',
        municipalityCode: 'GM0855',
      }),
      textField: 'name',
    },
    lists: [
      {
        path: '/employers',
        caller: ADMIN,
        textParam: 'q',
        textCursorFields: ['name'],
        seed: async () => {
          await app.registerEmployer();
          await app.registerEmployer();
        },
      },
      {
        path: '/vacancies',
        caller: ADMIN,
        textParam: 'status',
        seed: async () => {
          const covenant = await app.signCovenant({ employerId });
          await app.publishVacancy(employerId, covenant.id);
          await app.publishVacancy(employerId, covenant.id);
        },
      },
      {
        path: '/covenants',
        caller: employerClaims(employerId),
        textParam: 'region',
        seed: async () => {
          await app.signCovenant({ employerId });
          await app.signCovenant({ employerId });
        },
      },
    ],
    reads: [
      { path: (id) => `/employers/${id}`, caller: ADMIN },
      { path: (id) => `/vacancies/${id}`, caller: ADMIN },
      { path: (id) => `/covenants/${id}`, caller: ADMIN },
    ],
    bodiless: [],
    writes: () => app.counts(),
  }));
});
