import { describeContractFuzz } from '@bridge/testing';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  daysFromToday,
  educationProvider,
  employer,
  MatchingTestApp,
} from './testing/matching-test-app.fixture';

// Every route of the OpenAPI document, fuzzed from the contract (see libs/testing contract-fuzz).
describeContractFuzz(
  'matching',
  () => new MatchingTestApp({}),
  async (app) => {
    const vacancy = await app.publishVacancy();
    const { candidateId, suggestion } = await app.matchedSuggestion(vacancy);
    const { referralId } = await app.refer(vacancy);
    const leaver = await app.registerCandidate();
    await app.matchingIdle();
    return {
      callers: [
        ADMIN,
        CASEMANAGER,
        ADVISOR,
        employer(vacancy.employerId),
        educationProvider('25LX'),
        { sub: 'leader-vught', role: 'workshop-leader', pi: 'PI-VUGHT' },
      ],
      auditLogs: ['audit_entries'],
      drainedQueues: ['match_queue', 'search_index_queue'],
      routes: {
        'POST /candidates': {
          body: {
            djiNumber: 'F1234567',
            piCode: 'PI-VUGHT',
            expectedReleaseDate: daysFromToday(40),
            returnMunicipalityCode: 'GM0796',
            vogOutlook: 'likely',
            excludedMunicipalities: ['GM0363'],
            preferences: {
              sectors: ['Afbouw, hout en onderhoud'],
              work: true,
              education: false,
            },
            consent: { shareAnonymisedProfile: true },
          },
        },
        'GET /candidates/{id}': { pathParams: { id: candidateId } },
        'PATCH /candidates/{id}': { pathParams: { id: candidateId } },
        'POST /candidates/{id}/leave': { pathParams: { id: leaver } },
        'GET /candidates/{id}/exclusions': { pathParams: { id: candidateId } },
        'GET /candidates/{id}/suggestions': { pathParams: { id: candidateId } },
        'GET /candidates/{id}/referrals': { pathParams: { id: candidateId } },
        'GET /candidates/{id}/decisions': { pathParams: { id: candidateId } },
        'GET /suggestions/{id}': { pathParams: { id: suggestion.id } },
        'GET /suggestions/{id}/replay': { pathParams: { id: suggestion.id } },
        'POST /suggestions/{id}/snooze': {
          pathParams: { id: suggestion.id },
          body: { until: daysFromToday(30), reasonCode: 'awaiting-vog' },
        },
        'DELETE /suggestions/{id}/snooze': { pathParams: { id: suggestion.id } },
        'POST /suggestions/{id}/review': { pathParams: { id: suggestion.id } },
        'POST /referrals/{id}/decline': { pathParams: { id: referralId } },
        'POST /referrals/{id}/keep-standing': { pathParams: { id: referralId } },
      },
    };
  },
);
