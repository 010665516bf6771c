import { EntityManager } from 'typeorm';

/**
 * What a candidate's change needs of the referrals, which live in a layer above (review/referrals):
 * when the candidate leaves, moves to another PI or withdraws consent, its standing referrals are
 * withdrawn in the transaction of that change. Declared here and implemented there, so candidates
 * never import upwards; the root module hands the implementing module to `CandidatesModule`.
 */
export abstract class StandingReferrals {
  /** Withdraws every referral of the candidate that still stands, in the caller's transaction. */
  abstract withdrawStandingReferralsOf(manager: EntityManager, candidateId: string): Promise<void>;
}
