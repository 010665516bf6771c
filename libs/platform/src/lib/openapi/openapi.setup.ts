import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_SCHEMA, PROBLEM_SCHEMA_NAME, problemResponse } from './problem.schema';

export interface OpenApiOptions {
  title: string;
  description: string;
  version: string;
}

export const BEARER_SCHEME = 'bearer';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/**
 * Serves Swagger UI at `/docs` and the document at `/docs-json`, with the bearer scheme required
 * everywhere but `@Public()` routes and the problem responses on every operation.
 */
export function setupOpenApi(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion(options.version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  const document = withProblems(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return document;
}

/** Adds the Problem schema, and the 4xx/5xx problem answers to each operation lacking them. */
function withProblems(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      [PROBLEM_SCHEMA_NAME]: PROBLEM_SCHEMA,
    },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (!operation) continue;
      // `@Public()` marks its operations with an empty requirement; state "no auth" plainly.
      const isPublic =
        operation.security?.length === 1 && Object.keys(operation.security[0]).length === 0;
      if (isPublic) operation.security = [];
      const answers: Record<string, string> = {
        '400': 'Malformed or invalid input; `errors` name the fields',
        ...(isPublic
          ? {}
          : {
              '401': 'No or invalid bearer token',
              '403': 'The role may never do this',
            }),
        '4XX':
          'Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference)',
        '500': 'Unexpected error; quote the requestId',
      };
      for (const [status, description] of Object.entries(answers)) {
        operation.responses[status] ??= problemResponse(description);
      }
    }
  }
  return document;
}
