import type { Persona } from './persona';
import { count, DAILY, group, home, MONTHLY, spend, TARGET_ACHIEVED, WEEKLY } from './specs';

/** Ordinary members: every milestone reached, timestamps of three shapes, less common target types. */
export const EVERYDAY_PERSONAS: Persona[] = [
  {
    userId: '900000017',
    firstName: 'Olivia',
    lastName: 'Smith',
    description: 'Every milestone reached; percentage milestones (25 / 50 / 75 / 100 %)',
    ...home('US', 'Austin', 'F', 'instore', '+0000', 'ADMIN_USER'),
    groups: [
      group(
        'Monthly spend $1,200',
        'DEFAULT',
        MONTHLY,
        [-2, 0],
        [
          spend('Spend $1,200', 1200, {
            progress: [1.1, 1, 1.3],
            milestones: [
              { name: 'Quarter', percent: 25 },
              { name: 'Half', percent: 50 },
              { name: 'Three quarters', percent: 75 },
              TARGET_ACHIEVED,
            ],
          }),
        ],
        { detailedMilestones: true },
      ),
      group(
        'Book club',
        'DEFAULT',
        WEEKLY,
        [-3, 0],
        [count('One book', 1, { progress: [1, 1, 1, 1], milestones: [TARGET_ACHIEVED] })],
      ),
    ],
  },
  {
    userId: '900000020',
    firstName: 'Tomasz',
    lastName: 'Wiśniewski',
    description: 'Timestamps mixed within one member (+0530, Z, +0000); reward and event targets',
    ...home('PL', 'Kraków', 'M', 'instore', '+0000', 'ZONE'),
    groups: [
      group(
        'Badge hunter',
        'DEFAULT',
        WEEKLY,
        [-5, 1],
        [count('Three badges', 3, { targetEntity: 'REWARDS', eventName: 'RewardIssued' })],
        { zone: '+0530' },
      ),
      group(
        'App opens',
        'DEFAULT',
        DAILY,
        [-6, 0],
        [count('Open the app', 1, { targetEntity: 'EVENT', eventName: 'AppOpened' })],
        { zone: 'Z' },
      ),
      group('Pierogi Fridays', 'DEFAULT', WEEKLY, [-5, 1], [spend('Spend zł60', 60)]),
    ],
  },
  {
    userId: '900000024',
    firstName: 'Arjun',
    lastName: 'Nair',
    description: 'Other target types: EVENT_ATTRIBUTE, EXTENDED_FIELD, GROSS_SALES, ALL_POINTS',
    ...home('IN', 'Kochi', 'M', 'instore', '+0530', 'ADMIN_USER'),
    groups: [
      group(
        'Fitness minutes',
        'DEFAULT',
        WEEKLY,
        [-6, 0],
        [
          {
            name: '150 active minutes',
            targetType: 'EVENT_ATTRIBUTE',
            targetEntity: 'EVENT',
            eventName: 'WorkoutLogged',
            value: 150,
          },
        ],
      ),
      group(
        'Fuel litres',
        'DEFAULT',
        MONTHLY,
        [-5, 0],
        [
          {
            name: '120 litres',
            targetType: 'EXTENDED_FIELD',
            targetEntity: 'TRANSACTION',
            value: 120,
            decimals: 2,
          },
        ],
      ),
      group(
        'Gross spend',
        'DEFAULT',
        MONTHLY,
        [-5, 0],
        [spend('Gross ₹20,000', 20000, { targetType: 'GROSS_SALES' })],
      ),
      group(
        'Points earned',
        'DEFAULT',
        MONTHLY,
        [-5, 0],
        [
          {
            name: '1,000 points',
            targetType: 'ALL_POINTS',
            targetEntity: 'POINTS',
            value: 1000,
            decimals: 2,
            milestones: [TARGET_ACHIEVED],
          },
        ],
      ),
    ],
  },
];
