import type { SchemaObject } from '@nestjs/swagger';

export const PROBLEM_SCHEMA_NAME = 'Problem';
export const PROBLEM_SCHEMA_REF = `#/components/schemas/${PROBLEM_SCHEMA_NAME}`;

/** RFC 9457 problem details as the platform answers them. */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'requestId'],
  properties: {
    type: { type: 'string', example: 'urn:bridge:problem:bad-request' },
    title: { type: 'string', example: 'Bad request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'Invalid input: preferences.sectors' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', example: 'preferences.sectors' },
          message: { type: 'string', example: 'must be an array' },
        },
      },
    },
    requestId: {
      type: 'string',
      example: '3f1c9a52-8d0e-4b1f-9a43-2f6f3c1d7e10',
    },
  },
};

/** The response object of a problem, for a given description. */
export function problemResponse(description: string) {
  return {
    description,
    content: {
      'application/problem+json': { schema: { $ref: PROBLEM_SCHEMA_REF } },
    },
  };
}
