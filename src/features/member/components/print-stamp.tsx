import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

import { formatDateTime } from '../../../lib/format';

/** Printed at the top of the paper only: where it came from, whose it is and when it was printed. */
export function PrintStamp({ userId, updatedAt }: { userId: string; updatedAt: number }) {
  const [printedAt, setPrintedAt] = useState(() => Date.now());
  useEffect(() => {
    // The moment of printing, written before the browser lays out the paper (Ctrl+P or the Print button).
    const onBeforePrint = () => flushSync(() => setPrintedAt(Date.now()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  const at = (epochMs: number) => formatDateTime({ raw: '', epochMs, dateOnly: false });
  return (
    <div data-print-stamp="" className="hidden border-b border-border pb-2 text-xs print:block">
      <p className="break-all">{window.location.href}</p>
      <p>
        {`Member ID ${userId} · data as of ${at(updatedAt)} · printed ${at(printedAt)} from Member Progress`}
      </p>
    </div>
  );
}
