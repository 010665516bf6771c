import { Covenant } from '../read-models/covenants/covenant.entity';
import { SchoolPlace } from '../read-models/school-places/school-place.entity';
import { schoolPlaceProfile } from './school-place-profiles';

/** At school 25LX, starting 2027-03-01, naming covenant cov-1. */
const place = (fields: Partial<SchoolPlace> = {}) =>
  Object.assign(new SchoolPlace(), {
    schoolPlaceId: 'sp-1',
    brin: '25LX',
    covenantId: 'cov-1',
    title: 'Allround machinaal houtbewerker',
    sector: 'Afbouw, hout en onderhoud',
    municipalityCode: 'GM0796',
    regionCode: 'AM27',
    startDate: '2027-03-01',
    seats: 3,
    seatsLeft: 3,
    minLevel: 2,
    requiredQualifications: ['25016'],
    status: 'open',
    ...fields,
  });

/** Signed by school 25LX, in force through 2027, naming PI Vught. */
const covenant = (fields: Partial<Covenant> = {}) =>
  Object.assign(new Covenant(), {
    covenantId: 'cov-1',
    employerId: null,
    brin: '25LX',
    piCodes: ['PI-VUGHT'],
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
    endedOn: null,
    ...fields,
  });

describe('a school place’s covenant as the match rules see it (schoolPlaceProfile)', () => {
  it('is none when the place names none: a school place may be offered outside a covenant', () => {
    expect(schoolPlaceProfile(place({ covenantId: null }), undefined).covenant).toBeNull();
  });

  it('is active when it is the school’s own (same BRIN) and in force on the start date', () => {
    expect(schoolPlaceProfile(place(), covenant()).covenant).toEqual({
      active: true,
      piCodes: ['PI-VUGHT'],
    });
  });

  it.each([
    ['another school’s', place(), covenant({ brin: '30AB' })],
    ['an employer’s', place(), covenant({ brin: null, employerId: 'emp-1' })],
    ['not yet in force on the start date', place({ startDate: '2026-12-31' }), covenant()],
    ['expired before the start date', place({ startDate: '2028-01-01' }), covenant()],
    ['ended before the start date', place(), covenant({ endedOn: '2027-02-28' })],
  ])('is inactive when the one it names is %s', (_case, target, itsCovenant) => {
    expect(schoolPlaceProfile(target, itsCovenant).covenant).toEqual({
      active: false,
      piCodes: ['PI-VUGHT'],
    });
  });

  it('is inactive, not none, when matching does not know the one it names', () => {
    expect(schoolPlaceProfile(place(), undefined).covenant).toEqual({ active: false, piCodes: [] });
  });

  it('asks its entry requirements and no VOG', () => {
    expect(schoolPlaceProfile(place(), covenant())).toMatchObject({
      requiredQualifications: ['25016'],
      preferredQualifications: [],
      minLevel: 2,
      requiresVog: false,
    });
  });

  it.each([
    ['open with seats left', place(), true, 3],
    ['full', place({ status: 'full', seatsLeft: 0 }), false, 0],
    ['withdrawn', place({ status: 'withdrawn' }), false, 3],
  ])('is open for rule 1 only while open: %s', (_case, target, open, placesLeft) => {
    expect(schoolPlaceProfile(target, covenant())).toMatchObject({ open, placesLeft });
  });
});
