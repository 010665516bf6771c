import type { NestExpressApplication } from '@nestjs/platform-express';
import { connect } from 'node:net';
import request from 'supertest';
import { createTestApp } from '../testing/test-app.fixture';

describe('requests Node cannot parse', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
  });
  afterAll(() => app.close());

  it('answers a request line above 16 KiB with a 431 problem', async () => {
    const res = await request(app.getHttpServer()).get(`/things?q=${'x'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 431,
      title: 'Request Header Fields Too Large',
    });
  });

  it('answers broken HTTP with a 400 problem', async () => {
    const { port } = app.getHttpServer().address() as { port: number };
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('GET /things HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'),
      );
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400 });
  });
});
