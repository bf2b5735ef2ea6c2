import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { parseMemberTargetsResponse, PROXY_ERROR_CODES } from '../../../../contract';
import { fakeNetwork } from '../../../testing/fake-network';
import { renderWithProviders } from '../../../testing/render';
import type { MemberTargetsResult } from '../api/get-member-targets';
import { CSV_COLUMNS, parseCsv } from '../lib/member-csv';
import { rawMemberResponse, rawMonthlyPeriods, rawTargetGroup } from '../testing/builders';
import { MemberActions } from './member-actions';
import { MemberPage } from './member-page';

const NOW = Date.UTC(2023, 6, 15);

function response(targetGroups?: unknown[]): MemberTargetsResult {
  return { ...parseMemberTargetsResponse(rawMemberResponse({ targetGroups })), receivedAt: NOW };
}

function renderActions(result = response()) {
  const onRefresh = vi.fn();
  render(
    <MemberActions
      userId="64035151"
      name="Tom Sawyer"
      response={result}
      now={NOW}
      refreshing={false}
      refreshError={null}
      onRefresh={onRefresh}
    />,
  );
  return { onRefresh };
}

describe('MemberActions', () => {
  it('offers Refresh, Copy summary, Download CSV and Print, in that order', () => {
    renderActions();
    const group = screen.getByRole('group', { name: 'Member actions' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Refresh', 'Copy summary', 'Download CSV', 'Print']);
    expect(group).toHaveTextContent('Updated');
  });

  it('copies the text summary and says "Copied"', async () => {
    const user = userEvent.setup();
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
    const text = await navigator.clipboard.readText();
    expect(text.split('\n')[0]).toBe('Tom Sawyer · Member ID 64035151');
    expect(text).toContain('- Spend 8,000, Cycle_1');
    expect(text).toContain('5,000 of 8,000 (62.5%)');
    expect(text.trimEnd().endsWith(window.location.href)).toBe(true);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('when the clipboard is refused, shows the summary selected in a text box, with what to press', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(screen.getByRole('status')).toHaveTextContent('The browser did not allow copying');
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Summary to copy' });
    expect(box).toHaveFocus();
    expect(box.value.startsWith('Tom Sawyer · Member ID 64035151\n')).toBe(true);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    expect(box).toHaveAccessibleDescription(/press Ctrl\+C/);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('falls back the same way where there is no clipboard at all (insecure context)', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(screen.getByRole('textbox', { name: 'Summary to copy' })).toBeInTheDocument();
  });

  it('downloads member-<id>-progress.csv with a row per period', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:member-csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    const capture = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement) {
        clicked.push(event.target);
        event.preventDefault(); // jsdom cannot navigate; the browser would save the file.
      }
    };
    document.addEventListener('click', capture);
    renderActions(response([rawTargetGroup({ targets: rawMonthlyPeriods(5, 2) })]));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    document.removeEventListener('click', capture);

    expect(clicked.map((a) => [a.download, a.href])).toEqual([
      ['member-64035151-progress.csv', 'blob:member-csv'],
    ]);
    expect(clicked[0]?.isConnected).toBe(false);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
    expect(screen.getByRole('status')).toHaveTextContent('Downloading member-64035151-progress.csv.');
  });

  it('prints with the browser’s print dialog', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('asks for a refresh', async () => {
    const user = userEvent.setup();
    const { onRefresh } = renderActions();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });
});

describe('Refresh on the member page', () => {
  const PATH = '/api/v3/users/64035151/targetGroups';

  it('fetches again; a failure is said beside the time and the member stays on screen', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const network = fakeNetwork().on(PATH, () =>
      ++calls === 2
        ? {
            status: 502,
            body: {
              data: null,
              errors: [{ code: PROXY_ERROR_CODES.upstreamFailed, message: 'Capillary answered 500' }],
            },
          }
        : { body: rawMemberResponse() },
    );
    renderWithProviders(<MemberPage userId="64035151" now={NOW} />, {
      network,
      url: '/members/64035151',
      path: '/members/:userId',
    });
    await screen.findByRole('button', { name: 'Copy summary' });

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const failure = await within(screen.getByRole('group', { name: 'Member actions' })).findByRole('alert');
    expect(failure).toHaveTextContent('Refresh failed: Capillary is unavailable');
    expect(calls).toBe(2);
    expect(screen.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(screen.getAllByRole('alert')).toEqual([failure]);

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await within(screen.getByRole('group', { name: 'Member actions' })).findByText('just now');
    await screen.findByRole('button', { name: 'Refresh' });
    expect(calls).toBe(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
