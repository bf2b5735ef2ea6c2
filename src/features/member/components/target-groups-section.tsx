import { memo, useId, useMemo } from 'react';
import { useInRouterContext } from 'react-router-dom';

import type { GroupSection, SectionError as ContractSectionError, TargetGroup } from '../../../../contract';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { useNow } from '../../../lib/clock';
import { useProgressiveCount, type ProgressiveBudget } from '../hooks/use-progressive-count';
import { useLocalTriageParams, useUrlTriageParams, type TriageState } from '../hooks/use-triage-params';
import type { CounterLine } from '../lib/counter-sentences';
import { groupName, groupView } from '../lib/group-view';
import { cycleOutcomes, isContinuous, streakRuns } from '../lib/streak-runs';
import { applyTriage, trackingOptions, triageItems, triageSummary, type TriagedItem } from '../lib/triage';
import { DEFAULT_TRIAGE } from '../lib/triage-params';
import { CounterSummary } from './counter-summary';
import { SectionError } from './section-error';
import { TargetGroupCard } from './target-group-card';
import { TriageBar } from './triage-bar';

const UNREADABLE = 'This target group could not be read';

function subjectOf(id: string | null, name: string | null): string {
  return [id ? `Group ${id}` : null, name].filter(Boolean).join(' · ') || 'A target group without id or name';
}

/**
 * Derives one group's view inside its error boundary, once per payload: 60 groups × 24 cycles must
 * not be recomputed on every render of the page.
 */
const TargetGroupItem = memo(function TargetGroupItem({
  group,
  index,
  now,
  counter,
}: {
  group: TargetGroup;
  index: number;
  now: number;
  counter: CounterLine[];
}) {
  const view = useMemo(() => groupView(group, index, now), [group, index, now]);
  const runs = useMemo(
    () => (view.streaks ? streakRuns(cycleOutcomes(view.targets), isContinuous(group.trackingType)) : null),
    [view, group.trackingType],
  );
  return <TargetGroupCard group={view} counter={counter} runs={runs} />;
});

function GroupItem({ item, now }: { item: TriagedItem; now: number }) {
  const { section } = item;
  if (!section.ok) {
    return (
      <SectionError
        title={UNREADABLE}
        subject={subjectOf(section.id, section.name)}
        detail={section.message}
      />
    );
  }
  return (
    <ErrorBoundary
      fallback={(error) => (
        <SectionError
          title={UNREADABLE}
          subject={subjectOf(section.group.id, section.group.name)}
          detail={error.message}
        />
      )}
    >
      <TargetGroupItem
        group={section.group}
        index={section.index}
        now={now}
        counter={item.triage?.lines ?? NO_LINES}
      />
    </ErrorBoundary>
  );
}

const NO_LINES: CounterLine[] = [];

const FILTERED_OUT = { contentVisibility: 'hidden', height: 0, margin: 0 } as const;
/**
 * A card off screen is in the DOM and the accessibility tree (find-in-page and screen readers reach every
 * bar), but the browser skips its style, layout and paint until it nears the viewport; its height is
 * estimated, then remembered (`auto`). Without this, each slice re-laid out every card drawn before it.
 */
const SHOWN = { contentVisibility: 'auto', containIntrinsicSize: 'auto 720px' } as const;

/**
 * Filtered out, not unmounted: `content-visibility: hidden` keeps the card's layout, so showing it again
 * costs no re-derivation and no re-layout of its bars (display: none would throw both away). aria-hidden
 * and inert take it out of the accessibility tree and the tab order.
 */
const GroupRow = memo(function GroupRow({ item, now }: { item: TriagedItem; now: number }) {
  return (
    <div
      aria-hidden={item.visible ? undefined : true}
      inert={!item.visible}
      style={item.visible ? SHOWN : FILTERED_OUT}
    >
      <GroupItem item={item} now={now} />
    </div>
  );
});

/**
 * Groups are drawn in slices measured in periods (a bar each): about two screens with the first paint,
 * then about 96 bars per task, so the largest member (60 groups × 24 cycles) is complete within a few
 * frames while a tap or a key press never waits behind the whole list.
 */
const DRAW_BUDGET: ProgressiveBudget = { first: 24, step: 96 };

function drawCost(section: GroupSection): number {
  return section.ok ? 1 + section.group.targets.length + section.group.streaks.length : 1;
}

/**
 * The groups with their counter summary, sticky triage bar, sort and filter. Derived data is memoised
 * per payload (and clock tick): a filter change only re-orders and hides cards that are already drawn,
 * so it stays quick on 60 groups × 24 cycles.
 */
function TriagedGroups({
  sections,
  now,
  triage: [params, setParams],
}: {
  sections: GroupSection[];
  now: number;
  triage: TriageState;
}) {
  const clock = useNow();
  const items = useMemo(() => triageItems(sections, clock), [sections, clock]);
  const summary = useMemo(() => triageSummary(items), [items]);
  const tracking = useMemo(() => trackingOptions(items), [items]);
  const ordered = useMemo(() => applyTriage(items, params), [items, params]);
  // Slices follow the payload's order and only ever grow, so sorting or filtering never undraws a card.
  const costs = useMemo(() => sections.map(drawCost), [sections]);
  const drawnCount = useProgressiveCount(costs, DRAW_BUDGET);
  // Memoised, like every row below: a slice that draws more cards re-renders nothing already drawn.
  const visible = useMemo(() => ordered.filter((item) => item.visible), [ordered]);
  const summaryGroups = useMemo(
    () =>
      visible.flatMap((item) =>
        item.triage && item.section.ok
          ? [{ key: item.key, name: groupName(item.section.group), lines: item.triage.lines }]
          : [],
      ),
    [visible],
  );
  return (
    <>
      <TriageBar
        summary={summary}
        shown={visible.length}
        params={params}
        onChange={setParams}
        trackingOptions={tracking}
      />
      <CounterSummary groups={summaryGroups} />
      {visible.length === 0 ? (
        <div className="rounded-xl border border-dashed border-border-strong bg-surface p-6 text-center">
          <p className="text-fg-muted">No group matches these filters.</p>
          <button
            type="button"
            onClick={() => setParams(DEFAULT_TRIAGE)}
            className="mt-2 rounded-md text-sm font-medium text-accent-text underline underline-offset-2"
          >
            Show all groups
          </button>
        </div>
      ) : null}
      {ordered.map((item) =>
        item.index >= drawnCount ? null : <GroupRow key={item.key} item={item} now={now} />,
      )}
    </>
  );
}

function UrlTriagedGroups(props: { sections: GroupSection[]; now: number }) {
  return <TriagedGroups {...props} triage={useUrlTriageParams()} />;
}

function LocalTriagedGroups(props: { sections: GroupSection[]; now: number }) {
  return <TriagedGroups {...props} triage={useLocalTriageParams()} />;
}

type Props = { groups: GroupSection[] | ContractSectionError; now: number };

/** Every target group of the member, each in its own error boundary. */
export function TargetGroupsSection({ groups, now }: Props) {
  const headingId = useId();
  // Sort and filter live in the URL on the member page; a section drawn outside a router keeps them in state.
  const Groups = useInRouterContext() ? UrlTriagedGroups : LocalTriagedGroups;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-xl font-semibold">
        Target groups
      </h2>
      {!Array.isArray(groups) ? (
        <SectionError title="The target groups could not be read" detail={groups.message} />
      ) : groups.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border-strong bg-surface p-6 text-center text-fg-muted">
          No target groups: this member is not enrolled in any goal.
        </p>
      ) : (
        <Groups sections={groups} now={now} />
      )}
    </section>
  );
}
