import { EntityManager } from 'typeorm';
import type { ReferralWithdrawalReason } from '@bridge/contracts';
import type { LeaveReason } from './candidate.entity';

/**
 * What a candidate's change needs of the referrals, which live in a layer above (review/referrals):
 * when the candidate leaves, moves to another PI or withdraws consent, its standing referrals are
 * withdrawn in the transaction of that change. Declared here and implemented there, so candidates
 * never import upwards; the root module hands the implementing module to `CandidatesModule`.
 */
export abstract class StandingReferrals {
  /**
   * Withdraws every referral of the candidate that still stands, in the caller's transaction, telling the target's
   * service why (`null`: a cause the withdrawal event has no reason for, a transfer to another PI).
   */
  abstract withdrawStandingReferralsOf(
    manager: EntityManager,
    candidateId: string,
    reason: ReferralWithdrawalReason | null,
  ): Promise<void>;
}

/** Why a leaving candidate's referrals are withdrawn, as the employer or school is told. */
export function withdrawalReasonOfLeaving(reason: LeaveReason): ReferralWithdrawalReason {
  return reason === 'consent-withdrawn' ? 'consent-withdrawn' : 'candidate-left';
}
