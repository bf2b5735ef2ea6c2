import { useMemberTargets } from '../api/get-member-targets';
import { useViewParams } from '../hooks/use-view-params';
import { memberName } from '../lib/member-summary';
import { MemberActions } from './member-actions';
import { MemberContent } from './member-content';
import { MemberErrorAlert } from './member-error-alert';
import { MemberHeading } from './member-heading';
import { MemberSkeleton } from './member-skeleton';
import { PrintStamp } from './print-stamp';
import { ViewOptions } from './view-options';

type Props = {
  /** A valid member id (the route checks it before this renders). */
  userId: string;
  /** The instant periods are placed against when none is flagged current; defaults to when the answer arrived. */
  now?: number;
};

/** How one member stands on every goal. */
export function MemberPage({ userId, now }: Props) {
  const [params, setParam] = useViewParams();
  const query = useMemberTargets({ userId, ...params });
  const customer = query.data?.data?.customer;
  const name = memberName(customer?.ok ? customer.customer : null, userId);
  // The groups draw themselves in slices (TargetGroupsSection), so the heading, profile and summary show
  // at once even for 60 groups × 24 cycles.
  const content = query.data;

  return (
    <div className="space-y-6">
      <title>{`${name} · Member Progress`}</title>
      {content ? <PrintStamp userId={userId} updatedAt={content.receivedAt} /> : null}
      <div className="flex flex-wrap items-end justify-between gap-x-8 gap-y-4">
        <MemberHeading name={name} userId={userId} />
        <div className="print:hidden">
          <ViewOptions params={params} onChange={setParam} updating={query.isFetching && !query.isPending} />
        </div>
      </div>
      {content ? (
        <MemberActions
          userId={userId}
          name={name}
          response={content}
          now={now ?? content.receivedAt}
          refreshing={query.isFetching}
          refreshError={query.isError ? query.error : null}
          onRefresh={() => void query.refetch({ cancelRefetch: false })}
        />
      ) : null}
      {/* A failed refresh keeps the data on screen and says so beside "Updated …" (MemberActions). */}
      {query.isError && !query.data ? (
        <MemberErrorAlert
          error={query.error}
          userId={userId}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : null}
      {query.isPending ? <MemberSkeleton /> : null}
      {content ? <MemberContent response={content} now={now ?? content.receivedAt} /> : null}
    </div>
  );
}
