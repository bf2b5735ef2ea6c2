/** Enumerations of the getUserTargets API (../shared/api/capillary-notes.md). All are open upstream. */
export const TARGET_EVALUATION_TYPES = [
  'FIXED_CALENDAR_WINDOW',
  'CYCLIC_WINDOW',
  'PERIOD_AGNOSTIC_WINDOW',
] as const;
export const TRACKING_TYPES = ['DEFAULT', 'UNIFIED', 'STREAKS', 'NON_CONTINUOUS_STREAKS', 'CAPPING'] as const;
export const TARGET_TYPES = [
  'QUANTITY',
  'SALES',
  'GROSS_SALES',
  'COUNT',
  'VISIT',
  'REGULAR_POINTS',
  'PROMOTIONAL_POINTS',
  'ALL_POINTS',
  'EXTENDED_FIELD',
  'EVENT_ATTRIBUTE',
  'REGULAR',
  'PROMOTIONAL',
  'ALL',
] as const;
export const TARGET_ENTITIES = [
  'TRANSACTION',
  'LINEITEM',
  'EVENT',
  'POINTS',
  'ALTERNATE_CURRENCIES',
  'REWARDS',
] as const;
export const STREAK_STATUSES = ['INPROGRESS', 'ACHIEVED', 'DROPPED'] as const;
export const ATTRIBUTION_TYPES = ['TILL', 'ADMIN_USER', 'ZONE'] as const;
export const TRIGGER_VALUE_TYPES = ['ABSOLUTE', 'PERCENTAGE'] as const;
export const TRIGGER_TYPES = ['SYSTEM_TRIGGER'] as const;
