import type { Persona } from './persona';
import {
  count,
  group,
  home,
  items,
  MONTHLY,
  pointsCap,
  spend,
  STAMPS,
  STARS,
  TARGET_ACHIEVED,
  WEEKLY,
} from './specs';

/** One member per kind of group that needs its own presentation: caps, unified targets, currencies. */
export const KIND_PERSONAS: Persona[] = [
  {
    userId: '900000004',
    firstName: 'Wei',
    lastName: 'Zhang',
    description: 'CAPPING: regular points against a monthly cap, promotional points against a weekly one',
    ...home('US', 'San Francisco', 'M', 'instore', '+0000', 'TILL'),
    groups: [
      group(
        'Monthly points cap',
        'CAPPING',
        MONTHLY,
        [-11, 0],
        [
          pointsCap('Regular points cap', 'REGULAR_POINTS', 1200, {
            progress: [0.2, 0.5, 0.81, 1, 0.33, 0.64, 0.9, 0.12, 0.45, 0.7, 1, 0.92],
          }),
        ],
      ),
      group(
        'Promo points cap',
        'CAPPING',
        WEEKLY,
        [-3, 1],
        [pointsCap('Promotional points cap', 'PROMOTIONAL_POINTS', 500, { progress: [1, 0.6, 1, 0.4] })],
      ),
    ],
  },
  {
    userId: '900000005',
    firstName: 'Priya',
    lastName: 'Venkataraman',
    description: 'UNIFIED: three joined targets (spend, visits, items) in one monthly group',
    ...home('IN', 'Chennai', 'F', 'instore', '+0530', 'TILL'),
    groups: [
      group(
        'Gold sprint: spend, visit and fill the basket',
        'UNIFIED',
        MONTHLY,
        [-6, 2],
        [
          spend('Spend ₹8,000', 8000, {
            progress: [1, 1.2, 0.4, 1.1, 0.9, 1, 0.75],
            milestones: [TARGET_ACHIEVED],
          }),
          count('Visit 4 times', 4, { targetType: 'VISIT', progress: [1, 0.75, 0.5, 1, 1, 1.25, 0.5] }),
          items('Buy 12 items', 12, { progress: [1, 1.1, 0.3, 1.5, 1, 0.9, 1] }),
        ],
      ),
      group('Weekday lunch', 'DEFAULT', WEEKLY, [-6, 0], [count('Three lunches', 3)]),
    ],
  },
  {
    userId: '900000009',
    firstName: 'Ngozi',
    lastName: 'Okafor',
    description: 'Alternate currencies: Stamps and Stars targets, and a Stars cap',
    ...home('NG', 'Lagos', 'F', 'instore', '+0000', 'TILL'),
    groups: [
      group(
        'Collect 10 Stamps',
        'DEFAULT',
        MONTHLY,
        [-5, 1],
        [
          {
            name: '10 Stamps',
            targetType: 'REGULAR',
            targetEntity: 'ALTERNATE_CURRENCIES',
            value: 10,
            currency: STAMPS,
            milestones: [{ name: '5 Stamps', value: 5 }, TARGET_ACHIEVED],
          },
        ],
      ),
      group(
        'Stars sprint',
        'DEFAULT',
        WEEKLY,
        [-6, 0],
        [
          {
            name: '250 Stars',
            targetType: 'ALL',
            targetEntity: 'ALTERNATE_CURRENCIES',
            value: 250,
            decimals: 2,
            currency: STARS,
          },
        ],
      ),
      group(
        'Stars issuance cap',
        'CAPPING',
        MONTHLY,
        [-1, 0],
        [
          {
            name: 'Stars cap',
            targetType: 'REGULAR',
            targetEntity: 'ALTERNATE_CURRENCIES',
            value: 2000,
            currency: STARS,
            nullTargetIds: true,
            progress: [0.8, 0.35],
          },
        ],
      ),
    ],
  },
  {
    userId: '900000021',
    firstName: 'Sofía',
    lastName: 'Martínez',
    description: 'Caps at and over the limit: 1,250 of 1,200 points, exactly 300 of 300',
    ...home('ES', 'Sevilla', 'F', 'ecommerce', '+0000', 'ZONE'),
    groups: [
      group(
        'Monthly points cap',
        'CAPPING',
        MONTHLY,
        [-2, 0],
        [pointsCap('Regular points cap', 'REGULAR_POINTS', 1200, { progress: [0.9, 1, 1.041667] })],
      ),
      group(
        'Weekly bonus cap',
        'CAPPING',
        WEEKLY,
        [-2, 0],
        [pointsCap('All points cap', 'ALL_POINTS', 300, { progress: [0.5, 0.2, 1] })],
      ),
    ],
  },
];
