import { Covenant } from '../read-models/covenants/covenant.entity';
import { Vacancy } from '../read-models/vacancies/vacancy.entity';
import { vacancyProfile } from './match-profiles';

/** Starts 2027-03-01 under covenant cov-1 of employer emp-1. */
const vacancy = (fields: Partial<Vacancy> = {}) =>
  Object.assign(new Vacancy(), {
    vacancyId: 'v-1',
    employerId: 'emp-1',
    covenantId: 'cov-1',
    title: 'Medewerker productie',
    sector: 'Entree',
    municipalityCode: 'GM0796',
    regionCode: 'AM27',
    startDate: '2027-03-01',
    openings: 2,
    openingsLeft: 2,
    requiredQualifications: ['25252'],
    preferredQualifications: [],
    requiresVog: false,
    status: 'open',
    ...fields,
  });

/** In force through 2027 for emp-1, naming PI Vught. */
const covenant = (fields: Partial<Covenant> = {}) =>
  Object.assign(new Covenant(), {
    covenantId: 'cov-1',
    employerId: 'emp-1',
    brin: null,
    piCodes: ['PI-VUGHT'],
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
    endedOn: null,
    ...fields,
  });

describe('a vacancy’s covenant as the match rules see it (vacancyProfile)', () => {
  it('is active when it is the employer’s own and in force on the start date', () => {
    expect(vacancyProfile(vacancy(), covenant()).covenant).toEqual({
      active: true,
      piCodes: ['PI-VUGHT'],
    });
  });

  it.each([
    ['another employer’s', vacancy(), covenant({ employerId: 'emp-2' })],
    ['a school’s', vacancy(), covenant({ employerId: null, brin: '25LX' })],
    ['not yet in force on the start date', vacancy({ startDate: '2026-12-31' }), covenant()],
    ['expired before the start date', vacancy({ startDate: '2028-01-01' }), covenant()],
    ['ended before the start date', vacancy(), covenant({ endedOn: '2027-02-28' })],
  ])('is inactive when it is %s', (_case, target, itsCovenant) => {
    expect(vacancyProfile(target, itsCovenant).covenant).toEqual({
      active: false,
      piCodes: ['PI-VUGHT'],
    });
  });

  it('holds on the day it ends', () => {
    expect(vacancyProfile(vacancy(), covenant({ endedOn: '2027-03-01' })).covenant?.active).toBe(
      true,
    );
  });

  it('is none when matching does not know it (rule 1 then excludes the vacancy)', () => {
    expect(vacancyProfile(vacancy(), undefined).covenant).toBeNull();
  });

  it.each([
    ['open with openings left', vacancy(), true, 2],
    ['filled', vacancy({ status: 'filled', openingsLeft: 0 }), false, 0],
    ['closed', vacancy({ status: 'closed' }), false, 2],
  ])('is open for rule 1 only while open: %s', (_case, target, open, placesLeft) => {
    expect(vacancyProfile(target, covenant())).toMatchObject({ open, placesLeft });
  });
});
