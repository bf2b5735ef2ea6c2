import {
  customerSchema,
  milestoneSchema,
  streakSchema,
  targetGroupSchema,
  targetPeriodSchema,
  type Customer,
  type Milestone,
  type Streak,
  type TargetGroup,
  type TargetPeriod,
} from '../../../../contract';

/**
 * Typed fixture builders. `raw…` builds the JSON the API sends (to serve over the fake network);
 * `build…` runs it through the contract schema, so a test holds exactly what the app holds.
 * Defaults follow the reference page's examples (../shared/api/get-user-targets.md).
 */

type Raw = Record<string, unknown>;

export function rawMilestone(overrides: Raw = {}): Raw {
  return { id: 201, triggerName: '3', triggerValue: 3, isAchieved: false, ...overrides };
}

export function rawTargetPeriod(overrides: Raw = {}): Raw {
  return {
    targetId: 2162472,
    periodId: 1814,
    periodRefCode: 'Cycle_1',
    periodStartDate: '2024-05-01',
    periodEndDate: '2024-05-31',
    targetValue: 8000,
    targetAchievedValue: 5000,
    targetName: 'Spend 8,000',
    targetType: 'SALES',
    targetEntity: 'TRANSACTION',
    targetRuleId: 429,
    enrolledOn: '2024-04-12T07:02:39.000+0000',
    eventName: 'TransactionAdd',
    periodStartDateWithTimeStamp: '2024-05-01T00:00:00.000Z',
    periodEndDateWithTimeStamp: '2024-05-31T23:59:59.000Z',
    currentPeriod: true,
    milestones: null,
    ...overrides,
  };
}

export function rawStreak(overrides: Raw = {}): Raw {
  return {
    userStreakId: 5,
    streakId: 48,
    streakName: 'Coffee_1',
    status: 'INPROGRESS',
    currentCount: 2,
    totalTargetCountOfSequence: 5,
    ...overrides,
  };
}

const attribution = {
  createdOn: '2024-04-18T11:37:38.000+0000',
  lastUpdatedOn: '2024-04-18T11:37:38.000+0000',
  createdBy: { id: 75071236, code: '1675780342_', description: '', name: 'naresh silla', type: 'ADMIN_USER' },
  lastUpdatedBy: {
    id: 75071236,
    code: '1675780342_',
    description: '',
    name: 'tom sawyer',
    type: 'ADMIN_USER',
  },
};

export function rawTargetGroup(overrides: Raw = {}): Raw {
  return {
    id: 871,
    attribution,
    name: 'Spend in May',
    preferredTillId: -1,
    targets: [rawTargetPeriod()],
    targetEvaluationType: 'FIXED_CALENDAR_WINDOW',
    trackingType: 'DEFAULT',
    ...overrides,
  };
}

export function rawCustomer(overrides: Raw = {}): Raw {
  return {
    id: 64035151,
    profiles: [
      {
        firstName: 'Tom',
        lastName: 'Sawyer',
        commChannels: [
          {
            type: 'email',
            accountId: null,
            value: 'tom.sawyer@capillarytech.com',
            primary: true,
            verified: true,
            subscribed: false,
            attributes: null,
          },
          {
            type: 'mobile',
            accountId: null,
            value: '919988221100',
            primary: false,
            verified: false,
            subscribed: null,
            attributes: null,
          },
        ],
        source: 'instore',
        accountId: '',
        userId: 64035151,
        orgSourceId: -1,
      },
    ],
    loyaltyInfo: {
      attribution: {
        createdOn: '2024-01-17T07:00:51.000+0000',
        lastUpdatedOn: '2024-04-19T07:39:11.000+0000',
        lastUpdatedBy: { id: 75122513, code: null, description: null, name: null, type: null },
        createdBy: { id: 75109398, code: null, description: null, name: null, type: null },
      },
      loyaltyType: 'loyalty',
      lifetimePurchases: 23508.0,
    },
    customFields: {},
    ...overrides,
  };
}

/** A whole getUserTargets body: `{data: {userId, customer, targetGroups}, errors, warnings}`. */
export function rawMemberResponse(
  options: { userId?: string | number; customer?: unknown; targetGroups?: unknown; warnings?: unknown } = {},
): Raw {
  const userId = options.userId ?? 64035151;
  return {
    data: {
      userId,
      customer: options.customer === undefined ? rawCustomer({ id: userId }) : options.customer,
      targetGroups: options.targetGroups === undefined ? [rawTargetGroup()] : options.targetGroups,
    },
    errors: null,
    warnings: options.warnings ?? null,
  };
}

export const buildMilestone = (overrides: Raw = {}): Milestone =>
  milestoneSchema.parse(rawMilestone(overrides));
export const buildTargetPeriod = (overrides: Raw = {}): TargetPeriod =>
  targetPeriodSchema.parse(rawTargetPeriod(overrides));
export const buildStreak = (overrides: Raw = {}): Streak => streakSchema.parse(rawStreak(overrides));
export const buildTargetGroup = (overrides: Raw = {}): TargetGroup =>
  targetGroupSchema.parse(rawTargetGroup(overrides));
export const buildCustomer = (overrides: Raw = {}): Customer => customerSchema.parse(rawCustomer(overrides));

/** `count` consecutive monthly periods of one target, the one at `currentIndex` flagged current. */
export function rawMonthlyPeriods(count: number, currentIndex: number, overrides: Raw = {}): Raw[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2023, i, 1));
    const end = new Date(Date.UTC(2023, i + 1, 0));
    const day = (d: Date) => d.toISOString().slice(0, 10);
    return rawTargetPeriod({
      targetId: 3000000 + i,
      periodId: 5000 + i,
      periodRefCode: `Cycle_${i + 1}`,
      periodStartDate: day(start),
      periodEndDate: day(end),
      periodStartDateWithTimeStamp: `${day(start)}T00:00:00.000Z`,
      periodEndDateWithTimeStamp: `${day(end)}T23:59:59.000Z`,
      targetAchievedValue: i < currentIndex ? 8000 : i === currentIndex ? 5000 : 0,
      currentPeriod: i === currentIndex,
      ...overrides,
    });
  });
}
