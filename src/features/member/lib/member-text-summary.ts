import type { GroupSection, SectionError, TargetGroup } from '../../../../contract';
import { formatDateTime, type FormatOptions } from '../../../lib/format';
import { counterLines } from './counter-sentences';
import { groupView, type GroupView } from './group-view';
import type { PeriodView } from './period-view';

export type TextSummaryInput = {
  userId: string;
  name: string;
  groups: GroupSection[] | SectionError;
  /** The instant periods are placed against (as on the page). */
  nowMs: number;
  /** When the data arrived: the summary says how fresh it is. */
  asOfMs: number;
  /** The page's address, for the reader of a ticket to open it. */
  url?: string;
  options?: FormatOptions;
};

function outcomeNote(period: PeriodView, capping: boolean): string | null {
  if (capping) return period.capReached ? 'Cap reached' : null;
  return period.outcome === 'met' ? 'Target met' : null;
}

/** The counter sentence of each target's (first) current period, by target key (counter-sentences.ts). */
function sentencesByTarget(group: TargetGroup, nowMs: number, options: FormatOptions): Map<string, string> {
  return new Map(counterLines(group, nowMs, options).map((line) => [line.key, line.sentence]));
}

function groupLines(view: GroupView, sentences: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const target of view.targets) {
    for (const period of target.periods.filter((p) => p.state === 'current')) {
      const sentence = sentences.get(target.key) ?? outcomeNote(period, view.capping);
      sentences.delete(target.key);
      lines.push(`- ${period.label}: ${period.valueText}${sentence ? ` · ${sentence}` : ''}`);
    }
  }
  if (lines.length === 0) lines.push('- No current period');
  for (const streak of view.streaks?.items ?? []) {
    lines.push(`- Streak ${streak.name}: ${streak.count} (${streak.status})`);
  }
  return lines;
}

/**
 * A plain-text summary for a ticket or a chat: who, how fresh, then each group with one line per
 * current target: its bar's name and figures, then the counter sentence ("- Spend 8,000, Cycle_1
 * (1 May 2024 – 31 May 2024): 5,000 of 8,000 (62.5%) · 3,000 more to the target · 16 days left in Cycle_1").
 * The same words and figures as the page, so the reader and the dashboard never disagree.
 */
export function memberTextSummary(input: TextSummaryInput): string {
  const { userId, name, groups, nowMs, asOfMs, url, options = {} } = input;
  const asOf = formatDateTime({ raw: '', epochMs: asOfMs, dateOnly: false }, options);
  const lines = [`${name} · Member ID ${userId}`, `Target progress as of ${asOf}`];
  if (!Array.isArray(groups)) {
    lines.push('', 'The target groups could not be read.');
  } else if (groups.length === 0) {
    lines.push('', 'No target groups: this member is not enrolled in any goal.');
  } else {
    for (const section of groups) {
      if (!section.ok) {
        const label = section.name ?? (section.id ? `Target group ${section.id}` : 'A target group');
        lines.push('', `${label}: could not be read`);
        continue;
      }
      const view = groupView(section.group, section.index, nowMs, options);
      const sentences = sentencesByTarget(section.group, nowMs, options);
      lines.push('', `${view.name} (${view.tracking})`, ...groupLines(view, sentences));
    }
  }
  if (url) lines.push('', url);
  return lines.join('\n');
}
