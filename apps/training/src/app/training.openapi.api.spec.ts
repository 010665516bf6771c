import { describeOpenApiContract, OpenApiRoute } from '@bridge/service-runtime/testing';
import { TrainingTestApp } from './testing/training-test-app.fixture';

/**
 * The training table in docs/api.md, but for its single reads (GET /certificates/:id, /providers/:brin,
 * /school-places/:id): each route's operation, its success and request body schemas and
 * the problem answers its rules name (400/401/403 are on every operation).
 */
const TRAINING_TABLE: OpenApiRoute[] = [
  {
    method: 'get',
    path: '/qualifications',
    status: 200,
    schema: 'QualificationListView',
    problems: [],
  },
  {
    method: 'get',
    path: '/workshops',
    status: 200,
    schema: 'WorkshopListView',
    problems: [],
  },
  {
    method: 'post',
    path: '/certificates',
    status: 201,
    schema: 'CertificateView',
    body: 'RegisterCertificateDto',
    problems: [404, 409, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/certificates',
    status: 200,
    schema: 'CertificateListView',
    problems: [404],
  },
  {
    method: 'post',
    path: '/certificates/{id}/revoke',
    status: 200,
    schema: 'CertificateView',
    body: 'RevokeCertificateDto',
    problems: [404, 409],
  },
  {
    method: 'post',
    path: '/providers',
    status: 201,
    schema: 'ProviderView',
    body: 'RegisterProviderDto',
    problems: [409, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/providers',
    status: 200,
    schema: 'ProviderListView',
    problems: [],
  },
  {
    method: 'patch',
    path: '/providers/{id}',
    status: 200,
    schema: 'ProviderView',
    body: 'UpdateProviderDto',
    problems: [404, 422],
  },
  {
    method: 'post',
    path: '/school-places',
    status: 201,
    schema: 'SchoolPlaceView',
    body: 'CreateSchoolPlaceDto',
    problems: [404, 409, 422],
    idempotent: true,
  },
  {
    method: 'get',
    path: '/school-places',
    status: 200,
    schema: 'SchoolPlaceListView',
    problems: [],
  },
  {
    method: 'patch',
    path: '/school-places/{id}',
    status: 200,
    schema: 'SchoolPlaceView',
    body: 'UpdateSchoolPlaceDto',
    problems: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/school-places/{id}/withdraw',
    status: 200,
    schema: 'SchoolPlaceView',
    problems: [404, 409],
  },
  {
    method: 'post',
    path: '/school-places/{id}/placements',
    status: 201,
    schema: 'PlacementView',
    body: 'RecordPlacementDto',
    problems: [404, 409, 422],
    idempotent: true,
  },
  {
    method: 'post',
    path: '/school-places/{id}/placements/{placementId}/follow-ups',
    status: 201,
    schema: 'PlacementFollowUpView',
    body: 'RecordFollowUpDto',
    problems: [404, 409],
  },
  {
    method: 'get',
    path: '/placements/follow-ups',
    status: 200,
    schema: 'PlacementFollowUpListView',
    problems: [],
  },
];

describeOpenApiContract(
  'OpenAPI document of the training service',
  (backend) => new TrainingTestApp(backend),
  TRAINING_TABLE,
);
