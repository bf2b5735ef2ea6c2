import type { z } from 'zod';

import { tolerantObject } from './fast-reader';
import {
  ATTRIBUTION_TYPES,
  STREAK_STATUSES,
  TARGET_ENTITIES,
  TARGET_EVALUATION_TYPES,
  TARGET_TYPES,
  TRACKING_TYPES,
  TRIGGER_TYPES,
  TRIGGER_VALUE_TYPES,
} from './enums';
import {
  decimalSchema,
  flagSchema,
  freeMapSchema,
  idSchema,
  listOf,
  openEnum,
  optionalObject,
  textSchema,
  timestampSchema,
} from './primitives';

/**
 * The getUserTargets response (GET /v3/users/{userId}/targetGroups): every field of the reference
 * page's table, the extras of the OpenAPI file, and what the example responses show
 * (../shared/api/get-user-targets.md). Unknown keys are kept (looseObject) so nothing the upstream
 * adds is lost on the way through. Each schema carries a fast reader (fast-reader.ts) with the same result.
 */

export const attributionPartySchema = tolerantObject(
  {
    id: idSchema,
    code: textSchema,
    description: textSchema,
    name: textSchema,
    type: openEnum(ATTRIBUTION_TYPES),
  },
  (s, r) => ({
    id: r.id(s.id),
    code: r.code(s.code),
    description: r.description(s.description),
    name: r.name(s.name),
    type: r.type(s.type),
  }),
);

export const attributionSchema = tolerantObject(
  {
    createdOn: timestampSchema,
    lastUpdatedOn: timestampSchema,
    createdBy: optionalObject(attributionPartySchema),
    lastUpdatedBy: optionalObject(attributionPartySchema),
  },
  (s, r) => ({
    createdOn: r.createdOn(s.createdOn),
    lastUpdatedOn: r.lastUpdatedOn(s.lastUpdatedOn),
    createdBy: r.createdBy(s.createdBy),
    lastUpdatedBy: r.lastUpdatedBy(s.lastUpdatedBy),
  }),
);

const optionalAttribution = optionalObject(attributionSchema);

export const commChannelSchema = tolerantObject(
  {
    type: textSchema,
    accountId: textSchema,
    value: textSchema,
    primary: flagSchema,
    verified: flagSchema,
    subscribed: flagSchema,
    attributes: freeMapSchema,
  },
  (s, r) => ({
    type: r.type(s.type),
    accountId: r.accountId(s.accountId),
    value: r.value(s.value),
    primary: r.primary(s.primary),
    verified: r.verified(s.verified),
    subscribed: r.subscribed(s.subscribed),
    attributes: r.attributes(s.attributes),
  }),
);

export const profileSchema = tolerantObject(
  {
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
  },
  (s, r) => ({
    id: r.id(s.id),
    firstName: r.firstName(s.firstName),
    lastName: r.lastName(s.lastName),
    commChannels: r.commChannels(s.commChannels),
    source: r.source(s.source),
    accountId: r.accountId(s.accountId),
    userId: r.userId(s.userId),
    orgId: r.orgId(s.orgId),
    orgSourceId: r.orgSourceId(s.orgSourceId),
    attribution: r.attribution(s.attribution),
  }),
);

export const loyaltyInfoSchema = tolerantObject(
  {
    id: idSchema,
    loyaltyId: idSchema,
    attribution: optionalAttribution,
    loyaltyType: textSchema,
    lifetimePurchases: decimalSchema,
  },
  (s, r) => ({
    id: r.id(s.id),
    loyaltyId: r.loyaltyId(s.loyaltyId),
    attribution: r.attribution(s.attribution),
    loyaltyType: r.loyaltyType(s.loyaltyType),
    lifetimePurchases: r.lifetimePurchases(s.lifetimePurchases),
  }),
);

export const customerSchema = tolerantObject(
  {
    id: idSchema,
    profiles: listOf(profileSchema),
    loyaltyInfo: optionalObject(loyaltyInfoSchema),
    customFields: freeMapSchema,
  },
  (s, r) => ({
    id: r.id(s.id),
    profiles: r.profiles(s.profiles),
    loyaltyInfo: r.loyaltyInfo(s.loyaltyInfo),
    customFields: r.customFields(s.customFields),
  }),
);

