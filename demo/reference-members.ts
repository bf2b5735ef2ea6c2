import { readFileSync } from 'node:fs';

import { extractReferenceExamples } from '../contract/reference/extract-examples';
import { syntheticIdentifiers } from './generate/customer';
import { isJsonObject, type Json, type MemberIdentifier, type MemberRecord } from './model';

// The copy of the reference page that contract/ tests against, so both read the same examples.
// Served re-serialised: `2.000` goes out as `2`, the same JSON number.
const REFERENCE_PAGE = new URL('../contract/reference/get-user-targets.md', import.meta.url);

function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** The mobiles and emails in the recording's profiles, as Capillary would index them. */
function contactIdentifiers(customer: Json | undefined): MemberIdentifier[] {
  const found: MemberIdentifier[] = [];
  const profiles = isJsonObject(customer) ? list(customer.profiles) : [];
  for (const profile of profiles.filter(isJsonObject)) {
    for (const channel of list(profile.commChannels).filter(isJsonObject)) {
      if ((channel.type === 'mobile' || channel.type === 'email') && typeof channel.value === 'string') {
        found.push({ name: channel.type, value: channel.value });
      }
    }
  }
  return found;
}

/**
 * The reference page's four full example responses, served as recordings: verbatim whatever
 * includeInactive / includeInactiveTargets say, because they are what Capillary answered to one
 * request and rewriting them would make them our invention. Only targetRuleId filters them.
 */
export function loadReferenceMembers(): MemberRecord[] {
  const examples = extractReferenceExamples(readFileSync(REFERENCE_PAGE, 'utf8'));
  return examples.flatMap((example): MemberRecord[] => {
    if (example.kind !== 'response' || !isJsonObject(example.body) || !isJsonObject(example.body.data))
      return [];
    const { data } = example.body;
    const userId = String(data.userId);
    return [
      {
        kind: 'recording',
        userId,
        identifiers: [...contactIdentifiers(data.customer), ...syntheticIdentifiers(userId)],
        envelope: example.body,
      },
    ];
  });
}
