import { describeContractFuzz } from '@bridge/testing';
import { CALLERS, TrainingTestApp } from './testing/training-test-app.fixture';

// Every route of the OpenAPI document, fuzzed from the contract (see libs/testing contract-fuzz).
describeContractFuzz(
  'training',
  () => new TrainingTestApp(),
  async (app) => {
    const { admin, vughtLeader, school } = CALLERS;
    const candidate = await app.registerCandidate();
    const post = async (
      claims: (typeof CALLERS)[keyof typeof CALLERS],
      path: string,
      body: object,
    ) => {
      const response = await app.as(claims).post(path, body);
      expect(response.status).toBe(201);
      return response.body as { id: string };
    };
    const certificateBody = {
      candidateId: candidate.candidateId,
      crebo: '25290',
      workProcesses: ['Bereidt werkzaamheden voor'],
      issuedOn: '2026-01-15',
    };
    const certificate = await post(vughtLeader, '/certificates', certificateBody);
    const revocable = await post(vughtLeader, '/certificates', {
      ...certificateBody,
      issuedOn: '2026-01-16',
    });
    const provider = await post(admin, '/providers', {
      brin: school.brin,
      name: 'ROC Koning Willem I',
      municipalityCode: 'GM0796',
    });
    const placeBody = {
      brin: school.brin,
      crebo: '25290',
      learningPath: 'BBL',
      municipalityCode: 'GM0796',
      startDate: '2027-02-01',
      seats: 5,
    };
    const place = await post(school, '/school-places', placeBody);
    const withdrawable = await post(school, '/school-places', placeBody);
    const placeable = await post(school, '/school-places', placeBody);
    const referralId = await app.referToSchoolPlace(placeable.id, school.brin);
    const followed = await post(school, '/school-places', placeBody);
    const placement = await app.as(school).post(`/school-places/${followed.id}/placements`, {
      referralId: await app.referToSchoolPlace(followed.id, school.brin),
    });
    expect(placement.status).toBe(201);
    return {
      callers: Object.values(CALLERS),
      auditLogs: ['audit_entries'],
      routes: {
        'POST /certificates': { body: certificateBody },
        'GET /certificates/{id}': { pathParams: { id: certificate.id } },
        'POST /certificates/{id}/revoke': { pathParams: { id: revocable.id } },
        'GET /providers/{brin}': { pathParams: { brin: school.brin } },
        'PATCH /providers/{id}': { pathParams: { id: provider.id } },
        'POST /school-places': { body: placeBody },
        'GET /school-places/{id}': { pathParams: { id: place.id } },
        'PATCH /school-places/{id}': { pathParams: { id: place.id } },
        'POST /school-places/{id}/withdraw': {
          pathParams: { id: withdrawable.id },
        },
        'POST /school-places/{id}/placements': {
          pathParams: { id: placeable.id },
          body: { referralId },
        },
        'POST /school-places/{id}/placements/{placementId}/follow-ups': {
          pathParams: { id: followed.id, placementId: placement.body.placementId },
          body: { checkpoint: '3-months', holds: true },
        },
      },
    };
  },
);
