import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../testing/test-app.fixture';

describe('paths that are no valid percent-encoding', () => {
  let app: NestExpressApplication;
  let token: string;
  beforeAll(async () => {
    app = await createTestApp();
    token = (
      await request(app.getHttpServer()).post('/auth/dev-token').send({ sub: 'a', role: 'admin' })
    ).body.token;
  });
  afterAll(() => app.close());

  it.each([
    ['get', '/things/%E0%A4', 'id'],
    ['get', '/things/%ZZ', 'id'],
    ['get', '/things/abc%ED%A0%80', 'id'],
    ['post', '/things/%E0%A4/archive', 'id'],
    ['get', '/nowhere/%ZZ', 'path'],
  ] as const)(
    '%s %s is a 400 naming %s, without quoting the segment',
    async (method, path, field) => {
      const res = await request(app.getHttpServer())[method](path).auth(token, { type: 'bearer' });
      expect({ status: res.status, errors: res.body.errors }).toEqual({
        status: 400,
        errors: [{ field, message: 'is not valid percent-encoded UTF-8' }],
      });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(res.body)).not.toMatch(/%E0|%ZZ|%ED/i);
    },
  );

  it('lets a well-encoded path through to its route', async () => {
    const res = await request(app.getHttpServer())
      .get('/things/%20x')
      .auth(token, { type: 'bearer' });
    expect({ status: res.status, errors: res.body.errors }).toEqual({
      status: 400,
      errors: [{ field: 'id', message: 'must be a UUID' }],
    });
  });
});
