import { useId } from 'react';

import { actionButton } from './action-button';

/** Selects the whole summary once, when it appears, so one Ctrl+C copies it. */
function selectAll(textarea: HTMLTextAreaElement | null) {
  textarea?.focus();
  textarea?.select();
}

/**
 * When the browser refuses the clipboard (permissions, an insecure context), the summary is shown in a
 * text box, selected, with what to press: copying never fails silently.
 */
export function CopyFallback({ text, onClose }: { text: string; onClose: () => void }) {
  const id = useId();
  return (
    <div className="space-y-2 rounded-lg border border-border bg-surface p-3 print:hidden">
      <label htmlFor={id} className="block text-sm font-semibold">
        Summary to copy
      </label>
      <p id={`${id}-hint`} className="text-sm text-fg-muted">
        The browser did not let the dashboard copy. The summary below is selected: press Ctrl+C (⌘C on a Mac)
        to copy it, or select it by hand.
      </p>
      <textarea
        id={id}
        ref={selectAll}
        readOnly
        value={text}
        rows={Math.min(14, text.split('\n').length + 1)}
        aria-describedby={`${id}-hint`}
        className="block w-full resize-y rounded-md border border-border-strong bg-bg p-2 font-mono text-xs text-fg"
      />
      <button type="button" onClick={onClose} className={actionButton}>
        Close
      </button>
    </div>
  );
}
