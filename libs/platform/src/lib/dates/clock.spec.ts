import { Clock } from './clock';

/** A clock that stands still at `instant`. */
function clockAt(instant: string): Clock {
  const clock = new Clock();
  jest.spyOn(clock, 'now').mockReturnValue(new Date(instant));
  return clock;
}

describe('Clock', () => {
  it.each([
    // 00:30 on 1 July in Amsterdam (UTC+2, summer time).
    ['2027-06-30T22:30:00Z', '2027-07-01'],
    // 00:30 on New Year's Day in Amsterdam (UTC+1, winter time).
    ['2027-12-31T23:30:00Z', '2028-01-01'],
    // The last minute of the Dutch day, still the UTC date.
    ['2027-12-31T22:59:00Z', '2027-12-31'],
  ])('at %s, today is %s (the date in the Netherlands)', (instant, today) => {
    expect(clockAt(instant).today()).toBe(today);
  });

  it('tells the time of the machine unless pinned', () => {
    const before = Date.now();
    const now = new Clock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
