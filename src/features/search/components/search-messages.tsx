import type { IdentifierKind } from '../lib/classify-query';
import { lookingUpText } from '../lib/search-labels';
import { LookupNotice } from './lookup-notice';

type Props = {
  /** The identifier being looked up right now, if any. */
  pendingKind: IdentifierKind | null;
  failure: { error: unknown; kind: IdentifierKind } | null;
  /** Why nothing fits the text (after Enter). */
  problem: string | null;
  problemId: string;
  /** Enter was pressed on text that fits several searches. */
  choosing: boolean;
};

/** What the search says above its options: a lookup running or failed, a prompt, a problem. */
export function SearchMessages({ pendingKind, failure, problem, problemId, choosing }: Props) {
  return (
    <>
      {pendingKind ? (
        <p role="status" className="px-3 py-2 text-sm text-fg-muted">
          {lookingUpText(pendingKind)}
        </p>
      ) : null}
      {failure ? <LookupNotice error={failure.error} kind={failure.kind} /> : null}
      {problem ? (
        <p id={problemId} role="alert" className="px-3 py-2 text-sm text-danger-text">
          {problem}
        </p>
      ) : null}
      {choosing && !pendingKind && !failure ? (
        <p role="status" className="px-3 pt-1 text-xs font-medium text-fg-muted">
          Several searches fit: choose one
        </p>
      ) : null}
    </>
  );
}
