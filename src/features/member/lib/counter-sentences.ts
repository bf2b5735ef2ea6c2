import type { GroupSection, SectionError, TargetGroup, Timestamp } from '../../../../contract';
import { formatNumber, formatPercent, type FormatOptions } from '../../../lib/format';
import { currentCounters, type CounterFacts } from './counter-facts';
import { daysLeftText } from './days-left';
import { groupName } from './group-view';
import { quantityText, unitWord } from './target-units';

const SEPARATOR = ' · ';

const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();

/** "24 Nov" (en-GB), "Nov 24" (en-US): a date within the period needs no year. A bare date stays put. */
export function formatDayMonth(epochMs: number, dateOnly: boolean, options: FormatOptions = {}): string {
  const timeZone = dateOnly ? 'UTC' : options.timeZone;
  const key = `${options.locale ?? ''}|${timeZone ?? ''}`;
  let format = dayMonthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(options.locale, { day: 'numeric', month: 'short', timeZone });
    dayMonthFormats.set(key, format);
  }
  return Number.isFinite(epochMs) && Math.abs(epochMs) <= 8.64e15 ? format.format(epochMs) : '—';
}

function reachedOnText(reachedOn: Timestamp | null, options: FormatOptions): string | null {
  if (!reachedOn || reachedOn.epochMs === null) return null;
  return formatDayMonth(reachedOn.epochMs, reachedOn.dateOnly, options);
}

/** Show a need per day rounded up to one decimal, so it never reads as less than it is. */
function perDayFigure(perDay: number): number {
  return Math.ceil(perDay * 10 - 1e-9) / 10;
}

function more(value: number, facts: CounterFacts, options: FormatOptions): string {
  const word = unitWord(facts.unit, value);
  return `${formatNumber(value, options)} more${word ? ` ${word}` : ''}`;
}

/** "Gold"; a milestone named by a bare number reads "milestone 3", not "to 3". */
function milestoneName(name: string): string {
  return /^[\d.,\s]+$/.test(name) ? `milestone ${name.trim()}` : name;
}

function timeLeft(facts: CounterFacts): string {
  return daysLeftText({ days: facts.daysLeft, ended: facts.ended, refCode: facts.refCode });
}

function paceText(facts: CounterFacts, options: FormatOptions): string | null {
  const { pace } = facts;
  if (facts.ended) return null;
  if (pace.onTrack === true && pace.projected !== null && facts.endMs !== null) {
    const by = formatDayMonth(facts.endMs, facts.endDateOnly, options);
    return `at this pace, ${formatNumber(Math.floor(pace.projected), options)} by ${by}`;
  }
  if (pace.perDay === null) return null;
  if (facts.daysLeft <= 0) {
    return `needs ${formatNumber(facts.remainingToTarget ?? 0, options)} more today to make it`;
  }
  return `needs ${formatNumber(perDayFigure(pace.perDay), options)} a day to make it`;
}

function capSentence(facts: CounterFacts, options: FormatOptions): string {
  if (facts.target === null) {
    return [
      `Cap: ${quantityText(facts.achieved, facts.unit, options)} used (no cap set)`,
      timeLeft(facts),
    ].join(SEPARATOR);
  }
  const cap = quantityText(facts.target, facts.unit, options);
  if (facts.met) return [`Cap reached: ${cap} used`, timeLeft(facts)].join(SEPARATOR);
  const left = formatNumber(facts.target - facts.achieved, options);
  return [`Cap: ${left} of ${cap} still allowed`, timeLeft(facts)].join(SEPARATOR);
}

function goalSentence(facts: CounterFacts, options: FormatOptions): string {
  const next = facts.nextMilestone;
  if (facts.target === null) {
    return [
      `${quantityText(facts.achieved, facts.unit, options)} so far (no target set)`,
      timeLeft(facts),
    ].join(SEPARATOR);
  }
  if (facts.met) {
    const on = reachedOnText(facts.reachedOn, options);
    const percent = facts.percent === null ? '' : ` (${formatPercent(facts.percent, options)})`;
    const reached = `Target reached${on ? ` on ${on}` : ''}${percent}`;
    return next
      ? [reached, `${more(next.remaining, facts, options)} to ${milestoneName(next.name)}`].join(SEPARATOR)
      : reached;
  }
  const remaining = facts.remainingToTarget ?? 0;
  const parts: string[] = [];
  if (facts.atRisk) parts.push('At risk');
  if (next) {
    parts.push(`${more(next.remaining, facts, options)} to ${milestoneName(next.name)}`);
    parts.push(`${formatNumber(remaining, options)} more to the target`);
  } else {
    parts.push(`${more(remaining, facts, options)} to the target`);
  }
  parts.push(timeLeft(facts));
  const paced = paceText(facts, options);
  if (paced) parts.push(paced);
  return parts.join(SEPARATOR);
}

/**
 * One target's current period in one plain sentence, without the target's name:
 * "2 more purchases to Gold · 5 more to the target · 6 days left in Cycle_3 · needs 1.5 a day to make it",
 * "Target reached on 12 May (350%)", "Cap: 850 of 1,200 points still allowed · 6 days left in Cycle_3".
 */
export function counterSentence(facts: CounterFacts, options: FormatOptions = {}): string {
  const text = facts.capping ? capSentence(facts, options) : goalSentence(facts, options);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One counter line: the sentence and the facts behind it (for the badges and the triage). */
export type CounterLine = CounterFacts & { sentence: string };

export function counterLines(group: TargetGroup, nowMs: number, options: FormatOptions = {}): CounterLine[] {
  return currentCounters(group, nowMs, options.timeZone).map((facts) => ({
    ...facts,
    sentence: counterSentence(facts, options),
  }));
}

/**
 * The counter sentences of one group, one per current target, each led by the target's name:
 * "Spend ₹2,000: 1,250 more to the target · 5 days left in Nov 2026 · needs 250 a day to make it".
 */
export function counterSentences(
  group: TargetGroup,
  now: Date,
  locale?: string,
  timeZone?: string,
): string[] {
  return counterLines(group, now.getTime(), { locale, timeZone }).map(
    (line) => `${line.targetName}: ${line.sentence}`,
  );
}

function isSection(item: TargetGroup | GroupSection): item is GroupSection {
  return typeof item.ok === 'boolean' && typeof item.index === 'number';
}

/** The readable groups of a response's `groups` (sections), or of a plain list of groups. */
function readableGroups(groups: readonly (TargetGroup | GroupSection)[] | SectionError): TargetGroup[] {
  if (!Array.isArray(groups)) return [];
  return groups.flatMap((item: TargetGroup | GroupSection) => {
    if (!isSection(item)) return [item];
    return item.ok ? [item.group] : [];
  });
}

/**
 * The member's whole counter summary as plain lines, one per current target of every readable group:
 * "<group> — <target>: <sentence>", or "<group>: <sentence>" when the target bears the group's name.
 */
export function memberCounterSummary(
  groups: readonly (TargetGroup | GroupSection)[] | SectionError,
  now: Date,
  locale?: string,
  timeZone?: string,
): string[] {
  return readableGroups(groups).flatMap((group) => {
    const name = groupName(group);
    return counterLines(group, now.getTime(), { locale, timeZone }).map((line) =>
      line.targetName === name
        ? `${name}: ${line.sentence}`
        : `${name} — ${line.targetName}: ${line.sentence}`,
    );
  });
}
