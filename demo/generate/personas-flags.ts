import type { Persona } from './persona';
import { count, DAILY, group, home, items, MONTHLY, spend, STARS, TARGET_ACHIEVED, WEEKLY } from './specs';

/**
 * Members whose answer changes with the query flags. 900000001 (Asha Rao) is the one e2e tests use:
 * includeInactive=true adds her past and future cycles (3 → 23 periods); includeInactiveTargets=true
 * adds her retired group and the deactivated "Early bird ₹1,000" milestone.
 */
export const FLAG_PERSONAS: Persona[] = [
  {
    userId: '900000001',
    firstName: 'Asha',
    lastName: 'Rao',
    description:
      'Flag demo: includeInactive adds past and future cycles; includeInactiveTargets a retired group',
    ...home('IN', 'Bengaluru', 'F', 'instore', '+0530', 'TILL'),
    groups: [
      group(
        'Monthly spend ₹5,000',
        'DEFAULT',
        MONTHLY,
        [-9, 2],
        [
          spend('Monthly spend ₹5,000', 5000, {
            progress: [1.2, 0.8, 1, 1.05, 0.3, 1.4, 0, 0.9, 1.1, 0.62],
            milestones: [
              { name: 'Halfway', percent: 50 },
              { name: 'Early bird ₹1,000', value: 1000, active: false },
              TARGET_ACHIEVED,
            ],
          }),
        ],
        { detailedMilestones: true, preferredTillId: 75077502 },
      ),
      group(
        'Coffee club: a visit every week',
        'STREAKS',
        WEEKLY,
        [-6, 1],
        [count('Coffee club visit', 1, { targetType: 'VISIT', progress: [1, 1, 1, 1, 1, 1, 0] })],
        {
          streak: { name: 'Coffee club', levels: [4, 8], continuous: true },
        },
      ),
      group(
        'Festive Stars',
        'DEFAULT',
        MONTHLY,
        [-2, 0],
        [
          {
            name: 'Earn 500 Stars',
            targetType: 'REGULAR',
            targetEntity: 'ALTERNATE_CURRENCIES',
            value: 500,
            currency: STARS,
            progress: [1.1, 0.7, 0.44],
            milestones: [TARGET_ACHIEVED],
          },
        ],
      ),
      group(
        'Monsoon double visits (retired)',
        'DEFAULT',
        WEEKLY,
        [-3, 0],
        [count('Two visits a week', 2, { progress: [1, 0.5, 1, 0] })],
        { active: false, party: 'ADMIN_USER' },
      ),
    ],
  },
  {
    userId: '900000016',
    firstName: 'Ana-Lucía',
    lastName: 'Gómez',
    description:
      'No current cycle: a finished programme and one starting next month (empty without includeInactive)',
    ...home('MX', 'Ciudad de México', 'F', 'ecommerce', 'Z', 'ZONE'),
    groups: [
      group('Back-to-school double', 'DEFAULT', MONTHLY, [-6, -2], [spend('Spend MX$2,000', 2000)]),
      group(
        'New year kick-off',
        'DEFAULT',
        MONTHLY,
        [1, 3],
        [count('Four visits', 4, { targetType: 'VISIT', milestones: [TARGET_ACHIEVED] })],
      ),
      group('Everyday coffee', 'DEFAULT', DAILY, [-6, 0], [count('One coffee', 1)]),
    ],
  },
  {
    userId: '900000023',
    firstName: 'Hannah',
    lastName: 'Müller',
    description:
      'includeInactiveTargets per target: a deactivated target in a UNIFIED group, inactive milestones',
    ...home('DE', 'Hamburg', 'F', 'instore', '+0000', 'TILL'),
    groups: [
      group(
        'Spring clean: spend and recycle',
        'UNIFIED',
        MONTHLY,
        [-5, 0],
        [
          spend('Spend €120', 120),
          count('Return 5 bottles', 5, { targetEntity: 'EVENT', eventName: 'BottleReturn' }),
          count('Bring your own bag', 4, { active: false }),
        ],
      ),
      group(
        'Plant-based weeks',
        'DEFAULT',
        WEEKLY,
        [-6, 0],
        [
          items('Six plant-based items', 6, {
            milestones: [
              { name: 'Two items', value: 2, active: false },
              { name: 'Four items', value: 4 },
              TARGET_ACHIEVED,
            ],
          }),
        ],
        { detailedMilestones: true },
      ),
    ],
  },
];
