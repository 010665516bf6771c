import { pastDateProblem } from './calendar-date';

describe('calendar dates', () => {
  it('says which rule a past date breaks', () => {
    const now = new Date('2025-06-30T12:00:00Z');
    expect(pastDateProblem('2025-06-30', '2000-01-01', now)).toBeUndefined();
    expect(pastDateProblem('2000-01-01', '2000-01-01', now)).toBeUndefined();
    expect(pastDateProblem('2025-07-01', '2000-01-01', now)).toBe('must not be in the future');
    expect(pastDateProblem('1999-12-31', '2000-01-01', now)).toBe('must not be before 2000-01-01');
    expect(pastDateProblem('30-06-2025', '2000-01-01', now)).toBe(
      'must be a date written YYYY-MM-DD',
    );
  });
});