export const milestoneSchema = tolerantObject(
  {
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
  },
  (s, r) => ({
    id: r.id(s.id),
    triggerName: r.triggerName(s.triggerName),
    triggerValue: r.triggerValue(s.triggerValue),
    isAchieved: r.isAchieved(s.isAchieved),
    achievedDate: r.achievedDate(s.achievedDate),
    triggerType: r.triggerType(s.triggerType),
    triggerValueType: r.triggerValueType(s.triggerValueType),
    isActive: r.isActive(s.isActive),
    description: r.description(s.description),
    targetRuleId: r.targetRuleId(s.targetRuleId),
    userId: r.userId(s.userId),
    userTargetId: r.userTargetId(s.userTargetId),
    orgId: r.orgId(s.orgId),
    couponIds: r.couponIds(s.couponIds),
    messageIds: r.messageIds(s.messageIds),
    delayedPoints: r.delayedPoints(s.delayedPoints),
    externalTriggeredPoints: r.externalTriggeredPoints(s.externalTriggeredPoints),
    redeemablePoints: r.redeemablePoints(s.redeemablePoints),
    attribution: r.attribution(s.attribution),
  }),
);

/** One target in one period (cycle): the API repeats the target's fields for every period. */
export const targetPeriodSchema = tolerantObject(
  {
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
  },
  (s, r) => ({
    targetId: r.targetId(s.targetId),
    periodId: r.periodId(s.periodId),
    programId: r.programId(s.programId),
    alternateCurrencyIdentifier: r.alternateCurrencyIdentifier(s.alternateCurrencyIdentifier),
    alternateCurrencyName: r.alternateCurrencyName(s.alternateCurrencyName),
    periodRefCode: r.periodRefCode(s.periodRefCode),
    periodStartDate: r.periodStartDate(s.periodStartDate),
    periodEndDate: r.periodEndDate(s.periodEndDate),
    targetValue: r.targetValue(s.targetValue),
    targetAchievedValue: r.targetAchievedValue(s.targetAchievedValue),
    targetName: r.targetName(s.targetName),
    targetType: r.targetType(s.targetType),
    targetEntity: r.targetEntity(s.targetEntity),
    targetRuleId: r.targetRuleId(s.targetRuleId),
    enrolledOn: r.enrolledOn(s.enrolledOn),
    eventName: r.eventName(s.eventName),
    periodStartDateWithTimeStamp: r.periodStartDateWithTimeStamp(s.periodStartDateWithTimeStamp),
    periodEndDateWithTimeStamp: r.periodEndDateWithTimeStamp(s.periodEndDateWithTimeStamp),
    targetAchievedDateTime: r.targetAchievedDateTime(s.targetAchievedDateTime),
    streakAchievedDateTime: r.streakAchievedDateTime(s.streakAchievedDateTime),
    currentPeriod: r.currentPeriod(s.currentPeriod),
    milestones: r.milestones(s.milestones),
    lastUpdatedOn: r.lastUpdatedOn(s.lastUpdatedOn),
    targetAchievedEventLogId: r.targetAchievedEventLogId(s.targetAchievedEventLogId),
    unEnrolled: r.unEnrolled(s.unEnrolled),
  }),
);

export const streakSchema = tolerantObject(
  {
    userStreakId: idSchema,
    streakId: idSchema,
    streakName: textSchema,
    status: openEnum(STREAK_STATUSES),
    currentCount: decimalSchema,
    totalTargetCountOfSequence: decimalSchema,
    streakAchievedUserTargetId: idSchema,
    streakAchievedDateTime: timestampSchema,
  },
  (s, r) => ({
    userStreakId: r.userStreakId(s.userStreakId),
    streakId: r.streakId(s.streakId),
    streakName: r.streakName(s.streakName),
    status: r.status(s.status),
    currentCount: r.currentCount(s.currentCount),
    totalTargetCountOfSequence: r.totalTargetCountOfSequence(s.totalTargetCountOfSequence),
    streakAchievedUserTargetId: r.streakAchievedUserTargetId(s.streakAchievedUserTargetId),
    streakAchievedDateTime: r.streakAchievedDateTime(s.streakAchievedDateTime),
  }),
);

export const targetGroupSchema = tolerantObject(
  {
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
  },
  (s, r) => ({
    id: r.id(s.id),
    orgId: r.orgId(s.orgId),
    attribution: r.attribution(s.attribution),
    name: r.name(s.name),
    preferredTillId: r.preferredTillId(s.preferredTillId),
    targets: r.targets(s.targets),
    streaks: r.streaks(s.streaks),
    targetEvaluationType: r.targetEvaluationType(s.targetEvaluationType),
    trackingType: r.trackingType(s.trackingType),
  }),
);

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
