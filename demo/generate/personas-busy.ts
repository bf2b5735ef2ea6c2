import type { Persona } from './persona';
import {
  count,
  cyclic,
  DAILY,
  group,
  home,
  items,
  MONTHLY,
  pointsCap,
  spend,
  STARS,
  TARGET_ACHIEVED,
  WEEKLY,
} from './specs';

/** A typical busy member: many groups of every common kind at once, the page at its fullest (short of the large member). */
export const BUSY_PERSONA: Persona = {
  userId: '900000010',
  firstName: 'Maximilian Alexander',
  lastName: 'von Hohenzollern-Sigmaringen',
  description: 'A long name, two profiles and eight groups of mixed kinds: a typical busy member',
  ...home('DE', 'München', 'M', 'instore', '+0000', 'ADMIN_USER'),
  secondSource: 'ecommerce',
  customFields: { membership_tier: 'Platinum', marketing_consent: 'true' },
  groups: [
    group(
      'Monthly spend €600',
      'DEFAULT',
      MONTHLY,
      [-5, 1],
      [spend('Spend €600', 600, { milestones: [{ name: 'Halfway', percent: 50 }, TARGET_ACHIEVED] })],
      { detailedMilestones: true },
    ),
    group('Wine of the week', 'DEFAULT', WEEKLY, [-4, 1], [items('Two bottles', 2)]),
    group('Daily newspaper', 'DEFAULT', DAILY, [-5, 1], [count('One paper', 1)]),
    group(
      'Weekend double',
      'UNIFIED',
      WEEKLY,
      [-2, 0],
      [spend('Spend €80', 80), count('Two visits', 2, { targetType: 'VISIT' })],
    ),
    group('Espresso streak', 'STREAKS', WEEKLY, [-5, 0], [count('Three espressos', 3)], {
      streak: { name: 'Espresso', levels: [3, 6], continuous: true },
    }),
    group(
      'Points cap',
      'CAPPING',
      MONTHLY,
      [-2, 0],
      [pointsCap('Regular points cap', 'REGULAR_POINTS', 2500)],
    ),
    group('28-day tailoring', 'DEFAULT', cyclic(28, 20), [-3, 0], [spend('Tailoring €150', 150)]),
    group(
      'Star collector',
      'DEFAULT',
      MONTHLY,
      [-1, 0],
      [
        {
          name: '300 Stars',
          targetType: 'REGULAR',
          targetEntity: 'ALTERNATE_CURRENCIES',
          value: 300,
          currency: STARS,
        },
      ],
    ),
  ],
};
