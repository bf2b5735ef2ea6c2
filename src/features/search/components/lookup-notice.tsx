import type { IdentifierKind } from '../lib/classify-query';
import { describeLookupError } from '../lib/describe-lookup-error';

/** Why a lookup found no one (or failed), naming what was searched, then the server's own words. */
export function LookupNotice({ error, kind }: { error: unknown; kind: IdentifierKind }) {
  const { title, messages } = describeLookupError(error, kind);
  return (
    <div role="alert" className="rounded-md border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
      <p className="font-medium text-danger-text">{title}</p>
      {messages.length > 0 ? (
        <p className="mt-1 break-words text-fg-muted">{`The server said: ${messages.join(' ')}`}</p>
      ) : null}
    </div>
  );
}
