import { calendarDateInNetherlands, isCalendarDate, isWithin } from './calendar-date.util';

describe('calendar dates', () => {
  it.each(['2026-11-28', '2028-02-29', '2027-12-31', '2027-01-01'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    '2027-02-29',
    '2027-13-01',
    '2027-00-10',
    '2027-04-31',
    '27-01-01',
    '2027-1-1',
    '2027-01-01T00:00:00Z',
    ' 2027-01-01',
    20270101,
    null,
  ])('rejects %p', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it('accepts only existing YYYY-MM-DD dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-1-01',
      '2024-01-01T00:00:00Z',
      20240101,
      null,
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });

  it('counts days in the Netherlands: 23:30 UTC in summer is already tomorrow', () => {
    expect(calendarDateInNetherlands(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(calendarDateInNetherlands(new Date('2027-12-31T22:59:59Z'))).toBe('2027-12-31');
    expect(calendarDateInNetherlands(new Date('2027-12-31T23:00:00Z'))).toBe('2028-01-01');
  });

  it('takes "today" from the Dutch calendar', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1).
    expect(calendarDateInNetherlands(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (UTC+2, summer time).
    expect(calendarDateInNetherlands(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
  });

  it('compares YYYY-MM-DD ranges inclusively', () => {
    expect(isWithin('2027-01-01', '2027-01-01', '2027-12-31')).toBe(true);
    expect(isWithin('2027-12-31', '2027-01-01', '2027-12-31')).toBe(true);
    expect(isWithin('2026-12-31', '2027-01-01', '2027-12-31')).toBe(false);
    expect(isWithin('2028-01-01', '2027-01-01', '2027-12-31')).toBe(false);
  });
});
