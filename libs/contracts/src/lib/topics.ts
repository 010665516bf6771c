import { z } from 'zod';
import {
  COVENANT_CHANGED,
  covenantChangedPayload,
} from './events/employers/covenant-changed.event';
import { COVENANT_ENDED, covenantEndedPayload } from './events/employers/covenant-ended.event';
import { COVENANT_SIGNED, covenantSignedPayload } from './events/employers/covenant-signed.event';
import { VACANCY_CLOSED, vacancyClosedPayload } from './events/employers/vacancy-closed.event';
import {
  VACANCY_PLACEMENT_FOLLOWED_UP,
  vacancyPlacementFollowedUpPayload,
} from './events/employers/vacancy-placement-followed-up.event';
import {
  SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP,
  schoolPlacePlacementFollowedUpPayload,
} from './events/training/school-place-placement-followed-up.event';
import {
  VACANCY_PLACEMENT_RECORDED,
  vacancyPlacementRecordedPayload,
} from './events/employers/vacancy-placement-recorded.event';
import {
  VACANCY_PUBLISHED,
  vacancyPublishedPayload,
} from './events/employers/vacancy-published.event';
import { VACANCY_UPDATED, vacancyUpdatedPayload } from './events/employers/vacancy-updated.event';
import { CANDIDATE_LEFT, candidateLeftPayload } from './events/matching/candidate-left.event';
import {
  CANDIDATE_REGISTERED,
  candidateRegisteredPayload,
} from './events/matching/candidate-registered.event';
import {
  CANDIDATE_TRANSFERRED,
  candidateTransferredPayload,
} from './events/matching/candidate-transferred.event';
import {
  CANDIDATE_UPDATED,
  candidateUpdatedPayload,
} from './events/matching/candidate-updated.event';
import { REFERRAL_CREATED, referralCreatedPayload } from './events/matching/referral-created.event';
import {
  REFERRAL_DECLINED,
  referralDeclinedPayload,
} from './events/matching/referral-declined.event';
import {
  REFERRAL_WITHDRAWN,
  referralWithdrawnPayload,
} from './events/matching/referral-withdrawn.event';
import {
  CERTIFICATE_REGISTERED,
  certificateRegisteredPayload,
} from './events/training/certificate-registered.event';
import {
  CERTIFICATE_REVOKED,
  certificateRevokedPayload,
} from './events/training/certificate-revoked.event';
import {
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  schoolPlacePlacementRecordedPayload,
} from './events/training/school-place-placement-recorded.event';
import {
  SCHOOL_PLACE_PUBLISHED,
  schoolPlacePublishedPayload,
} from './events/training/school-place-published.event';
import {
  SCHOOL_PLACE_UPDATED,
  schoolPlaceUpdatedPayload,
} from './events/training/school-place-updated.event';
import {
  SCHOOL_PLACE_WITHDRAWN,
  schoolPlaceWithdrawnPayload,
} from './events/training/school-place-withdrawn.event';

/** Every topic of the platform, each named once, with the schema of its payload. */
export const EVENT_PAYLOAD_SCHEMAS = {
  [CERTIFICATE_REGISTERED]: certificateRegisteredPayload,
  [CERTIFICATE_REVOKED]: certificateRevokedPayload,
  [SCHOOL_PLACE_PUBLISHED]: schoolPlacePublishedPayload,
  [SCHOOL_PLACE_UPDATED]: schoolPlaceUpdatedPayload,
  [SCHOOL_PLACE_WITHDRAWN]: schoolPlaceWithdrawnPayload,
  [SCHOOL_PLACE_PLACEMENT_RECORDED]: schoolPlacePlacementRecordedPayload,
  [SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP]: schoolPlacePlacementFollowedUpPayload,
  [COVENANT_SIGNED]: covenantSignedPayload,
  [COVENANT_CHANGED]: covenantChangedPayload,
  [COVENANT_ENDED]: covenantEndedPayload,
  [VACANCY_PUBLISHED]: vacancyPublishedPayload,
  [VACANCY_UPDATED]: vacancyUpdatedPayload,
  [VACANCY_CLOSED]: vacancyClosedPayload,
  [VACANCY_PLACEMENT_RECORDED]: vacancyPlacementRecordedPayload,
  [VACANCY_PLACEMENT_FOLLOWED_UP]: vacancyPlacementFollowedUpPayload,
  [CANDIDATE_REGISTERED]: candidateRegisteredPayload,
  [CANDIDATE_UPDATED]: candidateUpdatedPayload,
  [CANDIDATE_LEFT]: candidateLeftPayload,
  [CANDIDATE_TRANSFERRED]: candidateTransferredPayload,
  [REFERRAL_CREATED]: referralCreatedPayload,
  [REFERRAL_WITHDRAWN]: referralWithdrawnPayload,
  [REFERRAL_DECLINED]: referralDeclinedPayload,
} as const;

export type Topic = keyof typeof EVENT_PAYLOAD_SCHEMAS;
export type PayloadOf<T extends Topic> = z.output<(typeof EVENT_PAYLOAD_SCHEMAS)[T]>;
/** What a producer may pass: defaults (empty lists, nulls) may be left out. */
export type PayloadInput<T extends Topic> = z.input<(typeof EVENT_PAYLOAD_SCHEMAS)[T]>;
export const TOPICS = Object.keys(EVENT_PAYLOAD_SCHEMAS) as [Topic, ...Topic[]];

export function isTopic(value: string): value is Topic {
  return Object.prototype.hasOwnProperty.call(EVENT_PAYLOAD_SCHEMAS, value);
}

/** The topics each service consumes (docs/architecture.md, section 2: every topic, its producer and its consumers). */
export const CONSUMED_TOPICS = {
  matching: [
    CERTIFICATE_REGISTERED,
    CERTIFICATE_REVOKED,
    SCHOOL_PLACE_PUBLISHED,
    SCHOOL_PLACE_UPDATED,
    SCHOOL_PLACE_WITHDRAWN,
    SCHOOL_PLACE_PLACEMENT_RECORDED,
    SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP,
    COVENANT_SIGNED,
    COVENANT_CHANGED,
    COVENANT_ENDED,
    VACANCY_PUBLISHED,
    VACANCY_UPDATED,
    VACANCY_CLOSED,
    VACANCY_PLACEMENT_RECORDED,
    VACANCY_PLACEMENT_FOLLOWED_UP,
  ],
  training: [
    CANDIDATE_REGISTERED,
    CANDIDATE_UPDATED,
    CANDIDATE_LEFT,
    CANDIDATE_TRANSFERRED,
    REFERRAL_CREATED,
    REFERRAL_WITHDRAWN,
    REFERRAL_DECLINED,
    COVENANT_SIGNED,
    COVENANT_CHANGED,
    COVENANT_ENDED,
  ],
  employers: [REFERRAL_CREATED, REFERRAL_WITHDRAWN, REFERRAL_DECLINED],
} as const satisfies Record<string, readonly Topic[]>;
