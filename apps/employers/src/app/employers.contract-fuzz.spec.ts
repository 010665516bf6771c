import { describeContractFuzz } from '@bridge/testing';
import {
  ADMIN,
  CASEMANAGER,
  daysFromToday,
  EmployersTestApp,
  employerClaims,
  UWV_ADVISOR,
} from './testing/employers-test-app.fixture';

// Every route of the OpenAPI document, fuzzed from the contract (see libs/testing contract-fuzz).
describeContractFuzz(
  'employers',
  () => new EmployersTestApp({}),
  async (app) => {
    const employer = await app.registerEmployer();
    const covenant = await app.signCovenant({ employerId: employer.id });
    const endable = await app.signCovenant({ employerId: employer.id });
    const owner = employerClaims(employer.id);
    const publish = async () => {
      const res = await app.as(owner).post('/vacancies', app.vacancyBody(covenant.id));
      expect(res.status).toBe(201);
      return res.body as { id: string; employerId: string };
    };
    const vacancy = await publish();
    const closable = await publish();
    const placeable = await publish();
    const referralId = await app.refer(placeable);
    const followed = await publish();
    const placed = await app
      .as(owner)
      .post(`/vacancies/${followed.id}/placements`, { referralId: await app.refer(followed) });
    expect(placed.status).toBe(201);
    const covenantBody = {
      name: 'Convenant Bouw en Hout',
      employerId: employer.id,
      regionCodes: ['AM26'],
      piCodes: ['PI-VUGHT'],
      validFrom: daysFromToday(-30),
      validTo: daysFromToday(365),
      placementsPerYear: 4,
      support: ['jobcoach'],
    };
    return {
      callers: [
        ADMIN,
        owner,
        UWV_ADVISOR,
        CASEMANAGER,
        { sub: 'leader-1', role: 'workshop-leader', pi: 'PI-VUGHT' },
        { sub: 'school-1', role: 'education-provider', brin: '25LX' },
      ],
      routes: {
        'GET /employers/{id}': { pathParams: { id: employer.id } },
        'PATCH /employers/{id}': { pathParams: { id: employer.id } },
        'POST /covenants': { body: covenantBody },
        'GET /covenants/{id}': { pathParams: { id: covenant.id } },
        'PATCH /covenants/{id}': { pathParams: { id: covenant.id } },
        'POST /covenants/{id}/end': { pathParams: { id: endable.id } },
        'POST /vacancies': { body: app.vacancyBody(covenant.id) },
        'GET /vacancies/{id}': { pathParams: { id: vacancy.id } },
        'PATCH /vacancies/{id}': { pathParams: { id: vacancy.id } },
        'POST /vacancies/{id}/close': { pathParams: { id: closable.id } },
        'POST /vacancies/{id}/placements': {
          pathParams: { id: placeable.id },
          body: { referralId },
        },
        'POST /vacancies/{id}/placements/{placementId}/follow-ups': {
          pathParams: { id: followed.id, placementId: placed.body.placementId },
          body: { checkpoint: '3-months', holds: true },
        },
      },
    };
  },
);
