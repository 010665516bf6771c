import { z } from 'zod';
import { entityId, isoDate } from '../common.schemas';

/** The moments after a placement's start date at which the employer or school is asked whether it still holds. */
export const FOLLOW_UP_CHECKPOINTS = ['3-months', '6-months'] as const;
export const followUpCheckpoint = z.enum(FOLLOW_UP_CHECKPOINTS);
export type FollowUpCheckpoint = z.infer<typeof followUpCheckpoint>;

/** What both target services say of a placement at a checkpoint: still holds, or ended (and when, if known). */
export const placementFollowUpFields = {
  placementId: entityId,
  referralId: entityId,
  checkpoint: followUpCheckpoint,
  holds: z.boolean(),
  endedOn: isoDate.nullable(),
};
