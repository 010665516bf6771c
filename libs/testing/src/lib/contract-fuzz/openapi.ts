/** The parts of an OpenAPI 3 document (as @nestjs/swagger writes it) the contract fuzzer reads. */
export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  nullable?: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  required?: string[];
  allOf?: OpenApiSchema[];
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  additionalProperties?: boolean | OpenApiSchema;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  example?: unknown;
  schema?: OpenApiSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One operation of the document, with its schemas resolved. */
export interface ContractRoute {
  method: HttpMethod;
  /** In OpenAPI's form: `/vacancies/{id}`. */
  path: string;
  /** `PATCH /vacancies/{id}`: how reports, fixtures and `FUZZ_ROUTE` name the route. */
  key: string;
  parameters: OpenApiParameter[];
  /** The JSON body's schema, resolved; absent for an operation without a body. */
  body?: OpenApiSchema;
}

/** The value kinds the generators distinguish (Swagger writes `string | null` as `type: object`). */
export type ValueKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'enum';

const METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, in document order. */
export function contractRoutes(doc: OpenApiDocument): ContractRoute[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    METHODS.filter((method) => operations[method]).map((method) => {
      const operation = operations[method];
      const body = operation.requestBody?.content['application/json']?.schema;
      return {
        method,
        path,
        key: `${method.toUpperCase()} ${path}`,
        parameters: (operation.parameters ?? []).map((parameter) => ({
          ...parameter,
          schema: parameter.schema && resolveSchema(doc, parameter.schema),
        })),
        body: body && resolveSchema(doc, body),
      };
    }),
  );
}

/** The schema with every `$ref` and single `allOf` replaced by what it names (recursively). */
export function resolveSchema(
  doc: OpenApiDocument,
  schema: OpenApiSchema,
  seen: readonly string[] = [],
): OpenApiSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`OpenAPI document names an unknown schema ${schema.$ref}`);
    // A self-referencing schema stops at the first repeat: the fuzzer needs one level of it.
    if (seen.includes(name)) return { type: 'object' };
    return resolveSchema(doc, target, [...seen, name]);
  }
  if (schema.allOf?.length) {
    const { allOf, ...rest } = schema;
    return {
      ...allOf.map((part) => resolveSchema(doc, part, seen)).reduce((a, b) => ({ ...a, ...b }), {}),
      ...rest,
    };
  }
  return {
    ...schema,
    items: schema.items && resolveSchema(doc, schema.items, seen),
    properties:
      schema.properties &&
      Object.fromEntries(
        Object.entries(schema.properties).map(([key, value]) => [
          key,
          resolveSchema(doc, value, seen),
        ]),
      ),
  };
}

export function valueKind(schema: OpenApiSchema): ValueKind {
  if (schema.enum) return 'enum';
  if (schema.properties) return 'object';
  if (
    schema.type === 'object' &&
    schema.example !== undefined &&
    typeof schema.example !== 'object'
  ) {
    return typeof schema.example === 'number' ? 'number' : 'string';
  }
  switch (schema.type) {
    case 'number':
    case 'integer':
    case 'boolean':
    case 'array':
    case 'object':
      return schema.type;
    default:
      return 'string';
  }
}

/** A valid-looking value of the schema: its example, else one built from its type. */
export function exampleOf(schema: OpenApiSchema): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  switch (valueKind(schema)) {
    case 'enum':
      return schema.enum?.[0];
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, property]) => [
          key,
          exampleOf(property),
        ]),
      );
    case 'array':
      return schema.items ? [exampleOf(schema.items)] : [];
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return schema.format === 'date' ? '2027-01-15' : 'x';
  }
}
