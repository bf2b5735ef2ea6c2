import { memo, useId, useMemo } from 'react';

import type { GroupSection, SectionError as ContractSectionError, TargetGroup } from '../../../../contract';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { groupView } from '../lib/group-view';
import { SectionError } from './section-error';
import { TargetGroupCard } from './target-group-card';

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
}: {
  group: TargetGroup;
  index: number;
  now: number;
}) {
  const view = useMemo(() => groupView(group, index, now), [group, index, now]);
  return <TargetGroupCard group={view} />;
});

type Props = { groups: GroupSection[] | ContractSectionError; now: number };

/** Every target group of the member, each in its own error boundary. */
export function TargetGroupsSection({ groups, now }: Props) {
  const headingId = useId();
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
        groups.map((section) =>
          section.ok ? (
            <ErrorBoundary
              key={`${section.group.id ?? 'group'}:${section.index}`}
              fallback={(error) => (
                <SectionError
                  title={UNREADABLE}
                  subject={subjectOf(section.group.id, section.group.name)}
                  detail={error.message}
                />
              )}
            >
              <TargetGroupItem group={section.group} index={section.index} now={now} />
            </ErrorBoundary>
          ) : (
            <SectionError
              key={`failed:${section.index}`}
              title={UNREADABLE}
              subject={subjectOf(section.id, section.name)}
              detail={section.message}
            />
          ),
        )
      )}
    </section>
  );
}
