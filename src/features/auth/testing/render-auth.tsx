import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';

import { ApiClientProvider } from '../../../lib/api-client-context';
import { createTestQueryClient } from '../../../testing/render';
import type { FakeProxy } from './fake-proxy';

/** Renders `routes` at `url` in a memory router, over a fake proxy, with a fresh query client. */
export function renderWithProxy(proxy: FakeProxy, routes: RouteObject[], url: string) {
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={proxy.client}>
        <RouterProvider router={router} />
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { queryClient, router };
}
