import { describeOpenApiContract, OpenApiRoute } from '@bridge/service-runtime/testing';
import { MatchingTestApp } from './testing/matching-test-app.fixture';

/**
 * Every route of the matching table in docs/api.md, and GET /audit of its "Routes on every service" (health and
 * the dev token are not listed here).
 */
const ROUTES: OpenApiRoute[] = [
  {
    method: 'post',
    path: '/candidates',
    status: 201,
    schema: 'CandidateView',
    body: 'RegisterCandidateDto',
    problems: [409, 422, 429],
    idempotent: true,
  },
  { method: 'get', path: '/candidates', status: 200, schema: 'CandidateListView', problems: [] },
  {
    method: 'get',
    path: '/candidates/lookup',
    status: 200,
    schema: 'CandidateView',
    problems: [404, 429],
  },
  {
    method: 'get',
    path: '/candidates/{id}',
    status: 200,
    schema: 'CandidateView',
    problems: [404],
  },
  {
    method: 'patch',
    path: '/candidates/{id}',
    status: 200,
    schema: 'CandidateView',
    body: 'UpdateCandidateDto',
    problems: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/candidates/{id}/leave',
    status: 200,
    schema: 'CandidateView',
    body: 'LeaveCandidateDto',
    problems: [404, 409],
  },
  {
    method: 'get',
    path: '/candidates/{id}/suggestions',
    status: 200,
    schema: 'SuggestionListView',
    problems: [404],
  },
  {
    method: 'get',
    path: '/candidates/{id}/exclusions',
    status: 200,
    schema: 'CandidateExclusionView[]',
    problems: [404],
  },
  {
    method: 'get',
    path: '/candidates/{id}/referrals',
    status: 200,
    schema: 'CandidateReferralListView',
    problems: [404],
  },
  {
    method: 'get',
    path: '/suggestions',
    status: 200,
    schema: 'QueuedSuggestionListView',
    problems: [],
  },
  {
    method: 'get',
    path: '/suggestions/{id}',
    status: 200,
    schema: 'QueuedSuggestionView',
    problems: [404],
  },
  {
    method: 'post',
    path: '/suggestions/{id}/review',
    status: 200,
    schema: 'SuggestionView',
    body: 'ReviewSuggestionDto',
    problems: [404, 409],
  },
  { method: 'get', path: '/referrals', status: 200, schema: 'ReferralListView', problems: [] },
  {
    method: 'post',
    path: '/referrals/{id}/decline',
    status: 200,
    schema: 'ReferralView',
    body: 'DeclineReferralDto',
    problems: [404, 409],
  },
  {
    method: 'post',
    path: '/referrals/{id}/keep-standing',
    status: 200,
    schema: 'CandidateReferralView',
    body: 'KeepReferralStandingDto',
    problems: [404, 409],
  },
  { method: 'get', path: '/insights/funnel', status: 200, schema: 'FunnelView', problems: [] },
  { method: 'get', path: '/insights/coverage', status: 200, schema: 'CoverageView', problems: [] },
  { method: 'get', path: '/audit', status: 200, schema: 'AuditEntryListView', problems: [] },
  // Accepted: the rebuild runs in the background, the answer only says it is queued.
  { method: 'post', path: '/admin/reindex', status: 202, schema: null, problems: [] },
  { method: 'get', path: '/algorithm', status: 200, schema: 'AlgorithmView', problems: [] },
];

describeOpenApiContract(
  'matching OpenAPI document',
  (backend) => new MatchingTestApp(backend),
  ROUTES,
);
