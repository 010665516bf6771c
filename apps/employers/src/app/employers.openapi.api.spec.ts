import { describeOpenApiContract, OpenApiRoute } from '@bridge/service-runtime/testing';
import { EmployersTestApp } from './testing/employers-test-app.fixture';

/** Every route of the employers table in docs/api.md (the routes every service shares are not listed here). */
const ROUTES: OpenApiRoute[] = [
  {
    method: 'post',
    path: '/employers',
    status: 201,
    schema: 'EmployerView',
    body: 'CreateEmployerDto',
    problems: [409, 422],
    idempotent: true,
  },
  { method: 'get', path: '/employers', status: 200, schema: 'EmployerListView', problems: [] },
  { method: 'get', path: '/employers/{id}', status: 200, schema: 'EmployerView', problems: [404] },
  {
    method: 'patch',
    path: '/employers/{id}',
    status: 200,
    schema: 'EmployerView',
    body: 'UpdateEmployerDto',
    problems: [404, 422],
  },
  {
    method: 'post',
    path: '/covenants',
    status: 201,
    schema: 'CovenantView',
    body: 'CreateCovenantDto',
    problems: [422],
    idempotent: true,
  },
  { method: 'get', path: '/covenants', status: 200, schema: 'CovenantListView', problems: [] },
  { method: 'get', path: '/covenants/{id}', status: 200, schema: 'CovenantView', problems: [404] },
  {
    method: 'patch',
    path: '/covenants/{id}',
    status: 200,
    schema: 'CovenantView',
    body: 'UpdateCovenantDto',
    problems: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/covenants/{id}/end',
    status: 200,
    schema: 'CovenantView',
    body: 'EndCovenantDto',
    problems: [404, 409],
  },
  {
    method: 'post',
    path: '/vacancies',
    status: 201,
    schema: 'VacancyView',
    body: 'CreateVacancyDto',
    problems: [404, 409, 422],
    idempotent: true,
  },
  { method: 'get', path: '/vacancies', status: 200, schema: 'VacancyListView', problems: [] },
  { method: 'get', path: '/vacancies/{id}', status: 200, schema: 'VacancyView', problems: [404] },
  {
    method: 'patch',
    path: '/vacancies/{id}',
    status: 200,
    schema: 'VacancyView',
    body: 'UpdateVacancyDto',
    problems: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/vacancies/{id}/close',
    status: 200,
    schema: 'VacancyView',
    body: 'CloseVacancyDto',
    problems: [404, 409],
  },
  {
    method: 'post',
    path: '/vacancies/{id}/placements',
    status: 201,
    schema: 'PlacementView',
    body: 'RecordPlacementDto',
    problems: [404, 409, 422],
    idempotent: true,
  },
];

describeOpenApiContract(
  'employers OpenAPI document',
  (backend) => new EmployersTestApp(backend),
  ROUTES,
);
