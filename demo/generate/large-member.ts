import type { GroupSpec } from './group';
import type { Persona } from './persona';
import { count, DAILY, group, home, MONTHLY, pointsCap, spend, TARGET_ACHIEVED, WEEKLY } from './specs';

export const LARGE_MEMBER_GROUPS = 60;
export const LARGE_MEMBER_CYCLES = 24;

const CADENCES = [MONTHLY, WEEKLY, DAILY] as const;
const THEMES = ['Coffee', 'Bakery', 'Books', 'Fuel', 'Cinema', 'Gym', 'Pharmacy', 'Garden', 'Pets', 'Travel'];
// 24 cycles with today's in the middle: 16 past, the current one, 7 future.
const WINDOW: [number, number] = [-16, LARGE_MEMBER_CYCLES - 17];

/** Group i of the large member: kinds and cadences rotate so every part of the page carries load. */
function largeGroup(i: number): GroupSpec {
  const theme = `${THEMES[i % THEMES.length] ?? 'Shop'} ${Math.floor(i / THEMES.length) + 1}`;
  const cadence = CADENCES[i % CADENCES.length] ?? MONTHLY;
  const options = { detailedMilestones: i % 2 === 0 };
  switch (i % 4) {
    case 1:
      return group(`${theme} streak`, 'STREAKS', cadence, WINDOW, [count(`${theme}: one visit`, 1)], {
        ...options,
        streak: { name: theme, levels: [3, 6, 12], continuous: true },
      });
    case 2:
      return group(
        `${theme} points cap`,
        'CAPPING',
        cadence,
        WINDOW,
        [pointsCap(`${theme} cap`, 'REGULAR_POINTS', 800)],
        options,
      );
    default: {
      const milestones = [{ name: 'Halfway', percent: 50 }, TARGET_ACHIEVED];
      return group(
        `${theme} spend`,
        'DEFAULT',
        cadence,
        WINDOW,
        [spend(`${theme}: spend 400`, 400, { milestones })],
        options,
      );
    }
  }
}

export const LARGE_PERSONA: Persona = {
  userId: '900000015',
  firstName: 'Chidi',
  lastName: 'Okonkwo',
  description: `Large member: ${LARGE_MEMBER_GROUPS} groups × ${LARGE_MEMBER_CYCLES} cycles (about 1 MB with includeInactive=true)`,
  ...home('NG', 'Enugu', 'M', 'instore', '+0000', 'TILL'),
  groups: Array.from({ length: LARGE_MEMBER_GROUPS }, (_, i) => largeGroup(i)),
};
