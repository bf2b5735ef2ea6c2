import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import type { ApiClient } from '../lib/api-client';
import { ApiClientProvider } from '../lib/api-client-context';

export function AppProviders({
  queryClient,
  apiClient,
  children,
}: {
  queryClient: QueryClient;
  apiClient?: ApiClient;
  children: ReactNode;
}) {
  const content = apiClient ? <ApiClientProvider client={apiClient}>{children}</ApiClientProvider> : children;
  return <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>;
}
