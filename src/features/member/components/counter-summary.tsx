import { useId, useState } from 'react';

import type { CounterLine } from '../lib/counter-sentences';
import { CounterLineItem } from './counter-line';

export type SummaryGroup = { key: string; name: string; lines: CounterLine[] };

/** Enough to read at a glance; the rest one click away (the largest member has 60 groups). */
const FIRST_LINES = 6;

/**
 * Above the groups: one sentence per current target of the groups on screen, in their order, so the
 * counter reads the whole member before scrolling.
 */
export function CounterSummary({ groups }: { groups: SummaryGroup[] }) {
  const headingId = useId();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const lines = groups.flatMap((group) =>
    group.lines.map((line) => ({
      key: `${group.key}|${line.key}`,
      line,
      lead: line.targetName === group.name ? group.name : `${group.name} — ${line.targetName}`,
    })),
  );
  if (lines.length === 0) return null;
  const shown = expanded ? lines : lines.slice(0, FIRST_LINES);
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-border bg-surface p-4 shadow-xs sm:p-5"
    >
      <h3 id={headingId} className="font-semibold">
        Counter summary
      </h3>
      <ul id={listId} className="mt-2 space-y-1.5">
        {shown.map((item) => (
          <CounterLineItem key={item.key} line={item.line} lead={item.lead} />
        ))}
      </ul>
      {lines.length > FIRST_LINES ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((open) => !open)}
          className="mt-3 rounded-md text-sm font-medium text-accent-text underline-offset-2 hover:underline"
        >
          {expanded ? 'Show fewer' : `Show all ${lines.length} sentences`}
        </button>
      ) : null}
    </section>
  );
}
