/**
 * Streak levels derived from a target's cycle results, so the streak entries always agree with the
 * periods beside them. Levels (`<streak>_1`, `<streak>_2`, …) are reached in order; a closed cycle
 * that misses resets a continuous streak (STREAKS) but not a non-continuous one
 * (../shared/api/capillary-notes.md, "What the concepts mean").
 */
export type CycleOutcome = {
  met: boolean;
  /** The cycle has ended: only a closed miss can break a streak (today's cycle may still be met). */
  closed: boolean;
  targetId: number | null;
  metAt: string | null;
};

export type StreakState = {
  level: number;
  status: 'INPROGRESS' | 'ACHIEVED' | 'DROPPED';
  count: number;
  total: number;
  /** The cycle that completed the level (ACHIEVED only). */
  completedBy: CycleOutcome | null;
};

/** One state per level reached or started; the last is the level being worked on, if any is left. */
export function streakStates(outcomes: CycleOutcome[], levels: number[], continuous: boolean): StreakState[] {
  const states: StreakState[] = [];
  let level = 0;
  let count = 0;
  let droppedAt: number | null = null;
  for (const outcome of outcomes) {
    const total = levels[level];
    if (total === undefined) break;
    if (outcome.met) {
      count++;
      droppedAt = null;
      if (count === total) {
        states.push({ level, status: 'ACHIEVED', count, total, completedBy: outcome });
        level++;
        count = 0;
      }
    } else if (outcome.closed && continuous && count > 0) {
      droppedAt = count;
      count = 0;
    }
  }
  const total = levels[level];
  if (total !== undefined) {
    states.push(
      droppedAt !== null
        ? { level, status: 'DROPPED', count: droppedAt, total, completedBy: null }
        : { level, status: 'INPROGRESS', count, total, completedBy: null },
    );
  }
  return states;
}
