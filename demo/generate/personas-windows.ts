import type { Persona } from './persona';
import { AGNOSTIC, count, cyclic, DAILY, group, home, items, spend, TARGET_ACHIEVED } from './specs';

/** Evaluation windows and cadences: cyclic, period-agnostic, daily. */
export const WINDOW_PERSONAS: Persona[] = [
  {
    userId: '900000006',
    firstName: 'Kwame',
    lastName: 'Mensah',
    description: 'CYCLIC_WINDOW: 30-day and 14-day cycles counted from his first purchase',
    ...home('GH', 'Accra', 'M', 'mobile_app', '+0000', 'ADMIN_USER'),
    groups: [
      group(
        '30-day spend ₵1,500',
        'DEFAULT',
        cyclic(30, 11),
        [-8, 1],
        [spend('Spend ₵1,500', 1500, { milestones: [{ name: 'Halfway', value: 750 }, TARGET_ACHIEVED] })],
      ),
      group('Fortnight fuel-ups', 'DEFAULT', cyclic(14, 3), [-10, 0], [count('3 fuel-ups', 3)]),
    ],
  },
  {
    userId: '900000007',
    firstName: 'Mia',
    lastName: 'Hoffmann',
    description:
      'PERIOD_AGNOSTIC_WINDOW: a cycle ends when the target is hit; the open one runs to the end date',
    ...home('DE', 'Berlin', 'F', 'ecommerce', 'Z', 'ZONE'),
    groups: [
      group(
        'Bake-off: buy 10 loaves',
        'DEFAULT',
        AGNOSTIC,
        [-5, 0],
        [
          items('10 loaves', 10, {
            progress: [1, 1.2, 1, 1.1, 1, 0.4],
            milestones: [{ name: '5 loaves', value: 5 }, TARGET_ACHIEVED],
          }),
        ],
      ),
      group(
        'Refer a friend',
        'DEFAULT',
        AGNOSTIC,
        [-1, 0],
        [
          count('3 referrals', 3, {
            targetEntity: 'EVENT',
            eventName: 'ReferralCompleted',
            progress: [1, 0.33],
          }),
        ],
      ),
    ],
  },
  {
    userId: '900000018',
    firstName: 'Rahul',
    lastName: 'Sharma',
    description: 'Daily cadence: 14 daily cycles around today, +0530 timestamps',
    ...home('IN', 'Mumbai', 'M', 'instore', '+0530', 'TILL'),
    groups: [
      group('Daily chai', 'DEFAULT', DAILY, [-10, 3], [count('One chai', 1)]),
      group(
        'Daily spend ₹200',
        'DEFAULT',
        DAILY,
        [-6, 1],
        [spend('Spend ₹200', 200, { milestones: [{ name: '₹100', value: 100 }, TARGET_ACHIEVED] })],
      ),
    ],
  },
];
