import { describe, expect, it } from 'vitest';

import { streakStates, type CycleOutcome } from './streaks';

/** 'x' met and closed, '.' missed and closed, 'o' today's cycle not met yet, 'X' today's met. */
function outcomes(pattern: string): CycleOutcome[] {
  return [...pattern].map((c, i) => ({
    met: c === 'x' || c === 'X',
    closed: c === 'x' || c === '.',
    targetId: 100 + i,
    metAt: c === 'x' || c === 'X' ? `t${i}` : null,
  }));
}

describe('streakStates', () => {
  it('achieves level 1 at the cycle that completes it, then counts level 2', () => {
    const states = streakStates(outcomes('xxxxxo'), [4, 8], true);
    expect(states).toEqual([
      {
        level: 0,
        status: 'ACHIEVED',
        count: 4,
        total: 4,
        completedBy: expect.objectContaining({ targetId: 103, metAt: 't3' }),
      },
      { level: 1, status: 'INPROGRESS', count: 1, total: 8, completedBy: null },
    ]);
  });

  it('drops a continuous streak at a closed miss', () => {
    expect(streakStates(outcomes('xx..o'), [4], true)).toEqual([
      { level: 0, status: 'DROPPED', count: 2, total: 4, completedBy: null },
    ]);
  });

  it('starts again after a drop once the member meets a cycle', () => {
    expect(streakStates(outcomes('xx.x'), [4], true)).toEqual([
      { level: 0, status: 'INPROGRESS', count: 1, total: 4, completedBy: null },
    ]);
  });

  it('does not reset a non-continuous streak on misses', () => {
    expect(streakStates(outcomes('x.x.xo'), [4], false)).toEqual([
      { level: 0, status: 'INPROGRESS', count: 3, total: 4, completedBy: null },
    ]);
  });

  it('does not count today’s unmet cycle as a miss, and counts it once met', () => {
    expect(streakStates(outcomes('xxo'), [3], true)[0]).toMatchObject({ status: 'INPROGRESS', count: 2 });
    expect(streakStates(outcomes('xxX'), [3], true)).toEqual([
      {
        level: 0,
        status: 'ACHIEVED',
        count: 3,
        total: 3,
        completedBy: expect.objectContaining({ targetId: 102 }),
      },
    ]);
  });

  it('reports nothing left to work on after the last level', () => {
    expect(streakStates(outcomes('xxxx'), [2, 2], true).map((s) => s.status)).toEqual([
      'ACHIEVED',
      'ACHIEVED',
    ]);
  });
});
