import { TrainingHarness } from '../testing/training-test-harness';

interface SchemaObject {
  $ref?: string;
  allOf?: SchemaObject[];
  items?: SchemaObject;
  example?: unknown;
  properties?: Record<string, SchemaObject>;
}
interface Operation {
  summary?: string;
  parameters?: {
    name: string;
    in: string;
    example?: unknown;
    schema?: SchemaObject;
  }[];
  responses: Record<
    string,
    { content?: Record<string, { schema: SchemaObject }> }
  >;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, SchemaObject> };
}

/**
 * The training table of API.md: every row's operation, its success answer and the problem
 * answers its rules name (400/401/403 are on every operation).
 */
const TRAINING_TABLE = [
  { method: 'get', path: '/qualifications', status: '200', problems: [] },
  { method: 'get', path: '/workshops', status: '200', problems: [] },
  {
    method: 'post',
    path: '/certificates',
    status: '201',
    problems: ['404', '409', '422'],
    idempotent: true,
  },
  { method: 'get', path: '/certificates', status: '200', problems: ['404'] },
  {
    method: 'post',
    path: '/certificates/{id}/revoke',
    status: '200',
    problems: ['404', '409'],
  },
  {
    method: 'post',
    path: '/providers',
    status: '201',
    problems: ['409', '422'],
    idempotent: true,
  },
  {
    method: 'post',
    path: '/school-places',
    status: '201',
    problems: ['404', '409', '422'],
    idempotent: true,
  },
  { method: 'get', path: '/school-places', status: '200', problems: [] },
  {
    method: 'patch',
    path: '/school-places/{id}',
    status: '200',
    problems: ['404', '409', '422'],
  },
  {
    method: 'post',
    path: '/school-places/{id}/withdraw',
    status: '200',
    problems: ['404', '409'],
  },
  {
    method: 'post',
    path: '/school-places/{id}/placements',
    status: '201',
    problems: ['404', '409', '422'],
    idempotent: true,
  },
];

describe('OpenAPI document of the training service', () => {
  let h: TrainingHarness;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    h = await TrainingHarness.start();
    const response = await h.http().get('/docs-json');
    expect(response.status).toBe(200);
    doc = response.body as OpenApiDocument;
  }, 120_000);
  afterAll(() => h?.close());

  function schemaName(ref: string | undefined): string {
    expect(ref).toMatch(/^#\/components\/schemas\//);
    const name = String(ref).replace('#/components/schemas/', '');
    expect(doc.components.schemas[name]).toBeDefined();
    return name;
  }

  it.each(TRAINING_TABLE)(
    'documents $method $path with its $status schema and problem answers',
    ({ method, path, status, problems, idempotent }) => {
      const operation = doc.paths[path]?.[method];
      expect(operation).toBeDefined();
      expect(operation.summary).toEqual(expect.any(String));
      const success =
        operation.responses[status]?.content?.['application/json'];
      schemaName(success?.schema.$ref);
      for (const problem of ['400', '401', '403', ...problems])
        expect(
          operation.responses[problem]?.content?.['application/problem+json']
            ?.schema.$ref,
        ).toBe('#/components/schemas/Problem');
      if (idempotent)
        expect(operation.parameters).toContainEqual(
          expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
        );
    },
  );

  it('gives every property of every request and response schema an example', () => {
    const missing: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      if (name === 'Problem') continue;
      for (const [property, definition] of Object.entries(
        schema.properties ?? {},
      )) {
        // A nested schema documents its own properties; a list of them likewise.
        const nested =
          definition.$ref !== undefined ||
          definition.allOf !== undefined ||
          definition.items?.$ref !== undefined;
        if (!nested && definition.example === undefined)
          missing.push(`${name}.${property}`);
      }
    }
    expect(missing).toEqual([]);
    // The check saw the request and response schemas of the table.
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'RegisterCertificateDto',
        'RevokeCertificateDto',
        'CertificateView',
        'RegisterProviderDto',
        'CreateSchoolPlaceDto',
        'UpdateSchoolPlaceDto',
        'EntryRequirementsDto',
        'SchoolPlaceView',
        'RecordPlacementDto',
        'PlacementView',
        'QualificationPageView',
        'WorkshopPageView',
      ]),
    );
  });

  it('gives every query parameter of the table an example', () => {
    const missing: string[] = [];
    for (const { method, path } of TRAINING_TABLE)
      for (const parameter of doc.paths[path][method].parameters ?? [])
        if (
          parameter.in === 'query' &&
          parameter.example === undefined &&
          parameter.schema?.example === undefined
        )
          missing.push(`${method} ${path} ?${parameter.name}`);
    expect(missing).toEqual([]);
  });
});
