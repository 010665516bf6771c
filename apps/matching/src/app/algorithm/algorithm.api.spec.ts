import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@bridge/platform';
import { EXCLUSION_RULES } from '../match-rules/match-rules';
import { WEIGHTS } from '../match-rules/match-settings';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  type Claims,
  describeOnEachBackend,
  educationProvider,
  employer,
  expectProblem,
} from '../testing/matching-test-app.fixture';
import type { AlgorithmView } from './algorithm.view';

/** One caller of each role; the compiler asks for every role of ROLES. */
const CALLERS: Record<Role, Claims> = {
  admin: ADMIN,
  casemanager: CASEMANAGER,
  'workshop-leader': { sub: 'wm-vught', role: 'workshop-leader', pi: 'PI-VUGHT' },
  'uwv-advisor': ADVISOR,
  employer: employer(randomUUID()),
  'education-provider': educationProvider('25LX'),
};

/** Not the defaults, so the answer shows the values the service runs with. */
const SETTINGS = { MATCH_MAX_SUGGESTIONS_PER_CANDIDATE: '7', MATCH_MIN_SCORE: '0.25' };

describeOnEachBackend(
  'GET /algorithm',
  (app) => {
    it('needs a token', async () => {
      expectProblem(await app.http().get('/algorithm'), 401);
    });

    it.each(ROLES)('answers the %s role', async (role) => {
      const response = await app.as(CALLERS[role]).get('/algorithm');
      expect(response.status).toBe(200);
      expect((response.body as AlgorithmView).rulesVersion).toEqual(expect.any(Number));
    });

    it('shows the bound the service is configured with', async () => {
      const { body } = await app.as(ADVISOR).get('/algorithm');
      const { bound, register } = body as AlgorithmView;
      expect(bound.parameters.map((p) => [p.setting, p.value])).toEqual([
        [
          'MATCH_MAX_SUGGESTIONS_PER_CANDIDATE',
          Number(SETTINGS.MATCH_MAX_SUGGESTIONS_PER_CANDIDATE),
        ],
        ['MATCH_MIN_SCORE', Number(SETTINGS.MATCH_MIN_SCORE)],
      ]);
      const decisionProcess = register.find((field) => field.field === 'decisionProcess');
      expect(decisionProcess).toMatchObject({ source: 'code' });
      expect(decisionProcess?.text).toContain(
        `hoogstens ${SETTINGS.MATCH_MAX_SUGGESTIONS_PER_CANDIDATE} open suggesties`,
      );
    });

    it('gives the weights of WEIGHTS and describes every hard rule', async () => {
      const { body } = await app.as(CASEMANAGER).get('/algorithm');
      const { scoreFactors, hardRules } = body as AlgorithmView;
      expect(Object.fromEntries(scoreFactors.map((f) => [f.factor, f.weight]))).toEqual(WEIGHTS);
      expect(hardRules.map((rule) => rule.rule)).toEqual([...EXCLUSION_RULES]);
    });

    it('holds no candidate data: the same answer before and after a candidate is registered', async () => {
      const before = (await app.as(ADMIN).get('/algorithm')).body;
      const djiNumber = `ALG-${randomUUID().slice(0, 8)}`;
      const candidateId = await app.registerCandidate({ djiNumber });
      await app.certify(candidateId);
      const after = await app.as(ADMIN).get('/algorithm');
      expect(after.body).toEqual(before);
      expect(after.text).not.toContain(candidateId);
      expect(after.text).not.toContain(djiNumber);
    });
  },
  SETTINGS,
);
