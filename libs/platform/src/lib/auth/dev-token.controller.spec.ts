import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../testing/test-app.fixture';

describe('POST /auth/dev-token', () => {
  describe('AUTH_MODE=dev', () => {
    let app: NestExpressApplication;
    beforeAll(async () => (app = await createTestApp({ env: { AUTH_MODE: 'dev' } })));
    afterAll(() => app.close());

    const issue = (body: unknown) =>
      request(app.getHttpServer())
        .post('/auth/dev-token')
        .send(body as object);

    it('issues a token that the guard accepts (round trip)', async () => {
      const res = await issue({
        sub: 'emp-user',
        role: 'employer',
        employerId: 'emp-1',
      });
      expect(res.status).toBe(201);
      expect(Object.keys(res.body)).toEqual(['token']);
      const mine = await request(app.getHttpServer())
        .get('/things/mine')
        .auth(res.body.token, { type: 'bearer' });
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual({
        sub: 'emp-user',
        role: 'employer',
        employerId: 'emp-1',
      });
    });

    it.each([
      [{ sub: 'a', role: 'admin' }],
      [{ sub: 'w', role: 'workshop-leader', pi: 'PI-VUGHT' }],
      [{ sub: 'p', role: 'education-provider', brin: '25LX' }],
      [{ sub: 'u', role: 'uwv-advisor', regions: ['AM18', 'AM01'] }],
    ])('accepts %j', async (body) => {
      expect((await issue(body)).status).toBe(201);
    });

    const fieldsOf = (res: request.Response) =>
      (res.body.errors as { field: string }[]).map((e) => e.field);

    it.each([
      [
        'an unknown field',
        { sub: 'a', role: 'admin', isGod: true },
        ['isGod'],
        'is not a known field',
      ],
      ['an unknown role', { sub: 'a', role: 'king' }, ['role'], 'must be one of'],
      [
        'an employer without employerId',
        { sub: 'e', role: 'employer' },
        ['employerId'],
        'is required for role employer',
      ],
      [
        'a malformed brin',
        { sub: 'p', role: 'education-provider', brin: '25lx' },
        ['brin'],
        '2 digits',
      ],
      [
        'a malformed region',
        { sub: 'u', role: 'uwv-advisor', regions: ['NL01'] },
        ['regions'],
        'region codes',
      ],
      ['no regions', { sub: 'u', role: 'uwv-advisor', regions: [] }, ['regions'], 'non-empty'],
      [
        'a scope claim of another role',
        { sub: 'a', role: 'admin', pi: 'PI-VUGHT' },
        ['pi'],
        'not a claim of role admin',
      ],
      ['a missing sub', { role: 'admin' }, ['sub'], 'non-empty string'],
      ['a non-object body', ['admin'], ['(body)'], 'JSON object'],
    ])('answers 400 for %s', async (_case, body, fields, message) => {
      const res = await issue(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fieldsOf(res)).toEqual(fields);
      expect(res.body.errors[0].message).toContain(message);
      expect(res.body.detail).toContain(fields[0]);
    });
  });

  it('does not exist when AUTH_MODE=jwt', async () => {
    const app = await createTestApp({ env: { AUTH_MODE: 'jwt' } });
    try {
      const res = await request(app.getHttpServer())
        .post('/auth/dev-token')
        .send({ sub: 'a', role: 'admin' });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      await app.close();
    }
  });
});
