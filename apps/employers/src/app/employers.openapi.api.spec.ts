import { describeOpenApiContract, OpenApiRoute } from '@bridge/service-runtime/testing';
import { EmployersTestApp } from './testing/employers-test-app.fixture';

/** Every route of the employers table in docs/api.md (the routes every service shares are not listed here). */
const ROUTES: OpenApiRoute[] = [
  {
    method: 'post',
    path: '/employers',
    status: 201,
    schema: 'EmployerDto',
    body: 'CreateEmployerDto',
    problems: [409, 422],
    idempotent: true,
  },
  { method: 'get', path: '/employers', status: 200, schema: 'EmployerPageDto', problems: [] },
  { method: 'get', path: '/employers/{id}', status: 200, schema: 'EmployerDto', problems: [404] },
  {
    method: 'patch',
    path: '/employers/{id}',
    status: 200,
    schema: 'EmployerDto',
    body: 'UpdateEmployerDto',
    problems: [404, 422],
  },
  {
    method: 'post',
    path: '/covenants',
    status: 201,
    schema: 'CovenantDto',
    body: 'CreateCovenantDto',
    problems: [422],
    idempotent: true,
  },
  { method: 'get', path: '/covenants', status: 200, schema: 'CovenantPageDto', problems: [] },
  { method: 'get', path: '/covenants/{id}', status: 200, schema: 'CovenantDto', problems: [404] },
  {
    method: 'patch',
    path: '/covenants/{id}',
    status: 200,
    schema: 'CovenantDto',
    body: 'UpdateCovenantDto',
    problems: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/covenants/{id}/end',
    status: 200,
    schema: 'CovenantDto',
    body: 'EndCovenantDto',
    problems: [404, 409],
  },
  {
    method: 'post',
    path: '/vacancies',
    status: 201,
    schema: 'VacancyDto',
    body: 'CreateVacancyDto',
    problems: [404, 409, 422],
    idempotent: true,
  },
  { method: 'get', path: '/vacancies', status: 200, schema: 'VacancyPageDto', problems: [] },
  { method: 'get', path: '/vacancies/{id}', status: 200, schema: 'VacancyDto', problems: [404] },
  {
    method: 'patch',
    path: '/vacancies/{id}',
    status: 200,
    schema: 'VacancyDto',
    body: 'UpdateVacancyDto',
    problems: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/vacancies/{id}/close',
    status: 200,
    schema: 'VacancyDto',
    body: 'CloseVacancyDto',
    problems: [404, 409],
  },
  {
    method: 'post',
    path: '/vacancies/{id}/placements',
    status: 201,
    schema: 'PlacementDto',
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
