import { memo, useId, useMemo } from 'react';
import { useInRouterContext } from 'react-router-dom';

import type { GroupSection, SectionError as ContractSectionError, TargetGroup } from '../../../../contract';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { useNow } from '../../../lib/clock';
import { useNextTask } from '../hooks/use-next-task';
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
 * Derives one group's view inside its error boundary, once per payload (and once more when its history
 * is drawn): 60 groups × 24 cycles must not be recomputed on every render of the page.
 */
const TargetGroupItem = memo(function TargetGroupItem({
  group,
  index,
  now,
  counter,
  history,
}: {
  group: TargetGroup;
  index: number;
  now: number;
  counter: CounterLine[];
  history: boolean;
}) {
  // Until its history is drawn, a card works out only its current periods in full (the rest as cores):
  // 1,440 periods' figures, labels and milestones are not worth delaying the last card for.
  const view = useMemo(
    () => groupView(group, index, now, {}, history ? 'all' : 'current'),
    [group, index, now, history],
  );
  const runs = useMemo(
    () => (view.streaks ? streakRuns(cycleOutcomes(view.tracks), isContinuous(group.trackingType)) : null),
    [view, group.trackingType],
  );
  return <TargetGroupCard group={view} counter={counter} runs={runs} history={history} />;
});

function GroupItem({ item, now, history }: { item: TriagedItem; now: number; history: boolean }) {
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
        history={history}
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
const GroupRow = memo(function GroupRow({
  item,
  now,
  history,
}: {
  item: TriagedItem;
  now: number;
  history: boolean;
}) {
  return (
    <div
      aria-hidden={item.visible ? undefined : true}
      inert={!item.visible}
      style={item.visible ? SHOWN : FILTERED_OUT}
    >
      <GroupItem item={item} now={now} history={history} />
    </div>
  );
});

/**
 * Groups are drawn in slices, in two passes: first every group's card with where the member stands now
 * (its current periods, counter sentences, streak runs and streaks), then each group's past and upcoming
 * periods and its streak timeline. Work is counted in bars (drawCosts). A member that fits the first
 * slice (48) is drawn whole with the first paint. Each later slice is timed and the next one sized so
 * that its render and commit take about 30 ms (96 is the first guess), so no task is long on a slow
 * machine and a fast one needs few of them: a tap or a key press never waits behind the whole list.
 * Nothing drawn is ever removed, not even by a Refresh.
 */
const DRAW_BUDGET: ProgressiveBudget = { first: 48, step: 96, sliceMs: 30 };

/**
 * The work of each item, in bars, in the order the items are drawn: every group's card (its heading,
 * facts, counter and current periods: a flat 4, plus its streaks), then every group's past and upcoming
 * periods (counted as all its periods: the contract lists one target entry per period). A streak timeline,
 * drawn with the periods, is not counted: a chip is a fraction of a bar, and slices are timed anyway.
 */
function drawCosts(sections: GroupSection[]): number[] {
  return [
    ...sections.map((s) => (s.ok ? 4 + s.group.streaks.length : 1)),
    ...sections.map((s) => (s.ok ? s.group.targets.length : 0)),
  ];
}

/**
 * The groups with their counter summary, sticky triage bar, sort and filter. Derived data is memoised
 * per payload (and clock tick): a filter change only re-orders and hides cards that are already drawn,
 * so it stays quick on 60 groups × 24 cycles.
 */
function TriagedGroups({
  sections,
  costs,
  now,
  triage: [params, setParams],
}: GroupsProps & { triage: TriageState }) {
  const clock = useNow();
  const items = useMemo(() => triageItems(sections, clock), [sections, clock]);
  const summary = useMemo(() => triageSummary(items), [items]);
  const tracking = useMemo(() => trackingOptions(items), [items]);
  const ordered = useMemo(() => applyTriage(items, params), [items, params]);
  // Slices follow the payload's order and only ever grow, so sorting or filtering never undraws a card:
  // item i of the payload has its card once `drawn` passes i, and its history once it passes n + i.
  const drawn = useProgressiveCount(costs, DRAW_BUDGET);
  const historyFrom = sections.length;
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
        item.index >= drawn ? null : (
          <GroupRow key={item.key} item={item} now={now} history={historyFrom + item.index < drawn} />
        ),
      )}
    </>
  );
}

/** The payload's sections, with their drawCosts (worked out once per payload by the section). */
type GroupsProps = { sections: GroupSection[]; costs: number[]; now: number };

function UrlTriagedGroups(props: GroupsProps) {
  return <TriagedGroups {...props} triage={useUrlTriageParams()} />;
}

function LocalTriagedGroups(props: GroupsProps) {
  return <TriagedGroups {...props} triage={useLocalTriageParams()} />;
}

type Props = { groups: GroupSection[] | ContractSectionError; now: number };

/**
 * Every target group of the member, each in its own error boundary. A member whose groups do not fit
 * the first slice gets them after the next paint: the name, profile and loyalty details come first.
 */
export function TargetGroupsSection({ groups, now }: Props) {
  const headingId = useId();
  const costs = useMemo(() => (Array.isArray(groups) ? drawCosts(groups) : []), [groups]);
  const ready = useNextTask(costs.reduce((a, b) => a + b, 0) > DRAW_BUDGET.first);
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
      ) : ready ? (
        <Groups sections={groups} costs={costs} now={now} />
      ) : null}
    </section>
  );
}
