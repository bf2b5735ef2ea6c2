import type { MemberTargetsResponse } from '../../../../contract';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { NowProvider } from '../../../lib/clock';
import { LoyaltySection } from './loyalty-section';
import { ProfileSection } from './profile-section';
import { SectionError } from './section-error';
import { TargetGroupsSection } from './target-groups-section';
import { WarningsNotice } from './warnings-notice';

function sectionFallback(title: string) {
  return function SectionFallback(error: Error) {
    return <SectionError as="section" headingLevel={2} title={title} detail={error.message} />;
  };
}

/** Warnings, then profile and loyalty side by side, then every target group; each part fails alone. */
export function MemberContent({ response, now }: { response: MemberTargetsResponse; now: number }) {
  const data = response.data;
  // The clock the counter reads (days left, pace): real time unless a test or an outer provider fixes it.
  return (
    <NowProvider>
      <div className="space-y-6">
        <WarningsNotice warnings={response.warnings} />
        {data ? (
          <>
            <div className="grid items-start gap-4 lg:grid-cols-2">
              <ErrorBoundary fallback={sectionFallback('The profile could not be shown')}>
                <ProfileSection customer={data.customer} />
              </ErrorBoundary>
              <ErrorBoundary fallback={sectionFallback('The loyalty details could not be shown')}>
                <LoyaltySection customer={data.customer} />
              </ErrorBoundary>
            </div>
            <ErrorBoundary fallback={sectionFallback('The target groups could not be shown')}>
              <TargetGroupsSection groups={data.groups} now={now} />
            </ErrorBoundary>
          </>
        ) : null}
      </div>
    </NowProvider>
  );
}
