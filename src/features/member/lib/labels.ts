import {
  ATTRIBUTION_TYPES,
  STREAK_STATUSES,
  TARGET_ENTITIES,
  TARGET_EVALUATION_TYPES,
  TARGET_TYPES,
  TRACKING_TYPES,
  isKnown,
  type AttributionParty,
} from '../../../../contract';

/**
 * Upstream enums in plain words (capillary-notes.md, "What the concepts mean"). The enums are open: a
 * value we do not know yet is shown exactly as sent; a missing one reads "Not set".
 */
export const NOT_SET = 'Not set';

function label<const T extends readonly string[]>(known: T, words: Record<T[number], string>) {
  return (value: string | null): string => {
    if (value === null || value.trim() === '') return NOT_SET;
    return isKnown(known, value) ? words[value] : value;
  };
}

export const trackingTypeLabel = label(TRACKING_TYPES, {
  DEFAULT: 'Standard',
  UNIFIED: 'Unified (several targets combined)',
  STREAKS: 'Streak',
  NON_CONTINUOUS_STREAKS: 'Non-continuous streak',
  CAPPING: 'Cap on points issued',
});

export const evaluationTypeLabel = label(TARGET_EVALUATION_TYPES, {
  FIXED_CALENDAR_WINDOW: 'Fixed calendar periods',
  CYCLIC_WINDOW: "Cycles from the member's first activity",
  PERIOD_AGNOSTIC_WINDOW: 'No fixed end: resets when reached',
});

export const targetTypeLabel = label(TARGET_TYPES, {
  QUANTITY: 'Quantity',
  SALES: 'Sales',
  GROSS_SALES: 'Gross sales',
  COUNT: 'Count',
  VISIT: 'Visits',
  REGULAR_POINTS: 'Regular points',
  PROMOTIONAL_POINTS: 'Promotional points',
  ALL_POINTS: 'All points',
  EXTENDED_FIELD: 'Extended field',
  EVENT_ATTRIBUTE: 'Event attribute',
  REGULAR: 'Regular',
  PROMOTIONAL: 'Promotional',
  ALL: 'All',
});

export const targetEntityLabel = label(TARGET_ENTITIES, {
  TRANSACTION: 'Transactions',
  LINEITEM: 'Line items',
  EVENT: 'Events',
  POINTS: 'Points',
  ALTERNATE_CURRENCIES: 'Alternate currency',
  REWARDS: 'Rewards',
});

export const streakStatusLabel = label(STREAK_STATUSES, {
  INPROGRESS: 'In progress',
  ACHIEVED: 'Achieved',
  DROPPED: 'Dropped',
});

export const attributionTypeLabel = label(ATTRIBUTION_TYPES, {
  TILL: 'Till',
  ADMIN_USER: 'Admin user',
  ZONE: 'Zone',
});

/** "mobile" → "Mobile", "email" → "Email"; other channel types as sent. */
export function channelTypeLabel(type: string | null): string {
  if (type === null || type.trim() === '') return 'Channel';
  const known: Record<string, string> = { mobile: 'Mobile', email: 'Email' };
  return known[type.toLowerCase()] ?? type;
}

/** `-1` is Capillary's "no preference". */
export function preferredTillLabel(tillId: string | null): string {
  if (tillId === null) return NOT_SET;
  return tillId === '-1' ? 'Any till' : `Till #${tillId}`;
}

function present(text: string | null): text is string {
  return text !== null && text.trim() !== '';
}

/** Who created or changed something: name or code, else "#id"; with the kind of actor in words. */
export function attributionPartyLabel(party: AttributionParty | null): string {
  if (!party) return 'Unknown';
  const who = present(party.name)
    ? party.name
    : present(party.code)
      ? party.code
      : party.id
        ? `#${party.id}`
        : null;
  const kind = party.type === null ? null : attributionTypeLabel(party.type);
  if (who === null) return kind ?? 'Unknown';
  return kind ? `${who} (${kind})` : who;
}

/** A milestone's trigger name; `targetAchieved` is the trigger that marks full achievement. */
export function triggerNameLabel(name: string | null): string {
  if (!present(name)) return 'Milestone';
  return name === 'targetAchieved' ? 'Target reached' : name;
}
