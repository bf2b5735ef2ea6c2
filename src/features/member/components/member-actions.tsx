import { useState } from 'react';

import type { MemberTargetsResult } from '../api/get-member-targets';
import { memberCsv, memberCsvFileName } from '../lib/member-csv';
import { memberTextSummary } from '../lib/member-text-summary';
import { actionButton } from './action-button';
import { CopyFallback } from './copy-fallback';
import { UpdatedAgo } from './updated-ago';

type Props = {
  userId: string;
  name: string;
  /** The view on screen: what is copied, exported and printed. */
  response: MemberTargetsResult;
  /** The instant its periods are placed against (as the page does). */
  now: number;
  refreshing: boolean;
  refreshError: unknown;
  onRefresh: () => void;
};

/** Hands a file to the browser's downloads: a Blob behind a link with `download`, clicked once. */
function saveFile(fileName: string, content: string, type: string) {
  // The byte order mark makes Excel read the file as UTF-8 (names such as "田中 愛子" or "Øvergaard").
  const url = URL.createObjectURL(new Blob(['\uFEFF', content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the Blob after the click returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Take it along: how fresh the data is (with Refresh), a text summary for a ticket or a chat, the CSV
 * of every period on screen and a print. Every outcome is said in the status line, never silently.
 */
export function MemberActions({ userId, name, response, now, refreshing, refreshError, onRefresh }: Props) {
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const groups = response.data?.groups ?? [];

  async function copySummary() {
    const text = memberTextSummary({
      userId,
      name,
      groups,
      nowMs: now,
      asOfMs: response.receivedAt,
      url: window.location.href,
    });
    setManualCopy(null);
    try {
      // Absent outside secure contexts; rejected when the permission is refused.
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard here');
      await navigator.clipboard.writeText(text);
      setStatus('Copied to the clipboard.');
    } catch {
      setStatus('The browser did not allow copying: the summary is shown below to copy by hand.');
      setManualCopy(text);
    }
  }

  function downloadCsv() {
    const fileName = memberCsvFileName(userId);
    const csv = memberCsv(userId, groups, now);
    saveFile(fileName, csv, 'text/csv;charset=utf-8');
    setStatus(`Downloading ${fileName}.`);
  }

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div
        role="group"
        aria-label="Member actions"
        className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3"
      >
        <UpdatedAgo
          userId={userId}
          updatedAt={response.receivedAt}
          refreshing={refreshing}
          error={refreshError}
          onRefresh={onRefresh}
        />
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={actionButton} onClick={() => void copySummary()}>
            Copy summary
          </button>
          <button type="button" className={actionButton} onClick={downloadCsv}>
            Download CSV
          </button>
          <button type="button" className={actionButton} onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      {/* Always in the page, so what it says is announced; out of the flow while it is empty. */}
      <p role="status" className="text-sm text-fg-muted empty:sr-only sm:text-right">
        {status}
      </p>
      {manualCopy !== null ? <CopyFallback text={manualCopy} onClose={() => setManualCopy(null)} /> : null}
    </div>
  );
}
