import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';

import { ApiClientProvider } from '../lib/api-client-context';
import { fakeNetwork, type FakeNetwork } from './fake-network';

/** A fresh QueryClient per test, retries off (TanStack Query's testing advice). */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

export function TestProviders({
  network,
  queryClient,
  children,
}: {
  network: FakeNetwork;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={network.client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
}

type Options = { network?: FakeNetwork; url?: string; path?: string; routes?: RouteObject[] };

/** Renders inside the app's providers and a memory router at `url`, over a fake network. */
export function renderWithProviders(ui: ReactNode, options: Options = {}) {
  const network = options.network ?? fakeNetwork();
  const queryClient = createTestQueryClient();
  const routes = options.routes ?? [{ path: options.path ?? '*', element: ui }];
  const router = createMemoryRouter(routes, { initialEntries: [options.url ?? '/'] });
  const result = render(
    <TestProviders network={network} queryClient={queryClient}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { ...result, network, queryClient, router };
}
