import { withdrawalReasonOfLeaving } from './standing-referrals';

describe('why a leaving candidate’s referrals are withdrawn (withdrawalReasonOfLeaving)', () => {
  it.each([
    ['consent-withdrawn', 'consent-withdrawn'],
    ['window-passed', 'candidate-left'],
    ['removed', 'candidate-left'],
  ] as const)('tells the employer or school %s → %s', (leaveReason, withdrawalReason) => {
    expect(withdrawalReasonOfLeaving(leaveReason)).toBe(withdrawalReason);
  });
});
