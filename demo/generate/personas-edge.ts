import type { Persona } from './persona';
import { count, cyclic, group, home, items, MONTHLY, spend, TARGET_ACHIEVED, WEEKLY } from './specs';

/** Members that exist to show how the UI copes with edge values and a loose upstream. */
export const EDGE_PERSONAS: Persona[] = [
  {
    userId: '900000008',
    firstName: 'Siobhán',
    lastName: "O'Connor",
    description: 'Edge values: 7 of 2 (350 %), exactly met with its achieved time, zero achieved',
    ...home('IE', 'Dublin', 'F', 'instore', '+0000', 'TILL'),
    groups: [
      group(
        'Two visits a week',
        'DEFAULT',
        WEEKLY,
        [-2, 0],
        [count('Two visits', 2, { progress: [1, 0.5, 3.5] })],
      ),
      group(
        'Spend €250 this month',
        'DEFAULT',
        MONTHLY,
        [-1, 0],
        [
          spend('Spend €250', 250, {
            progress: [0.6, 1],
            milestones: [{ name: 'Halfway', percent: 50 }, TARGET_ACHIEVED],
          }),
        ],
        { detailedMilestones: true },
      ),
      group(
        'Try the new menu',
        'DEFAULT',
        MONTHLY,
        [0, 0],
        [count('One tasting', 1, { progress: [0], milestones: [TARGET_ACHIEVED] })],
      ),
    ],
  },
  {
    userId: '900000011',
    firstName: 'Lars',
    lastName: 'Øvergaard',
    description: 'Enrolled in nothing: targetGroups is []',
    ...home('NO', 'Oslo', 'M', 'instore', '+0000', null),
    groups: [],
  },
  {
    userId: '900000012',
    firstName: '愛子',
    lastName: '田中',
    displayName: '田中 愛子',
    emailName: 'aiko.tanaka',
    description: 'Unknown enum values: TIERED_STREAKS, streak status PAUSED, ROLLING_WINDOW, REFERRAL',
    ...home('JP', '京都市', 'F', 'line', '+0000', 'TILL'),
    groups: [
      group(
        'Tea ceremony tiers',
        'TIERED_STREAKS',
        WEEKLY,
        [-4, 0],
        [count('Two tea visits', 2, { progress: [1, 1, 0.5, 1, 0.5] })],
        {
          streak: { name: 'Tea tier', levels: [3, 6], continuous: true, statusOverride: 'PAUSED' },
        },
      ),
      group(
        'Referral ladder',
        'DEFAULT',
        cyclic(7, 2),
        [-1, 0],
        [
          count('Refer 2 friends', 2, {
            targetType: 'REFERRAL',
            targetEntity: 'REFERRALS',
            eventName: 'ReferralCompleted',
          }),
        ],
        {
          evaluation: 'ROLLING_WINDOW',
        },
      ),
    ],
  },
  {
    userId: '900000013',
    firstName: 'Fatima',
    lastName: 'Al-Sayed',
    description: 'Warnings beside data: 9001 "Some targets are still being computed"',
    ...home('AE', 'Dubai', 'F', 'instore', '+0000', 'TILL'),
    warnings: [{ code: 9001, message: 'Some targets are still being computed' }],
    groups: [
      group('Ramadan evenings', 'DEFAULT', WEEKLY, [-8, 1], [spend('Spend AED 300', 300)]),
      group(
        'Fragrance club',
        'DEFAULT',
        MONTHLY,
        [-5, 0],
        [items('Three fragrances', 3, { milestones: [TARGET_ACHIEVED] })],
      ),
    ],
  },
  {
    userId: '900000014',
    firstName: 'Dmitri',
    lastName: 'Ivanov',
    description:
      'One malformed group (targets: "unavailable") between two good ones: the per-group error card',
    ...home('RU', 'Saint Petersburg', 'M', 'instore', '+0000', 'TILL'),
    groups: [
      group(
        'Monthly groceries',
        'DEFAULT',
        MONTHLY,
        [-6, 1],
        [spend('Spend ₽12,000', 12000, { milestones: [TARGET_ACHIEVED] })],
      ),
      group('Winter warmers', 'DEFAULT', WEEKLY, [-1, 0], [], { brokenTargets: 'unavailable' }),
      group(
        'Sauna streak',
        'STREAKS',
        WEEKLY,
        [-4, 0],
        [count('One sauna visit', 1, { targetType: 'VISIT', progress: [1, 1, 1, 1, 0] })],
        {
          streak: { name: 'Sauna', levels: [3], continuous: true },
        },
      ),
    ],
  },
];
