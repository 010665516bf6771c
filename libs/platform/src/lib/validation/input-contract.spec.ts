import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { describeInputContract } from '../testing/input-contract';
import {
  createTestApp,
  eventually,
  LogCapture,
  ThingsController,
} from '../testing/test-app.fixture';

/** The shared input contract against the platform's own test app (the services run it too). */
describe('input contract on the platform test app', () => {
  let app: NestExpressApplication;
  const logs = new LogCapture();
  const admin = { sub: 'root', role: 'admin' };
  const things = () => app.get(ThingsController).stored;
  const validThing = () => ({
    name: 'Lasser',
    preferences: { sectors: ['metal'], work: true },
    requiredQualifications: ['25311'],
  });

  beforeAll(async () => {
    app = await createTestApp({ logs });
  });
  afterAll(() => app.close());

  const contractApp = {
    http: () => request(app.getHttpServer()),
    token: async (claims: object) =>
      (await request(app.getHttpServer()).post('/auth/dev-token').send(claims)).body
        .token as string,
  };

  describeInputContract(contractApp, () => ({
    create: {
      path: '/things',
      caller: admin,
      body: validThing,
      textField: 'preferences.sectors.0',
    },
    lists: [
      {
        path: '/things',
        caller: admin,
        textParam: 'name',
        seed: async () => {
          const token = await contractApp.token(admin);
          for (const name of ['a', 'b'])
            await request(app.getHttpServer())
              .post('/things')
              .auth(token, { type: 'bearer' })
              .send({ ...validThing(), name });
        },
      },
    ],
    reads: [{ path: (id) => `/things/${id}`, caller: admin }],
    bodiless: [
      {
        caller: admin,
        prepare: async () => {
          const token = await contractApp.token(admin);
          const res = await request(app.getHttpServer())
            .post('/things')
            .auth(token, { type: 'bearer' })
            .send(validThing());
          return `/things/${res.body.id}/archive`;
        },
        state: async (path) => things().find((thing) => path.includes(thing.id))?.archived,
      },
    ],
    writes: async () => things().length,
  }));

  it('a bodiless action without a body still works', async () => {
    const token = await contractApp.token(admin);
    const created = await request(app.getHttpServer())
      .post('/things')
      .auth(token, { type: 'bearer' })
      .send(validThing());
    const res = await request(app.getHttpServer())
      .post(`/things/${created.body.id}/archive`)
      .auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.archived).toBe(true);
  });

  it('a well-formed id that names nothing is still a 404', async () => {
    const token = await contractApp.token(admin);
    const res = await request(app.getHttpServer())
      .get('/things/0b7c6f6e-3b1a-4c55-9a55-2f2b9c1d0e11')
      .auth(token, { type: 'bearer' });
    expect(res.status).toBe(404);
  });

  it('logs neither the content of a malformed body nor a raw id', async () => {
    const token = await contractApp.token(admin);
    const malformed = await request(app.getHttpServer())
      .post('/things')
      .auth(token, { type: 'bearer' })
      .set('Content-Type', 'application/json')
      .send('{"djiNumber": "1122334", oops}');
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toBe(
      'Malformed JSON in request body at line 1, column 26 (offset 25): invalid symbol',
    );
    await eventually(() =>
      expect(logs.lines).toContainEqual(
        expect.objectContaining({ requestId: malformed.body.requestId }),
      ),
    );
    expect(JSON.stringify(logs.lines)).not.toContain('1122334');
  });
});
