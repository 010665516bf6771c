import { windowEdge } from '../audit/list-audit-entries.query';
import {
  addCalendarMonths,
  calendarDateInNetherlands,
  isCalendarDate,
  isWithin,
  startOfDayInNetherlands,
} from './calendar-date.util';

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

  it('starts a Dutch day at midnight in Amsterdam, winter and summer, and on the days the clocks change', () => {
    expect(startOfDayInNetherlands('2027-12-31').toISOString()).toBe('2027-12-30T23:00:00.000Z');
    expect(startOfDayInNetherlands('2027-07-01').toISOString()).toBe('2027-06-30T22:00:00.000Z');
    // Summer time begins at 02:00 on 28 March 2027 and ends at 03:00 on 31 October 2027.
    expect(startOfDayInNetherlands('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(startOfDayInNetherlands('2027-03-29').toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(startOfDayInNetherlands('2027-10-31').toISOString()).toBe('2027-10-30T22:00:00.000Z');
    expect(startOfDayInNetherlands('2027-11-01').toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });

  it('gives an audit window of a date its whole Dutch day, 23 or 25 hours when the clocks change', () => {
    const hours = (date: string) =>
      (windowEdge(date, 'to').getTime() - windowEdge(date, 'from').getTime()) / 3_600_000;
    expect(hours('2027-06-30')).toBe(24);
    expect(hours('2027-03-28')).toBe(23);
    expect(hours('2027-10-31')).toBe(25);
    // 00:30 on 1 July in Amsterdam is in that day's window, not in 30 June's.
    const instant = new Date('2027-06-30T22:30:00Z');
    expect(windowEdge('2027-07-01', 'from') <= instant).toBe(true);
    expect(windowEdge('2027-06-30', 'to') <= instant).toBe(true);
    expect(windowEdge('2027-02-01T10:00:00Z', 'to').toISOString()).toBe('2027-02-01T10:00:00.001Z');
  });

  it.each([
    // The month has no 31st: its last day.
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    // A leap day lands on 28 February in a common year, stays 29 in a leap year.
    ['2028-02-29', 3, '2028-05-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    // Across the year end.
    ['2026-12-31', 3, '2027-03-31'],
    ['2026-12-31', 6, '2027-06-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-05-10', 0, '2027-05-10'],
  ])('adds calendar months: %s + %i months = %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
});
