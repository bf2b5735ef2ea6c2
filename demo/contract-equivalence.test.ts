import { describe, expect, it } from 'vitest';

import { readerOf, tryRead, NOT_READ } from '../contract/fast-reader';
import { parseMemberTargetsResponse } from '../contract/member-targets';
import { firstDifference, outcome } from '../contract/reference-schema/compare';
import * as frozen from '../contract/reference-schema/member-targets';
import { targetGroupSchema } from '../contract/target-groups';
import { buildDemoMembers } from './members';
import { QUERIES, TEST_TODAY, wireBody } from './test-support';

// Lives in demo/ because contract/ imports only itself (tools/eslint-boundaries.js).
// docs/decisions/017-contract-speed.md: the fast readers return exactly what the contract returned before.

const members = [...buildDemoMembers(TEST_TODAY).values()];

describe('every demo member, with every query', () => {
  it.each(members.map((record) => [record.userId, record] as const))(
    '%s parses exactly as before',
    (_id, record) => {
      for (const query of Object.values(QUERIES)) {
        const body = wireBody(record, query);
        const difference = firstDifference(
          outcome(() => parseMemberTargetsResponse(body)),
          outcome(() => frozen.parseMemberTargetsResponse(body)),
        );
        expect(difference).toBeNull();
        // …and by the fast path: only the groups zod rejects (the edge personas' broken ones) are left to zod.
        const groups = (body.data as { targetGroups?: unknown } | null)?.targetGroups;
        for (const group of Array.isArray(groups) ? groups : []) {
          const fast = tryRead(readerOf(targetGroupSchema), group);
          expect(fast === NOT_READ).toBe(!frozen.parseTargetGroup(group, 0).ok);
        }
      }
    },
  );
});
