import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { inNextTask, nextCount, useProgressiveCount, type ProgressiveBudget } from './use-progressive-count';

describe('nextCount', () => {
  it('takes items while they fit the budget, and always at least one', () => {
    expect(nextCount([10, 10, 10], 0, 25)).toBe(2);
    expect(nextCount([100, 1], 0, 25)).toBe(1);
    expect(nextCount([5, 5], 2, 25)).toBe(2);
  });

  it('makes progress on every call and never passes the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(500)),
        fc.nat(600),
        fc.integer({ min: 1, max: 200 }),
        (costs, start, budget) => {
          const taken = Math.min(start, costs.length);
          const next = nextCount(costs, taken, budget);
          expect(next).toBeLessThanOrEqual(costs.length);
          if (taken < costs.length) expect(next).toBeGreaterThan(taken);
          const spent = costs.slice(taken, next).reduce((a, b) => a + b, 0);
          if (next - taken > 1) expect(spent).toBeLessThanOrEqual(budget);
        },
      ),
    );
  });
});

function List({ costs, budget, now }: { costs: number[]; budget: ProgressiveBudget; now?: () => number }) {
  const count = useProgressiveCount(costs, budget, now);
  return (
    <ul>
      {costs.slice(0, count).map((_, i) => (
        <li key={i}>{`item ${i}`}</li>
      ))}
    </ul>
  );
}

/** Runs the slices one task at a time, as the browser would, until no slice is left. */
async function drain() {
  for (let i = 0; i < 100 && vi.getTimerCount() > 0; i++) {
    await act(() => vi.advanceTimersToNextTimerAsync());
  }
}

describe('useProgressiveCount', () => {
  // Every slice is a timer task: each test steps through them.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws the first slice at once and the rest task by task, until every item is in the document', async () => {
    const costs = Array.from({ length: 10 }, () => 10);
    render(<List costs={costs} budget={{ first: 20, step: 30 }} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    await drain();
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
  });

  it('keeps what is drawn when new data of the same shape arrives, and draws the rest in slices', async () => {
    const { rerender } = render(<List costs={[10, 10, 10]} budget={{ first: 10, step: 10 }} />);
    await drain();
    const drawn = screen.getAllByRole('listitem');
    expect(drawn).toHaveLength(3);
    rerender(<List costs={[10, 10, 10, 10, 10]} budget={{ first: 10, step: 10 }} />);
    expect(screen.getAllByRole('listitem')).toEqual(drawn);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    await drain();
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    // Shorter data draws what it has, at once.
    rerender(<List costs={[10, 10]} budget={{ first: 10, step: 10 }} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('draws again in slices from the first item whose work changed', async () => {
    const { rerender } = render(<List costs={[10, 10, 10, 10]} budget={{ first: 10, step: 10 }} />);
    await drain();
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    rerender(<List costs={[10, 10, 30, 30]} budget={{ first: 10, step: 10 }} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    await drain();
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });

  it('with a time budget, sizes each slice from how long the one before took', async () => {
    // A clock that says every slice took 2 ms per item drawn: a 20 ms budget then fits 10 items.
    let drawn = 0;
    let clock = 0;
    const now = () => {
      const items = document.querySelectorAll('li').length;
      clock += (items - drawn) * 2;
      drawn = items;
      return clock;
    };
    const costs = Array.from({ length: 40 }, () => 1);
    render(<List costs={costs} budget={{ first: 2, step: 4, sliceMs: 20 }} now={now} />);
    drawn = 2;
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(screen.getAllByRole('listitem')).toHaveLength(6); // the first guess: step
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(screen.getAllByRole('listitem')).toHaveLength(16); // 20 ms at 2 ms per item
    await drain();
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
  });

  it.each([
    ['a very slow', 1_000_000, 1],
    ['a very fast', 0.001, 16],
  ])(
    'keeps each slice between a quarter of the step and 4 steps, on %s machine',
    async (_, msPerCall, second) => {
      let clock = 0;
      const now = () => (clock += msPerCall);
      const costs = Array.from({ length: 80 }, () => 1);
      render(<List costs={costs} budget={{ first: 1, step: 4, sliceMs: 20 }} now={now} />);
      await act(() => vi.advanceTimersToNextTimerAsync());
      expect(screen.getAllByRole('listitem')).toHaveLength(1 + 4);
      await act(() => vi.advanceTimersToNextTimerAsync());
      expect(screen.getAllByRole('listitem')).toHaveLength(1 + 4 + second);
      await drain();
      expect(screen.getAllByRole('listitem')).toHaveLength(80);
    },
  );
});

describe('inNextTask', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("uses the browser's task scheduler where there is one, and its cancel aborts the task", async () => {
    const posted: { task: () => void; signal: AbortSignal }[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (task: () => void, { signal }: { signal: AbortSignal }) => {
        posted.push({ task, signal });
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      },
    });
    const ran = vi.fn();
    const cancel = inNextTask(ran);
    expect(posted).toHaveLength(1);
    expect(ran).not.toHaveBeenCalled();
    cancel();
    expect(posted[0]?.signal.aborted).toBe(true);
    // The rejection of an aborted task is expected, not an unhandled error.
    await Promise.resolve();
  });

  it('falls back to a timer elsewhere, which its cancel clears', () => {
    vi.useFakeTimers();
    try {
      const ran = vi.fn();
      inNextTask(ran);
      const cancelled = vi.fn();
      inNextTask(cancelled)();
      vi.runAllTimers();
      expect(ran).toHaveBeenCalledTimes(1);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
