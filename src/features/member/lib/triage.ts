import type { GroupSection } from '../../../../contract';
import type { FormatOptions } from '../../../lib/format';
import { counterLines, type CounterLine } from './counter-sentences';
import { trackingTypeLabel } from './labels';

/** What the triage needs to know about one readable group, derived once per payload and clock tick. */
export type GroupTriage = {
  lines: CounterLine[];
  /** The group has a period running now. */
  hasCurrent: boolean;
  /** Every goal (not cap) of the current period is met, and there is at least one. */
  completed: boolean;
  atRisk: boolean;
  /** The smallest share still missing to a next milestone or target (0–1); null when nothing is ahead. */
  nearestGap: number | null;
  /** The worst projection ÷ target among the unmet goals (lower is worse); null when none. */
  riskScore: number | null;
  trackingType: string | null;
};

export type TriageItem = {
  key: string;
  index: number;
  section: GroupSection;
  /** null: the group could not be read (or its figures could not be derived). */
  triage: GroupTriage | null;
};

const minOf = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length > 0 ? Math.min(...present) : null;
};

export function groupTriage(lines: CounterLine[], trackingType: string | null): GroupTriage {
  const goals = lines.filter((line) => !line.capping && line.target !== null);
  const unmet = goals.filter((line) => !line.met);
  return {
    lines,
    hasCurrent: lines.length > 0,
    completed: goals.length > 0 && unmet.length === 0,
    atRisk: lines.some((line) => line.atRisk),
    nearestGap: minOf(lines.map((line) => line.nearestGap)),
    riskScore: minOf(
      unmet.map((line) =>
        line.pace.projected === null || line.target === null ? null : line.pace.projected / line.target,
      ),
    ),
    trackingType,
  };
}

export function sectionKey(section: GroupSection): string {
  return section.ok ? `${section.group.id ?? 'group'}:${section.index}` : `failed:${section.index}`;
}

/**
 * The triage facts of every group of a payload. A group whose figures cannot be derived is kept with
 * `triage: null` (its card shows the error), so one bad group never hides the others.
 */
export function triageItems(
  sections: GroupSection[],
  nowMs: number,
  options: FormatOptions = {},
): TriageItem[] {
  return sections.map((section) => {
    const key = sectionKey(section);
    if (!section.ok) return { key, index: section.index, section, triage: null };
    try {
      const lines = counterLines(section.group, nowMs, options);
      return { key, index: section.index, section, triage: groupTriage(lines, section.group.trackingType) };
    } catch {
      return { key, index: section.index, section, triage: null };
    }
  });
}

export const TRIAGE_FILTERS = ['all', 'at-risk', 'completed', 'current'] as const;
export type TriageFilter = (typeof TRIAGE_FILTERS)[number];
export const TRIAGE_SORTS = ['programme', 'nearest', 'risk'] as const;
export type TriageSort = (typeof TRIAGE_SORTS)[number];

export type TriageParams = { filter: TriageFilter; sort: TriageSort; tracking: string | null };

export const FILTER_LABELS: Record<TriageFilter, string> = {
  all: 'All groups',
  'at-risk': 'At risk',
  completed: 'Completed this period',
  current: 'Current only',
};

export const SORT_LABELS: Record<TriageSort, string> = {
  programme: 'Programme order',
  nearest: 'Nearest to a milestone',
  risk: 'Most at risk',
};

function matches(item: TriageItem, params: TriageParams): boolean {
  const { triage } = item;
  // An unreadable group is shown in every view: hiding it would hide that something is wrong.
  if (triage === null) return true;
  if (params.tracking !== null && (triage.trackingType ?? '') !== params.tracking) return false;
  switch (params.filter) {
    case 'at-risk':
      return triage.atRisk;
    case 'completed':
      return triage.completed;
    case 'current':
      return triage.hasCurrent;
    default:
      return true;
  }
}

const byNullable = (a: number | null, b: number | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;

function compare(sort: TriageSort) {
  return (a: TriageItem, b: TriageItem): number => {
    if (sort === 'programme') return a.index - b.index;
    // Unreadable groups go last whenever the order is by figures.
    if ((a.triage === null) !== (b.triage === null)) return a.triage === null ? 1 : -1;
    let diff = 0;
    if (sort === 'nearest') diff = byNullable(a.triage?.nearestGap ?? null, b.triage?.nearestGap ?? null);
    if (sort === 'risk') {
      diff = Number(!a.triage?.atRisk) - Number(!b.triage?.atRisk);
      if (diff === 0) diff = byNullable(a.triage?.riskScore ?? null, b.triage?.riskScore ?? null);
    }
    return diff === 0 || Number.isNaN(diff) ? a.index - b.index : diff;
  };
}

export type TriagedItem = TriageItem & { visible: boolean };

/** Every group in the chosen order, each marked shown or not by the filters (hidden, not removed). */
export function applyTriage(items: TriageItem[], params: TriageParams): TriagedItem[] {
  return [...items].sort(compare(params.sort)).map((item) => ({ ...item, visible: matches(item, params) }));
}

export type TriageSummary = { groups: number; met: number; atRisk: number };

/** "N groups · N met this period · N at risk", over all the member's groups whatever the filters. */
export function triageSummary(items: TriageItem[]): TriageSummary {
  return {
    groups: items.length,
    met: items.filter((item) => item.triage?.completed).length,
    atRisk: items.filter((item) => item.triage?.atRisk).length,
  };
}

export function summaryText({ groups, met, atRisk }: TriageSummary): string {
  return `${groups} ${groups === 1 ? 'group' : 'groups'} · ${met} met this period · ${atRisk} at risk`;
}

/** The tracking types present, for the filter's options, in order of first appearance. */
export function trackingOptions(items: TriageItem[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const type = item.triage?.trackingType;
    if (type && !seen.has(type)) seen.set(type, trackingTypeLabel(type));
  }
  return [...seen].map(([value, label]) => ({ value, label }));
}
