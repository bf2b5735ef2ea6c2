import { memo, useId } from 'react';

import { Card } from '../../../components/ui/card';
import type { CounterLine } from '../lib/counter-sentences';
import type { GroupView } from '../lib/group-view';
import type { StreakRuns } from '../lib/streak-runs';
import { GroupCounter } from './group-counter';
import { PeriodHistory } from './period-history';
import { StreakList } from './streak-list';
import { StreakTimeline } from './streak-timeline';
import { StreakRunsSummary } from './streak-runs';
import { TargetBlock } from './target-block';

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-fg-muted">{term}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

/** Memoised apart from the counter: a tick of the clock redraws the sentences, not 24 bars per target. */
const GroupTargets = memo(function GroupTargets({ group, history }: { group: GroupView; history: boolean }) {
  return group.targets.length > 0 ? (
    group.targets.map((target) => (
      <div key={target.key} className="min-w-0">
        <TargetBlock target={target} capping={group.capping} history={history} />
        <PeriodHistory target={target} capping={group.capping} complete={group.complete} />
      </div>
    ))
  ) : (
    <p className="text-sm text-fg-muted">No targets in this group.</p>
  );
});

type Props = {
  group: GroupView;
  /** One counter sentence per target with a current period. */
  counter?: CounterLine[];
  /** Current and best run, for groups that carry streaks. */
  runs?: StreakRuns | null;
  /**
   * False while a long member is still being drawn: the card shows where the member stands now (its
   * current periods, counter, streak runs and streaks), and its past and upcoming periods and its streak
   * timeline (one chip per period) are added, never removed, in a later slice. True by default.
   */
  history?: boolean;
};

/**
 * One target group: how it is tracked and evaluated, each target with all its periods, and a streak
 * timeline when the group carries streaks. Memoised: the view is derived once per payload, so a
 * refetch status change does not redraw 60 × 24 bars.
 */
export const TargetGroupCard = memo(function TargetGroupCard({
  group,
  counter = [],
  runs = null,
  history = true,
}: Props) {
  const headingId = useId();
  const streaksId = useId();
  return (
    <Card as="article" aria-labelledby={headingId} className="p-4 sm:p-5">
      <h3 id={headingId} className="text-lg font-semibold break-words">
        {group.name}
      </h3>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 md:grid-cols-4">
        <Fact term="Tracking">{group.tracking}</Fact>
        <Fact term="Evaluation">{group.evaluation}</Fact>
        <Fact term="Preferred till">{group.till}</Fact>
        <Fact term="Created by">{group.createdBy}</Fact>
      </dl>
      {group.capping ? (
        <p className="mt-3 text-sm text-fg-muted">
          A cap limits what this member can be issued in a period; it is not a goal to reach.
        </p>
      ) : null}
      <GroupCounter groupName={group.name} lines={counter} />
      <div className="mt-4 space-y-5">
        <GroupTargets group={group} history={history} />
      </div>
      {group.streaks ? (
        <section aria-labelledby={streaksId} className="mt-5 space-y-3 border-t border-border pt-4">
          <h4 id={streaksId} className="font-semibold">
            Streaks
          </h4>
          {runs ? <StreakRunsSummary groupName={group.name} runs={runs} /> : null}
          {history ? <StreakTimeline groupName={group.name} entries={group.streaks.timeline} /> : null}
          <StreakList groupName={group.name} streaks={group.streaks.items} />
        </section>
      ) : null}
    </Card>
  );
});
