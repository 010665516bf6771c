import { isWithin } from './calendar-date';

describe('calendar dates', () => {
  it('compares YYYY-MM-DD ranges inclusively', () => {
    expect(isWithin('2027-01-01', '2027-01-01', '2027-12-31')).toBe(true);
    expect(isWithin('2027-12-31', '2027-01-01', '2027-12-31')).toBe(true);
    expect(isWithin('2026-12-31', '2027-01-01', '2027-12-31')).toBe(false);
    expect(isWithin('2028-01-01', '2027-01-01', '2027-12-31')).toBe(false);
  });
});
