import { Covenant } from './covenant.entity';

const covenant = (endedOn: string | null = null) =>
  Object.assign(new Covenant(), { validFrom: '2027-01-01', validTo: '2027-12-31', endedOn });

describe('a covenant in force (Covenant.isActiveOn)', () => {
  it.each([
    ['2026-12-31', false],
    ['2027-01-01', true],
    ['2027-06-15', true],
    ['2027-12-31', true],
    ['2028-01-01', false],
  ])('holds on %s: %s (from its first to its last day, both included)', (date, inForce) => {
    expect(covenant().isActiveOn(date)).toBe(inForce);
  });

  it.each([
    ['2027-06-30', true],
    ['2027-07-01', false],
    ['2027-12-31', false],
  ])('ended on 2027-06-30, holds on %s: %s (up to and including its end day)', (date, inForce) => {
    expect(covenant('2027-06-30').isActiveOn(date)).toBe(inForce);
  });

  it('is never extended beyond validTo by an end date after it', () => {
    expect(covenant('2028-03-01').isActiveOn('2028-01-01')).toBe(false);
  });
});
