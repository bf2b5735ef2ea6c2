import type { PartyKind } from './attribution';
import type { Cadence, Zone } from './calendar';
import type { Country, CustomerSpec } from './customer';
import type { GroupSpec } from './group';
import type { MilestoneSpec, TargetSpec } from './target';

/** Shorthands that keep the persona tables readable. */
export const DAILY: Cadence = { kind: 'calendar', unit: 'day' };
export const WEEKLY: Cadence = { kind: 'calendar', unit: 'week' };
export const MONTHLY: Cadence = { kind: 'calendar', unit: 'month' };
export const AGNOSTIC = { kind: 'agnostic' } as const;

export const cyclic = (lengthDays: number, dayInCycle: number): Cadence => ({
  kind: 'cyclic',
  lengthDays,
  dayInCycle,
});

/** The trigger that marks full achievement (the reference examples name it `targetAchieved`). */
export const TARGET_ACHIEVED: MilestoneSpec = { name: 'targetAchieved', percent: 100 };

export const STARS = { programId: 2041, identifier: 'stars_1', name: 'Stars' };
export const STAMPS = { programId: 2041, identifier: 'stamps_1', name: 'Stamps' };

type Home = Pick<CustomerSpec, 'country' | 'city' | 'gender' | 'source' | 'zone' | 'party'>;

/** Where a member lives and how their records are stamped: the zone of their instants, who enrolled them. */
export function home(
  country: Country,
  city: string,
  gender: CustomerSpec['gender'],
  source: string,
  zone: Zone,
  party: PartyKind,
): Home {
  return { country, city, gender, source, zone, party };
}

/**
 * A target group whose evaluation type follows its cadence (calendar → FIXED_CALENDAR_WINDOW,
 * cyclic → CYCLIC_WINDOW, agnostic → PERIOD_AGNOSTIC_WINDOW) unless `options` says otherwise.
 */
export function group(
  name: string,
  trackingType: string,
  cadence: GroupSpec['cadence'],
  [from, to]: [number, number],
  targets: TargetSpec[],
  options: Partial<GroupSpec> = {},
): GroupSpec {
  const evaluation =
    cadence.kind === 'agnostic'
      ? 'PERIOD_AGNOSTIC_WINDOW'
      : cadence.kind === 'cyclic'
        ? 'CYCLIC_WINDOW'
        : 'FIXED_CALENDAR_WINDOW';
  return { name, trackingType, evaluation, cadence, cycles: { from, to }, targets, ...options };
}

/** Money targets keep two decimals; counts stay whole. */
export function spend(name: string, value: number, extra: Partial<TargetSpec> = {}): TargetSpec {
  return { name, targetType: 'SALES', targetEntity: 'TRANSACTION', value, decimals: 2, ...extra };
}

export function count(name: string, value: number, extra: Partial<TargetSpec> = {}): TargetSpec {
  return { name, targetType: 'COUNT', targetEntity: 'TRANSACTION', value, ...extra };
}

export function items(name: string, value: number, extra: Partial<TargetSpec> = {}): TargetSpec {
  return { name, targetType: 'QUANTITY', targetEntity: 'LINEITEM', value, ...extra };
}

/** A cap on points (CAPPING): no user target ids, as in the reference example's CAPPING group. */
export function pointsCap(name: string, targetType: string, value: number, extra: Partial<TargetSpec> = {}) {
  return { name, targetType, targetEntity: 'POINTS', value, decimals: 2, nullTargetIds: true, ...extra };
}
