import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { dataOf, idText, isRecord, stringField, UnexpectedAnswerError } from '../../../lib/read-answer';

/** GET /api/demo/members (only when the demo is on): members to try the dashboard with. */
export type DemoMember = { userId: string; name: string; description: string };

function readDemoMember(item: unknown): DemoMember {
  if (!isRecord(item)) throw new UnexpectedAnswerError('Demo members: an entry is not an object');
  const userId = idText(item.userId);
  if (userId === null) throw new UnexpectedAnswerError('Demo members: an entry has no member id');
  const { description } = item;
  if (description !== null && description !== undefined && typeof description !== 'string') {
    throw new UnexpectedAnswerError('Demo members: a description is not a text');
  }
  return { ...item, userId, name: stringField(item, 'name', 'Demo members'), description: description ?? '' };
}

export function readDemoMembers(body: unknown): DemoMember[] {
  const { members } = dataOf(body, 'Demo members');
  if (!Array.isArray(members)) throw new UnexpectedAnswerError('Demo members: no list of members');
  return members.map(readDemoMember);
}

export async function getDemoMembers(api: ApiClient, signal?: AbortSignal): Promise<DemoMember[]> {
  return readDemoMembers(await api.getJson('/api/demo/members', { signal }));
}

export function demoMembersQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['demo', 'members'],
    queryFn: ({ signal }) => getDemoMembers(api, signal),
    staleTime: Infinity,
  });
}

export function useDemoMembers(enabled: boolean) {
  const api = useApiClient();
  return useQuery({ ...demoMembersQueryOptions(api), enabled });
}
