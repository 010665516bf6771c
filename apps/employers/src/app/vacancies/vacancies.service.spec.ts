import { ConflictProblem, Principal } from '@bridge/platform';
import { Covenant } from '../covenants/covenant.entity';
import {
  assertCovenantTakesVacancy,
  vacancyChangeableBy,
  vacancyVisibleTo,
} from './vacancies.service';
import { Vacancy } from './vacancy.entity';

const ADMIN: Principal = { sub: 'admin-1', role: 'admin' };
const OWNER: Principal = { sub: 'emp-1', role: 'employer', employerId: 'e-1' };
const OTHER_EMPLOYER: Principal = { sub: 'emp-2', role: 'employer', employerId: 'e-2' };
const ADVISOR: Principal = { sub: 'uwv-27', role: 'uwv-advisor', regions: ['AM27'] };
const SCHOOL: Principal = { sub: 'school-1', role: 'education-provider', brin: '25LX' };
const CASEMANAGER: Principal = { sub: 'cm-vught', role: 'casemanager', pi: 'PI-VUGHT' };
const WORKSHOP_LEADER: Principal = { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' };

const vacancy = Object.assign(new Vacancy(), { id: 'v-1', employerId: 'e-1' });

describe('vacancy scope', () => {
  it.each([
    ['an admin', true, true, ADMIN],
    ['its employer', true, true, OWNER],
    ['another employer', false, false, OTHER_EMPLOYER],
    ['a UWV advisor', true, false, ADVISOR],
    ['an education provider', false, false, SCHOOL],
    ['a casemanager', false, false, CASEMANAGER],
    ['a workshop leader', false, false, WORKSHOP_LEADER],
  ])('%s sees the vacancy: %s; changes it: %s', (_who, sees, changes, principal) => {
    expect(vacancyVisibleTo(vacancy, principal)).toBe(sees);
    expect(vacancyChangeableBy(vacancy, principal)).toBe(changes);
  });
});

describe('a covenant taking a new vacancy (assertCovenantTakesVacancy)', () => {
  const today = '2027-06-01';
  /** In force through 2027; an ended one's validTo is its end day. */
  const covenant = (fields: Partial<Covenant> = {}) =>
    Object.assign(new Covenant(), {
      id: 'cov-1',
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
      endedOn: null,
      ...fields,
    });

  it.each([
    ['in force, starting within it', covenant(), '2027-09-01'],
    ['starting on its last day', covenant(), '2027-12-31'],
    ['in force until today, starting today', covenant({ validTo: today }), today],
    [
      'ending tomorrow, starting then',
      covenant({ validTo: '2027-06-02', endedOn: '2027-06-02' }),
      '2027-06-02',
    ],
    [
      'not yet in force today, starting within it',
      covenant({ validFrom: '2027-07-01' }),
      '2027-07-01',
    ],
  ])('takes one when %s', (_case, itsCovenant, startDate) => {
    expect(() => assertCovenantTakesVacancy(itsCovenant, startDate, today)).not.toThrow();
  });

  it.each([
    ['past its validTo', covenant({ validTo: '2027-05-31' }), 'is no longer in force'],
    ['ended today', covenant({ validTo: today, endedOn: today }), 'ended on 2027-06-01'],
    [
      'ended before today',
      covenant({ validTo: '2027-03-01', endedOn: '2027-03-01' }),
      'ended on 2027-03-01',
    ],
  ])('refuses one when it is over, %s: 409 on covenantId', (_case, itsCovenant, message) => {
    const publish = () => assertCovenantTakesVacancy(itsCovenant, '2027-06-15', today);
    expect(publish).toThrow(ConflictProblem);
    expect(publish).toThrow('Covenant cov-1 is no longer in force');
    expect(errorsOf(publish)).toEqual([{ field: 'covenantId', message }]);
  });

  it.each([
    ['after its last day', covenant(), '2028-01-01'],
    [
      'after the day it ends',
      covenant({ validTo: '2027-06-02', endedOn: '2027-06-02' }),
      '2027-06-03',
    ],
    ['before its first day', covenant({ validFrom: '2027-07-01' }), '2027-06-30'],
  ])('refuses one starting %s: 409 on startDate', (_case, itsCovenant, startDate) => {
    const publish = () => assertCovenantTakesVacancy(itsCovenant, startDate, today);
    expect(publish).toThrow(`Covenant cov-1 is not in force on startDate ${startDate}`);
    expect(errorsOf(publish)).toEqual([
      { field: 'startDate', message: 'lies outside the validity of the covenant' },
    ]);
  });
});

function errorsOf(act: () => void): unknown {
  try {
    act();
  } catch (error) {
    return (error as ConflictProblem).errors;
  }
  throw new Error('expected a problem');
}
