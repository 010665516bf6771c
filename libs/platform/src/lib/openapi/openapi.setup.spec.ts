import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../testing/test-app.fixture';

describe('OpenAPI', () => {
  let app: NestExpressApplication;
  beforeAll(async () => (app = await createTestApp({ service: 'employers' })));
  afterAll(() => app.close());

  it('serves the document at /docs-json without a token', async () => {
    const res = await request(app.getHttpServer()).get('/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.info).toMatchObject({
      title: 'Bridge employers service',
      version: '1.0',
    });
    expect(doc.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.components.schemas.Problem.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail']),
    );
  });

  it('documents problem answers, and no auth on public routes', async () => {
    const doc = (await request(app.getHttpServer()).get('/docs-json')).body;
    const create = doc.paths['/things'].post;
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '4XX', '500']),
    );
    expect(create.responses['400'].content['application/problem+json'].schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
    const health = doc.paths['/health'].get;
    expect(health.security).toEqual([]);
    expect(health.responses['401']).toBeUndefined();
    expect(doc.paths['/auth/dev-token'].post.security).toEqual([]);
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await request(app.getHttpServer()).get('/docs/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });
});
