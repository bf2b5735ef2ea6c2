import { PERSONAS } from './generate/personas';

export type DemoMemberSummary = {
  userId: string;
  name: string;
  /** One line: what this member shows off. */
  description: string;
};

const REFERENCE_SUMMARIES: DemoMemberSummary[] = [
  {
    userId: '64035151',
    name: 'Tom Sawyer',
    description:
      'Reference example "With streak detail": streaks ACHIEVED and INPROGRESS, a 12-cycle CAPPING group',
  },
  {
    userId: '547528790',
    name: 'Tom Sawyer',
    description: 'Reference example "With milestone detail": two targets in one group, milestones at 3 and 5',
  },
  {
    userId: '387043873',
    name: 'Tom Sawyer',
    description: 'Reference example "includeInactiveTargets=TRUE": 900 of 1,000 on a one-day period',
  },
  {
    userId: '387035386',
    name: 'Unnamed member',
    description: 'Reference example "Cyclic Window": no name on file, two groups whose only cycle has ended',
  },
];

/** What the start page lists: the reference recordings first, then the generated members. */
export const DEMO_CATALOG: DemoMemberSummary[] = [
  ...REFERENCE_SUMMARIES,
  ...PERSONAS.map((p) => ({
    userId: p.userId,
    name: p.displayName ?? `${p.firstName} ${p.lastName}`,
    description: p.description,
  })),
];
