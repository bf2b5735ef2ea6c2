import type { Persona } from './persona';
import { count, DAILY, group, home, items, MONTHLY, spend, TARGET_ACHIEVED, WEEKLY } from './specs';

/** Streak members: every status (INPROGRESS, ACHIEVED, DROPPED), continuous and not, new and old. */
export const STREAK_PERSONAS: Persona[] = [
  {
    userId: '900000002',
    firstName: 'José',
    lastName: 'Núñez',
    description: 'Continuous streak: level 1 ACHIEVED (target id and time), level 2 in progress',
    ...home('ES', 'Madrid', 'M', 'ecommerce', 'Z', 'ADMIN_USER'),
    groups: [
      group(
        'Run club: 3 runs a week',
        'STREAKS',
        WEEKLY,
        [-8, 2],
        [
          count('3 runs', 3, {
            targetEntity: 'EVENT',
            eventName: 'WorkoutLogged',
            progress: [1, 1.33, 1, 0.67, 1, 1, 1, 1.33, 0.33],
          }),
        ],
        {
          streak: { name: 'Run club', levels: [3, 6], continuous: true },
        },
      ),
      group(
        'Weekend brunch',
        'DEFAULT',
        WEEKLY,
        [-8, 0],
        [spend('Brunch €40', 40, { milestones: [TARGET_ACHIEVED] })],
      ),
    ],
  },
  {
    userId: '900000003',
    firstName: 'Zoë',
    lastName: 'Ångström',
    description: 'Daily non-continuous streak (misses do not reset) and a DROPPED continuous streak',
    ...home('SE', 'Stockholm', 'F', 'instore', '+0000', 'ZONE'),
    groups: [
      group(
        'Daily check-in',
        'NON_CONTINUOUS_STREAKS',
        DAILY,
        [-13, 3],
        [
          count('Check in on the app', 1, {
            targetEntity: 'EVENT',
            eventName: 'AppCheckIn',
            progress: [1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0],
          }),
        ],
        {
          streak: { name: 'Check-in', levels: [10, 20], continuous: false },
        },
      ),
      group(
        'Salad streak',
        'STREAKS',
        WEEKLY,
        [-5, 1],
        [items('Two salads a week', 2, { progress: [1, 1, 0.5, 0, 0, 0] })],
        {
          streak: { name: 'Salad streak', levels: [4], continuous: true },
        },
      ),
    ],
  },
  {
    userId: '900000019',
    firstName: 'Émilie',
    lastName: 'Dubois',
    description: 'Streaks side by side: a continuous one DROPPED, a non-continuous one ACHIEVED',
    ...home('FR', 'Lyon', 'F', 'instore', '+0000', 'TILL'),
    groups: [
      group(
        'Croissant Sundays',
        'STREAKS',
        WEEKLY,
        [-6, 0],
        [count('One croissant', 1, { progress: [1, 1, 1, 0, 0, 0, 0] })],
        {
          streak: { name: 'Croissant', levels: [5], continuous: true },
        },
      ),
      group(
        'Cheese lover',
        'NON_CONTINUOUS_STREAKS',
        MONTHLY,
        [-6, 0],
        [items('Two cheeses', 2, { progress: [1, 0, 1, 0, 1, 1, 0] })],
        {
          streak: { name: 'Cheese lover', levels: [4, 8], continuous: false },
        },
      ),
    ],
  },
  {
    userId: '900000022',
    firstName: 'Oluwaseun',
    lastName: 'Adeyemi',
    description: 'Brand-new member: first cycles only, nothing achieved yet, a streak at 0',
    ...home('NG', 'Abuja', 'M', 'mobile_app', 'Z', null),
    groups: [
      group(
        'Welcome: first three visits',
        'DEFAULT',
        MONTHLY,
        [0, 2],
        [
          count('Three visits', 3, {
            targetType: 'VISIT',
            progress: [0],
            milestones: [{ name: 'First visit', value: 1 }, TARGET_ACHIEVED],
          }),
        ],
      ),
      group('Welcome streak', 'STREAKS', WEEKLY, [0, 3], [count('One visit a week', 1, { progress: [0] })], {
        streak: { name: 'Welcome', levels: [4], continuous: true },
      }),
    ],
  },
];
