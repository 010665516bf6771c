import { describeOnEachBackend } from './testing/employers-test-app.fixture';

interface Schema {
  $ref?: string;
  type?: string;
  items?: Schema;
  example?: unknown;
  properties?: Record<string, Schema>;
}
interface Operation {
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/**
 * Every route of the employers table of API.md, and those this service adds: its success answer's
 * schema, its request body's schema, and the problem answers it documents beyond the 400, 401, 403
 * every operation has.
 */
const ROUTES: [method: string, path: string, success: [status: string, schema: string], body: string | null, problems: string[]][] = [
  ['post', '/employers', ['201', 'EmployerDto'], 'CreateEmployerDto', ['409', '422']],
  ['get', '/employers/{id}', ['200', 'EmployerDto'], null, ['404']],
  ['post', '/covenants', ['201', 'CovenantDto'], 'CreateCovenantDto', ['422']],
  ['get', '/covenants', ['200', 'CovenantPageDto'], null, []],
  ['get', '/covenants/{id}', ['200', 'CovenantDto'], null, ['404']],
  ['patch', '/covenants/{id}', ['200', 'CovenantDto'], 'UpdateCovenantDto', ['404', '409', '422']],
  ['post', '/covenants/{id}/end', ['200', 'CovenantDto'], 'EndCovenantDto', ['404', '409']],
  ['post', '/vacancies', ['201', 'VacancyDto'], 'CreateVacancyDto', ['404', '409', '422']],
  ['get', '/vacancies', ['200', 'VacancyPageDto'], null, []],
  ['get', '/vacancies/{id}', ['200', 'VacancyDto'], null, ['404']],
  ['patch', '/vacancies/{id}', ['200', 'VacancyDto'], 'UpdateVacancyDto', ['404', '409', '422']],
  ['post', '/vacancies/{id}/close', ['200', 'VacancyDto'], 'CloseVacancyDto', ['404', '409']],
  ['post', '/vacancies/{id}/placements', ['201', 'PlacementDto'], 'RecordPlacementDto', ['404', '409', '422']],
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describeOnEachBackend('employers OpenAPI document', (app) => {
  let doc: OpenApiDocument;
  beforeAll(async () => {
    const res = await app.http().get('/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
  });

  it.each(ROUTES)('documents %s %s with its schemas and problem answers', (method, path, [status, schema], body, problems) => {
    const operation = doc.paths[path]?.[method];
    expect(operation).toBeDefined();
    expect(operation.responses[status]?.content?.['application/json']?.schema).toEqual(ref(schema));
    if (body) expect(operation.requestBody?.content['application/json']?.schema).toEqual(ref(body));
    for (const problem of ['400', '401', '403', ...problems]) {
      expect({ problem, schema: operation.responses[problem]?.content?.['application/problem+json']?.schema }).toEqual({
        problem,
        schema: ref('Problem'),
      });
    }
  });

  it('gives every property of every request and response schema an example', () => {
    const schemas = new Set(ROUTES.flatMap(([, , [, schema], body]) => (body ? [schema, body] : [schema])));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining([...schemas]));
    const missing = [...schemas].flatMap((name) =>
      Object.entries(doc.components.schemas[name].properties ?? {})
        // A list of another documented schema shows that schema's examples.
        .filter(([, property]) => property.example === undefined && !property.items?.$ref)
        .map(([property]) => `${name}.${property}`),
    );
    expect(missing).toEqual([]);
  });
});
