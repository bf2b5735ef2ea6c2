import { useEffect, useState } from 'react';

/**
 * How many items to put on the page after `taken` of them, spending at most `budget` units of work
 * (always at least one item, so a single huge group still gets drawn).
 */
export function nextCount(costs: readonly number[], taken: number, budget: number): number {
  let count = taken;
  let spent = 0;
  while (count < costs.length) {
    const cost = costs[count] ?? 0;
    if (count > taken && spent + cost > budget) break;
    spent += cost;
    count += 1;
  }
  return count;
}

export type ProgressiveBudget = {
  /** Work drawn with the first paint: what fills the first screen. */
  first: number;
  /** Work added per later task: small enough that a tap or a key press is never kept waiting long. */
  step: number;
};

/**
 * Draws a long list in slices, one macrotask per slice, each committed to the DOM as it is done: the
 * first screen at once, the rest within a few frames. Every slice is a plain update that React renders
 * to the end, so, unlike an interruptible (deferred) render, nothing can keep restarting it and the list
 * always completes. Nothing is ever removed: items only ever get added, until all are in the document.
 *
 * `costs` is the work per item (e.g. the periods a group draws). A new `costs` array (new data) starts
 * over from the first slice.
 */
export function useProgressiveCount(costs: readonly number[], budget: ProgressiveBudget): number {
  const [state, setState] = useState(() => ({ costs, count: nextCount(costs, 0, budget.first) }));
  let current = state;
  if (state.costs !== costs) {
    current = { costs, count: nextCount(costs, 0, budget.first) };
    setState(current);
  }
  const { count } = current;
  const done = count >= costs.length;

  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => {
      setState((prev) =>
        prev.costs === costs ? { costs, count: nextCount(costs, prev.count, budget.step) } : prev,
      );
    }, 0);
    return () => clearTimeout(timer);
  }, [costs, count, done, budget.step]);

  return count;
}
