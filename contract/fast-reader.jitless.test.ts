import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The browser runs zod jitless (CSP: no eval). zod reads the setting when a schema is built, so it is set
// here before the contract is imported (each test file has its own modules).
z.config({ jitless: true });
const live = await import('./member-targets');
const frozen = await import('./reference-schema/member-targets');
const { extractReferenceExamples } = await import('./reference/extract-examples');
const { firstDifference, outcome } = await import('./reference-schema/compare');

const markdown = readFileSync(new URL('./reference/get-user-targets.md', import.meta.url), 'utf8');
const responses = extractReferenceExamples(markdown)
  .filter((e) => e.kind === 'response')
  .map((e) => e.body);

describe('jitless zod (as in the browser)', () => {
  it('parses the reference examples, whole and with a broken group, exactly as before', () => {
    for (const body of responses) {
      const broken = structuredClone(body) as { data: { targetGroups: Record<string, unknown>[] } };
      (broken.data.targetGroups[0] as Record<string, unknown>).targets = [{ targetValue: 'eleven' }];
      for (const input of [body, broken]) {
        const difference = firstDifference(
          outcome(() => live.parseMemberTargetsResponse(input)),
          outcome(() => frozen.parseMemberTargetsResponse(input)),
        );
        expect(difference).toBeNull();
      }
    }
  });
});
