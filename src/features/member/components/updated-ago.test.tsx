import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '../../../lib/api-client';
import { UpdatedAgo } from './updated-ago';

const START = Date.UTC(2026, 10, 25, 9, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

function renderAgo(props: Partial<Parameters<typeof UpdatedAgo>[0]> = {}) {
  const onRefresh = vi.fn();
  const view = render(
    <UpdatedAgo
      userId="900000001"
      updatedAt={START}
      refreshing={false}
      error={null}
      onRefresh={onRefresh}
      {...props}
    />,
  );
  return { ...view, onRefresh };
}

/** Moves the clock on a second at a time, letting React draw (and set its next timer) between steps. */
function advance(ms: number) {
  for (let left = ms; left > 0; left -= 1_000) act(() => vi.advanceTimersByTime(Math.min(1_000, left)));
}

describe('UpdatedAgo', () => {
  it('says how old the data is, and moves on as it ages', () => {
    renderAgo();
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated just now');
    advance(12_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 12 s ago');
    advance(1_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 13 s ago');
    advance(3 * 60_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 3 min ago');
    advance(2 * 3_600_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 2 h ago');
    expect(screen.getByRole('time')).toHaveAttribute('datetime', '2026-11-25T09:00:00.000Z');
  });

  it('wakes up only when the text changes: each second at first, each minute later, each hour after', () => {
    renderAgo();
    const nextWake = () => {
      const before = Date.now();
      act(() => vi.advanceTimersToNextTimer());
      return Date.now() - before;
    };
    advance(12_000);
    expect(nextWake()).toBe(1_000);
    advance(107_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 2 min ago');
    expect(nextWake()).toBe(60_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 3 min ago');
    advance(3_600_000 - 180_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 1 h ago');
    expect(nextWake()).toBe(3_600_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 2 h ago');
    expect(vi.getTimerCount()).toBe(1);
  });

  it('starts again at "just now" when newer data arrives', () => {
    const { rerender } = renderAgo();
    advance(90_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 1 min ago');
    rerender(
      <UpdatedAgo userId="1" updatedAt={Date.now()} refreshing={false} error={null} onRefresh={() => {}} />,
    );
    advance(1_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated just now');
    advance(5_000);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated 6 s ago');
  });

  it('refreshes on request, by click or keyboard', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    const { onRefresh } = renderAgo();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await user.keyboard('{Enter}');
    expect(onRefresh).toHaveBeenCalledTimes(2);
  });

  it('says a failed refresh beside the time, in words and as an alert', () => {
    const error = new ApiError({ status: 503, code: 'MP_UPSTREAM_UNAVAILABLE', messages: ['down'] });
    renderAgo({ error });
    expect(screen.getByRole('alert')).toHaveTextContent(/^Refresh failed: .+\.$/);
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated just now');
  });

  it('says nothing is wrong when nothing is, and marks a refresh under way', () => {
    renderAgo({ refreshing: true });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh' })).toHaveAttribute('aria-disabled', 'true');
  });
});
