import { Notice } from '../../../components/ui/notice';
import { describeWaitRefusal } from '../../../lib/api-client-refusals';
import { describeMemberError } from '../lib/describe-error';

type Props = { error: unknown; userId: string; onRetry: () => void; retrying: boolean };

/** Why the member could not be shown, in our words and the upstream's own, with "Try again" when it can help. */
export function MemberErrorAlert({ error, userId, onRetry, retrying }: Props) {
  const description = describeMemberError(error, userId);
  // Rate limits, an open breaker, a busy proxy: say when to come back (Retry-After), not just "later".
  const wait = describeWaitRefusal(error);
  return (
    <Notice role="alert" tone="danger" title={description.title}>
      <p>{wait ? wait.reason : description.reason}</p>
      {description.messages.length > 0 ? (
        <div>
          <p className="text-xs text-fg-muted">The server said:</p>
          <ul className="list-disc pl-5">
            {description.messages.map((message, index) => (
              <li key={index} className="break-words">
                {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {description.detail ? (
        <details>
          <summary className="cursor-pointer text-fg-muted">Technical detail</summary>
          <pre className="mt-1 font-mono text-xs break-words whitespace-pre-wrap">{description.detail}</pre>
        </details>
      ) : null}
      {description.canRetry ? (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-fg hover:bg-accent-hover disabled:opacity-60"
        >
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      ) : null}
    </Notice>
  );
}
