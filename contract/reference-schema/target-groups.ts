/**
 * FROZEN for tests: contract/target-groups.ts as of commit 6c599a1, before the fast readers
 * (docs/decisions/017-contract-speed.md). The contract tests and demo/contract-equivalence.test.ts check that
 * the live contract returns exactly what this copy returns. Edit it only together with a deliberate change of
 * the contract's results, and say so in a decision record.
 */
import { z } from 'zod';

import {
  ATTRIBUTION_TYPES,
  STREAK_STATUSES,
  TARGET_ENTITIES,
  TARGET_EVALUATION_TYPES,
  TARGET_TYPES,
  TRACKING_TYPES,
  TRIGGER_TYPES,
  TRIGGER_VALUE_TYPES,
} from '../enums';
import {
  decimalSchema,
  flagSchema,
  freeMapSchema,
  idSchema,
  listOf,
  openEnum,
  textSchema,
  timestampSchema,
} from './primitives';

/**
 * The getUserTargets response (GET /v3/users/{userId}/targetGroups): every field of the reference
 * page's table, the extras of the OpenAPI file, and what the example responses show
 * (../shared/api/get-user-targets.md). Unknown keys are kept (looseObject) so nothing the upstream
 * adds is lost on the way through.
 */

export const attributionPartySchema = z.looseObject({
  id: idSchema,
  code: textSchema,
  description: textSchema,
  name: textSchema,
  type: openEnum(ATTRIBUTION_TYPES),
});

export const attributionSchema = z.looseObject({
  createdOn: timestampSchema,
  lastUpdatedOn: timestampSchema,
  createdBy: attributionPartySchema.nullish().transform((v) => v ?? null),
  lastUpdatedBy: attributionPartySchema.nullish().transform((v) => v ?? null),
});

const optionalAttribution = attributionSchema.nullish().transform((v) => v ?? null);

export const commChannelSchema = z.looseObject({
  type: textSchema,
  accountId: textSchema,
  value: textSchema,
  primary: flagSchema,
  verified: flagSchema,
  subscribed: flagSchema,
  attributes: freeMapSchema,
});

export const profileSchema = z.looseObject({
  id: idSchema,
  firstName: textSchema,
  lastName: textSchema,
  commChannels: listOf(commChannelSchema),
  source: textSchema,
  accountId: textSchema,
  userId: idSchema,
  orgId: idSchema,
  orgSourceId: idSchema,
  attribution: optionalAttribution,
});

export const loyaltyInfoSchema = z.looseObject({
  id: idSchema,
  loyaltyId: idSchema,
  attribution: optionalAttribution,
  loyaltyType: textSchema,
  lifetimePurchases: decimalSchema,
});

export const customerSchema = z.looseObject({
  id: idSchema,
  profiles: listOf(profileSchema),
  loyaltyInfo: loyaltyInfoSchema.nullish().transform((v) => v ?? null),
  customFields: freeMapSchema,
});

export const milestoneSchema = z.looseObject({
  id: idSchema,
  triggerName: textSchema,
  triggerValue: decimalSchema,
  isAchieved: flagSchema,
  achievedDate: timestampSchema,
  triggerType: openEnum(TRIGGER_TYPES),
  triggerValueType: openEnum(TRIGGER_VALUE_TYPES),
  isActive: flagSchema,
  description: textSchema,
  targetRuleId: idSchema,
  userId: idSchema,
  userTargetId: idSchema,
  orgId: idSchema,
  couponIds: listOf(idSchema),
  messageIds: listOf(idSchema),
  delayedPoints: decimalSchema,
  externalTriggeredPoints: decimalSchema,
  redeemablePoints: decimalSchema,
  attribution: optionalAttribution,
});

/** One target in one period (cycle): the API repeats the target's fields for every period. */
export const targetPeriodSchema = z.looseObject({
  targetId: idSchema,
  periodId: idSchema,
  programId: idSchema,
  alternateCurrencyIdentifier: textSchema,
  alternateCurrencyName: textSchema,
  periodRefCode: textSchema,
  periodStartDate: timestampSchema,
  periodEndDate: timestampSchema,
  targetValue: decimalSchema,
  targetAchievedValue: decimalSchema,
  targetName: textSchema,
  targetType: openEnum(TARGET_TYPES),
  targetEntity: openEnum(TARGET_ENTITIES),
  targetRuleId: idSchema,
  enrolledOn: timestampSchema,
  eventName: textSchema,
  periodStartDateWithTimeStamp: timestampSchema,
  periodEndDateWithTimeStamp: timestampSchema,
  targetAchievedDateTime: timestampSchema,
  streakAchievedDateTime: timestampSchema,
  currentPeriod: flagSchema,
  milestones: listOf(milestoneSchema),
  lastUpdatedOn: timestampSchema,
  targetAchievedEventLogId: idSchema,
  unEnrolled: flagSchema,
});

export const streakSchema = z.looseObject({
  userStreakId: idSchema,
  streakId: idSchema,
  streakName: textSchema,
  status: openEnum(STREAK_STATUSES),
  currentCount: decimalSchema,
  totalTargetCountOfSequence: decimalSchema,
  streakAchievedUserTargetId: idSchema,
  streakAchievedDateTime: timestampSchema,
});

export const targetGroupSchema = z.looseObject({
  id: idSchema,
  orgId: idSchema,
  attribution: optionalAttribution,
  name: textSchema,
  preferredTillId: idSchema,
  targets: listOf(targetPeriodSchema),
  // The reference table nests streaks under milestones; every example puts them here, beside targets.
  streaks: listOf(streakSchema),
  targetEvaluationType: openEnum(TARGET_EVALUATION_TYPES),
  trackingType: openEnum(TRACKING_TYPES),
});

export type AttributionParty = z.infer<typeof attributionPartySchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type CommChannel = z.infer<typeof commChannelSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type LoyaltyInfo = z.infer<typeof loyaltyInfoSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type TargetPeriod = z.infer<typeof targetPeriodSchema>;
export type Streak = z.infer<typeof streakSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;
