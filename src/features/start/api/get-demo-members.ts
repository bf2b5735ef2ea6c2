import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** GET /api/demo/members (only when the demo is on): members to try the dashboard with. */
export const demoMembersSchema = z.looseObject({
  data: z.looseObject({
    members: z.array(
      z.looseObject({
        userId: z.union([z.string(), z.number()]).transform(String),
        name: z.string(),
        description: z
          .string()
          .nullish()
          .transform((v) => v ?? ''),
      }),
    ),
  }),
});

export type DemoMember = z.infer<typeof demoMembersSchema>['data']['members'][number];

export async function getDemoMembers(api: ApiClient, signal?: AbortSignal): Promise<DemoMember[]> {
  return demoMembersSchema.parse(await api.getJson('/api/demo/members', { signal })).data.members;
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
