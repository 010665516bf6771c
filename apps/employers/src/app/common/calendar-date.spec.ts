import { isCalendarDate, isWithin } from './calendar-date';
import { calendarDateOf } from './clock';

describe('calendar dates', () => {
  it.each(['2026-11-28', '2028-02-29', '2027-12-31', '2027-01-01'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '27-01-01', '2027-1-1', '2027-01-01T00:00:00Z', ' 2027-01-01', 20270101, null])(
    'rejects %p',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );

  it('compares YYYY-MM-DD ranges inclusively', () => {
    expect(isWithin('2027-01-01', '2027-01-01', '2027-12-31')).toBe(true);
    expect(isWithin('2027-12-31', '2027-01-01', '2027-12-31')).toBe(true);
    expect(isWithin('2026-12-31', '2027-01-01', '2027-12-31')).toBe(false);
    expect(isWithin('2028-01-01', '2027-01-01', '2027-12-31')).toBe(false);
  });

  it('counts days in the Netherlands: 23:30 UTC in summer is already tomorrow', () => {
    expect(calendarDateOf(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(calendarDateOf(new Date('2027-12-31T22:59:59Z'))).toBe('2027-12-31');
    expect(calendarDateOf(new Date('2027-12-31T23:00:00Z'))).toBe('2028-01-01');
  });
});
