import { Principal } from '@bridge/platform';
import { Covenant } from './covenant.entity';
import { covenantVisibleTo } from './covenants.service';

const employers = Object.assign(new Covenant(), { employerId: 'e-1', brin: null });
const schools = Object.assign(new Covenant(), { employerId: null, brin: '25LX' });

const ADMIN: Principal = { sub: 'admin-1', role: 'admin' };
const EMPLOYER: Principal = { sub: 'emp-1', role: 'employer', employerId: 'e-1' };
const OTHER_EMPLOYER: Principal = { sub: 'emp-2', role: 'employer', employerId: 'e-2' };
const SCHOOL: Principal = { sub: 'school-1', role: 'education-provider', brin: '25LX' };
const OTHER_SCHOOL: Principal = { sub: 'school-2', role: 'education-provider', brin: '30AB' };
const ADVISOR: Principal = { sub: 'uwv-27', role: 'uwv-advisor', regions: ['AM27'] };
const CASEMANAGER: Principal = { sub: 'cm-vught', role: 'casemanager', pi: 'PI-VUGHT' };
const WORKSHOP_LEADER: Principal = { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' };

describe('covenant scope (covenantVisibleTo)', () => {
  it.each([
    ['an admin', true, true, ADMIN],
    ['the employer that signed it', true, false, EMPLOYER],
    ['another employer', false, false, OTHER_EMPLOYER],
    ['the school that signed it (same BRIN)', false, true, SCHOOL],
    ['another school', false, false, OTHER_SCHOOL],
    ['a UWV advisor', false, false, ADVISOR],
    ['a casemanager', false, false, CASEMANAGER],
    ['a workshop leader', false, false, WORKSHOP_LEADER],
  ])(
    '%s sees an employer’s covenant: %s; a school’s: %s',
    (_who, seesEmployers, seesSchools, principal) => {
      expect(covenantVisibleTo(employers, principal)).toBe(seesEmployers);
      expect(covenantVisibleTo(schools, principal)).toBe(seesSchools);
    },
  );
});
