import { isWorkshopTypeCode, listPenitentiaryInstitutions } from '@bridge/reference-data';
import {
  BadQueryCase,
  CALLERS,
  describeOnEachBackend,
  LONG_STRING,
  PAGING_CASES,
} from '../testing/training-test-app.fixture';

interface WorkshopBody {
  id: string;
  piCode: string;
  type: string;
  name: string;
}
interface PageBody {
  items: WorkshopBody[];
  nextCursor: string | null;
}

describeOnEachBackend('GET /workshops', (app) => {
  async function get(query: Record<string, string | number>) {
    return app
      .http()
      .get('/workshops')
      .query(query)
      .set('Authorization', await app.auth(CALLERS.employer));
  }

  it("lists a PI's workshops, its code in any case", async () => {
    const response = await get({ pi: 'pi-vught' });
    expect(response.status).toBe(200);
    const page = response.body as PageBody;
    expect(page.items.length).toBeGreaterThanOrEqual(2);
    expect(page.nextCursor).toBeNull();
    for (const workshop of page.items) {
      expect(Object.keys(workshop).sort()).toEqual(['id', 'name', 'piCode', 'type']);
      expect(workshop.piCode).toBe('PI-VUGHT');
      expect(isWorkshopTypeCode(workshop.type)).toBe(true);
      expect(workshop.name).toMatch(/ PI Vught$/);
    }
    expect(page.items.map((w) => w.name)).toContain('Houtbewerking PI Vught');
  });

  it('has workshops for every active PI and none for unverified ones', async () => {
    const piCodes = new Set<string>();
    let cursor: string | null = null;
    do {
      const response = await get({ limit: 25, ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      const page = response.body as PageBody;
      page.items.forEach((w) => piCodes.add(w.piCode));
      cursor = page.nextCursor;
    } while (cursor);
    const institutions = listPenitentiaryInstitutions();
    expect([...piCodes].sort()).toEqual(
      institutions
        .filter((i) => i.status === 'active')
        .map((i) => i.code)
        .sort(),
    );
    expect((await get({ pi: 'PI-ROTTERDAM' })).body).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it.each<BadQueryCase>([
    ...PAGING_CASES,
    {
      name: 'an unknown PI',
      query: { pi: 'PI-NERGENS' },
      status: 400,
      field: 'pi',
    },
    { name: 'pi of 1 character', query: { pi: 'X' }, status: 400, field: 'pi' },
    {
      name: 'pi of 10,000 characters',
      query: { pi: LONG_STRING },
      status: 400,
      field: 'pi',
    },
    {
      name: 'a filter that is not one (type)',
      query: { type: 'wood' },
      status: 400,
      field: 'type',
    },
  ])('answers $status naming the parameter for $name', async ({ query, status, field }) => {
    const problem = await app.expectRefused(() => get(query), status, field);
    if (query.pi === 'PI-NERGENS')
      expect(problem.errors).toEqual([
        { field, message: expect.stringContaining('known penitentiary institution') },
      ]);
  });

  it('needs a token, and answers every role', async () => {
    await app.expectRefused(() => app.http().get('/workshops'), 401);
    for (const claims of Object.values(CALLERS)) {
      const response = await app
        .http()
        .get('/workshops')
        .set('Authorization', await app.auth(claims));
      expect(response.status).toBe(200);
    }
  });
});
