import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

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
  /**
   * When set, each later slice is sized so that its render and commit take about this long (ms): the
   * slice before it is timed and the next one gets as much work as fits at that pace, from a quarter of
   * `step` to 4 × `step` (style, layout and paint come on top, so leave room below 50 ms). A fast machine
   * then draws in fewer slices and a slow one keeps every task short. `step` is the first guess. Unset:
   * every slice is `step`.
   */
  sliceMs?: number;
};

const performanceNow = () => performance.now();

type PostTask = (task: () => void, options: { signal: AbortSignal }) => Promise<unknown>;

/**
 * Runs `task` in a macrotask of its own; returns what cancels it. Where the browser has the Prioritized
 * Task Scheduling API (`scheduler.postTask`: Chromium), it is used: each slice is set from the one before
 * it, and a chain of setTimeout(0) calls set from one another is held at least 4 ms apart from the fifth
 * on (the HTML timer nesting rule), idle time between slices that drew nothing. Elsewhere setTimeout.
 */
export function inNextTask(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    // An aborted task rejects: that is the cancel, not an error.
    scheduler.postTask(task, { signal: controller.signal }).catch(() => undefined);
    return () => controller.abort();
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

const sum = (costs: readonly number[], from: number, to: number) => {
  let total = 0;
  for (let i = from; i < to; i++) total += costs[i] ?? 0;
  return total;
};

/**
 * Draws a long list in slices, one macrotask per slice (inNextTask), each rendered and committed to the
 * DOM within its task: the first screen at once, the rest within a few frames. A slice is a synchronous
 * update (flushSync), so, unlike an interruptible (deferred) render, nothing can keep restarting it and
 * the list always completes. Nothing is ever removed: items only ever get added, until all are in the document.
 *
 * `costs` is the work per item (e.g. the periods a group draws). A new `costs` array (new data) keeps
 * drawn every item before the first one whose work changed, so a Refresh that brings the same shape
 * takes nothing away from the screen, and draws the rest in slices, so a switch that adds hundreds of
 * periods is never one long task. `now` is the clock slices are timed with (tests pass their own).
 */
export function useProgressiveCount(
  costs: readonly number[],
  budget: ProgressiveBudget,
  now: () => number = performanceNow,
): number {
  const step = useRef(budget.step);
  const [state, setState] = useState(() => ({ costs, count: nextCount(costs, 0, budget.first) }));
  let current = state;
  if (state.costs !== costs) {
    // Items whose work is unchanged stay drawn (a Refresh of the same member keeps all it showed);
    // from the first changed one on (a view switch that adds or drops periods), slices again.
    const limit = Math.min(state.count, costs.length, state.costs.length);
    let kept = 0;
    while (kept < limit && costs[kept] === state.costs[kept]) kept += 1;
    current = { costs, count: Math.max(kept, nextCount(costs, 0, budget.first)) };
    setState(current);
  }
  const { count } = current;
  const done = count >= costs.length;

  const { sliceMs, step: baseStep } = budget;
  useEffect(() => {
    if (done) return;
    return inNextTask(() => {
      let from = 0;
      let to = 0;
      const started = now();
      flushSync(() =>
        setState((prev) => {
          if (prev.costs !== costs) return prev;
          from = prev.count;
          to = nextCount(costs, prev.count, step.current);
          return { costs, count: to };
        }),
      );
      const units = sum(costs, from, to);
      const elapsed = now() - started;
      if (sliceMs !== undefined && units > 0 && elapsed > 0) {
        const fits = (sliceMs * units) / elapsed;
        step.current = Math.min(baseStep * 4, Math.max(baseStep / 4, fits));
      }
    });
  }, [costs, count, done, sliceMs, baseStep, now]);

  return count;
}
