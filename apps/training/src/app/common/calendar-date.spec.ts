import {
  isCalendarDate,
  pastDateProblem,
  todayInNetherlands,
} from './calendar-date';

describe('calendar dates', () => {
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

  it('takes "today" from the Dutch calendar', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1).
    expect(todayInNetherlands(new Date('2025-12-31T23:30:00Z'))).toBe(
      '2026-01-01',
    );
    // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (UTC+2, summer time).
    expect(todayInNetherlands(new Date('2025-06-30T22:30:00Z'))).toBe(
      '2025-07-01',
    );
  });

  it('says which rule a past date breaks', () => {
    const now = new Date('2025-06-30T12:00:00Z');
    expect(pastDateProblem('2025-06-30', '2000-01-01', now)).toBeUndefined();
    expect(pastDateProblem('2000-01-01', '2000-01-01', now)).toBeUndefined();
    expect(pastDateProblem('2025-07-01', '2000-01-01', now)).toBe(
      'must not be in the future',
    );
    expect(pastDateProblem('1999-12-31', '2000-01-01', now)).toBe(
      'must not be before 2000-01-01',
    );
    expect(pastDateProblem('30-06-2025', '2000-01-01', now)).toBe(
      'must be a date written YYYY-MM-DD',
    );
  });
});
