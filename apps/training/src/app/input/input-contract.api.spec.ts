import { describeInputContract } from '@bridge/platform/testing';
import {
  CALLERS,
  Claims,
  daysFromToday,
  describeOnEachBackend,
} from '../testing/training-test-app.fixture';
import { aBrin } from '../testing/provider.factory';

/** The platform's input contract (issue 8), on training's routes. */
describeOnEachBackend('input contract', (app) => {
  const SCHOOL = CALLERS.school;
  const provider = () => ({ brin: aBrin(), name: 'ROC Brabant Noord', municipalityCode: 'GM0796' });
  const post = async (path: string, caller: Claims, body: object) =>
    app
      .http()
      .post(path)
      .set('Authorization', await app.auth(caller))
      .send(body);
  const publishPlace = async () => {
    const res = await post('/school-places', SCHOOL, {
      brin: SCHOOL.brin,
      crebo: '25290',
      learningPath: 'BBL',
      municipalityCode: 'GM0796',
      startDate: daysFromToday(65),
      seats: 5,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    const res = await post('/providers', CALLERS.admin, { ...provider(), brin: SCHOOL.brin });
    expect(res.status).toBe(201);
  });

  describeInputContract(
    { http: () => app.http(), token: (claims: Claims) => app.token(claims) },
    () => ({
      create: { path: '/providers', caller: CALLERS.admin, body: provider, textField: 'name' },
      lists: [
        {
          path: '/providers',
          caller: CALLERS.admin,
          textParam: 'q',
          textCursorFields: ['name'],
          seed: async () => {
            for (let n = 0; n < 2; n += 1)
              expect((await post('/providers', CALLERS.admin, provider())).status).toBe(201);
          },
        },
        { path: '/qualifications', caller: CALLERS.admin, textParam: 'q' },
        {
          path: '/school-places',
          caller: SCHOOL,
          textParam: 'status',
          seed: async () => {
            await publishPlace();
            await publishPlace();
          },
        },
      ],
      reads: [
        { path: (id) => `/certificates/${id}`, caller: CALLERS.admin },
        { path: (id) => `/school-places/${id}`, caller: CALLERS.admin },
      ],
      bodiless: [
        {
          caller: SCHOOL,
          prepare: async () => `/school-places/${await publishPlace()}/withdraw`,
          state: async (path) =>
            (
              await app.dataSource.query(
                'SELECT status, version FROM school_places WHERE id = $1',
                [path.split('/')[2]],
              )
            )[0],
        },
      ],
      writes: () => app.writtenState(),
    }),
  );

  it('GET /providers/:brin takes a BRIN code, and names brin when it is none', async () => {
    const res = await app
      .http()
      .get('/providers/1234567')
      .set('Authorization', await app.auth(CALLERS.admin));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'brin', message: expect.stringContaining('BRIN') }]);
    expect(res.text).not.toContain('1234567');
    const own = await app
      .http()
      .get(`/providers/${SCHOOL.brin}`)
      .set('Authorization', await app.auth(CALLERS.admin));
    expect(own.status).toBe(200);
  });
});
