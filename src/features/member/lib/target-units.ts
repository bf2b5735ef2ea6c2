import type { TargetPeriod } from '../../../../contract';
import { formatNumber, type FormatOptions } from '../../../lib/format';
import { currencyOf } from './period-view';

/** What a target counts, as a noun ("purchase" / "purchases"); null for amounts (sales), which need none. */
export type TargetUnit = { one: string; other: string } | null;

const noun = (one: string, other = `${one}s`): TargetUnit => ({ one, other });

const POINT_TYPES: ReadonlySet<string> = new Set([
  'REGULAR_POINTS',
  'PROMOTIONAL_POINTS',
  'ALL_POINTS',
  'REGULAR',
  'PROMOTIONAL',
  'ALL',
]);

const COUNTED_ENTITIES: Record<string, TargetUnit> = {
  TRANSACTION: noun('purchase'),
  LINEITEM: noun('item'),
  EVENT: noun('event'),
  REWARDS: noun('reward'),
};

/**
 * The unit of a target's figures, from its type and entity (capillary-notes.md): an alternate
 * currency's name ("Stars", never pluralised), visits, points, purchases for COUNT of TRANSACTION,
 * items for QUANTITY; sales are amounts and carry no noun. Unknown kinds carry none either.
 */
export function targetUnit(
  period: Pick<
    TargetPeriod,
    'targetType' | 'targetEntity' | 'alternateCurrencyName' | 'alternateCurrencyIdentifier'
  >,
): TargetUnit {
  const currency = currencyOf(period as TargetPeriod);
  if (currency) return { one: currency, other: currency };
  const type = period.targetType ?? '';
  const entity = period.targetEntity ?? '';
  if (type === 'VISIT') return noun('visit');
  if (entity === 'POINTS' || POINT_TYPES.has(type)) return noun('point');
  if (type === 'SALES' || type === 'GROSS_SALES') return null;
  if (type === 'QUANTITY') return noun('item');
  if (type === 'COUNT') return COUNTED_ENTITIES[entity] ?? null;
  if (entity === 'REWARDS') return noun('reward');
  return null;
}

/** The noun that goes with `value`: "1 purchase", "2 purchases"; "" without a unit. */
export function unitWord(unit: TargetUnit, value: number): string {
  if (unit === null) return '';
  return value === 1 ? unit.one : unit.other;
}

/** "2 purchases", "1 visit", "3,000" (an amount), "5 Stars". */
export function quantityText(value: number, unit: TargetUnit, options: FormatOptions = {}): string {
  const word = unitWord(unit, value);
  const figure = formatNumber(value, options);
  return word ? `${figure} ${word}` : figure;
}
