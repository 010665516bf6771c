import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp, eventually, LogCapture } from '../testing/test-app.fixture';

describe('problem responses', () => {
  let app: NestExpressApplication;
  let logs: LogCapture;
  let token: string;

  beforeAll(async () => {
    logs = new LogCapture();
    app = await createTestApp({ logs });
    const res = await request(app.getHttpServer())
      .post('/auth/dev-token')
      .send({ sub: 'root', role: 'admin' });
    token = res.body.token;
  });
  afterAll(() => app.close());

  const valid = {
    name: 'Lasser',
    preferences: { sectors: ['metal'], work: true },
    requiredQualifications: ['25311'],
  };
  const post = (body: string | object) => {
    const req = request(app.getHttpServer()).post('/things').auth(token, { type: 'bearer' });
    return typeof body === 'string'
      ? req.set('Content-Type', 'application/json').send(body)
      : req.send(body);
  };
  const expectProblem = (res: request.Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual(
      expect.objectContaining({
        type: expect.stringMatching(/^(urn:bridge:problem:|about:blank)/),
        title: expect.any(String),
        status,
        detail: expect.any(String),
        requestId: res.headers['x-request-id'],
      }),
    );
  };

  it('accepts a valid DTO and transforms it', async () => {
    const res = await post(valid);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      ...valid,
      createdBy: 'root',
      isDto: true,
    });
  });

  it('answers 400 naming an unknown field', async () => {
    const res = await post({ ...valid, nickname: 'x' });
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([{ field: 'nickname', message: 'is not a known field' }]);
    expect(res.body.detail).toBe('Invalid input: nickname');
  });

  it('names nested and array fields by dotted path', async () => {
    const res = await post({
      name: 7,
      preferences: { sectors: 'metal', colour: 'red' },
      requiredQualifications: ['25311', 'abc', '1'],
    });
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([
      { field: 'name', message: 'must be a string' },
      { field: 'preferences.colour', message: 'is not a known field' },
      { field: 'preferences.sectors', message: 'must be an array' },
      {
        field: 'requiredQualifications.1',
        message: expect.stringContaining('must match'),
      },
      {
        field: 'requiredQualifications.2',
        message: expect.stringContaining('must match'),
      },
    ]);
  });

  it('names a missing nested object', async () => {
    const res = await post({ name: 'x', requiredQualifications: [] });
    expectProblem(res, 400);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['preferences', 'requiredQualifications']));
  });

  it.each([
    ['an array', '[]'],
    ['no body', ''],
    ['a JSON string', '"x"'],
  ])('answers 400 for %s instead of an object', async (_case, body) => {
    const res = await post(body);
    expectProblem(res, 400);
  });

  it('answers 400 for malformed JSON, with detail', async () => {
    const res = await post('{"name": "x",');
    expectProblem(res, 400);
    expect(res.body.detail).toMatch(/^Malformed JSON in request body/);
    await eventually(() =>
      expect(logs.lines).toContainEqual(
        expect.objectContaining({ requestId: res.body.requestId, status: 400 }),
      ),
    );
  });

  it('answers 413 for a body over 1 MB', async () => {
    const res = await post({ ...valid, name: 'x'.repeat(1_100_000) });
    expectProblem(res, 413);
    expect(res.body.detail).toContain('1024 KiB');
  });

  it('accepts a body just under 1 MB', async () => {
    const res = await post({ ...valid, name: 'x'.repeat(1_000_000) });
    expect(res.status).toBe(201);
  });

  it('maps a domain problem to its status', async () => {
    const res = await request(app.getHttpServer())
      .get('/things/missing')
      .auth(token, { type: 'bearer' });
    expectProblem(res, 404);
    expect(res.body).toMatchObject({
      type: 'urn:bridge:problem:not-found',
      detail: 'Thing 42 was not found',
    });
  });

  it('answers 404 for an unknown route', async () => {
    const res = await request(app.getHttpServer()).get('/nowhere').auth(token, { type: 'bearer' });
    expectProblem(res, 404);
    expect(res.body.detail).toBe('Cannot GET /nowhere');
  });

  it('hides an unknown error behind a 500 with the request id, and logs it with the stack', async () => {
    const res = await request(app.getHttpServer())
      .get('/things/boom')
      .auth(token, { type: 'bearer' })
      .set('x-request-id', 'boom-1');
    expectProblem(res, 500);
    expect(res.body.requestId).toBe('boom-1');
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    expect(res.body.detail).toContain('boom-1');
    await eventually(() =>
      expect(logs.lines.filter((l) => l['requestId'] === 'boom-1')).toHaveLength(2),
    );
    const [failure, access] = logs.lines.filter((l) => l['requestId'] === 'boom-1');
    expect(failure).toMatchObject({
      level: 'error',
      service: 'matching',
      url: '/things/boom',
    });
    expect((failure['err'] as { stack: string }).stack).toContain('ThingsController.boom');
    expect(access).toMatchObject({
      level: 'error',
      msg: 'request failed',
      res: { statusCode: 500 },
    });
    expect(access['err']).toBeUndefined();
  });
});
