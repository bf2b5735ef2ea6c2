import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';

import { fakeNetwork } from '../testing/fake-network';
import { createTestQueryClient } from '../testing/render';
import { HeaderSearch } from './header-search';
import { AppProviders } from './providers';

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '*', element: <HeaderSearch /> }], { initialEntries: [url] });
  render(
    <AppProviders queryClient={createTestQueryClient()} apiClient={fakeNetwork().client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

describe('HeaderSearch', () => {
  it('is the banner’s search on every page but the start page, which has its own', () => {
    renderAt('/members/64035151');
    expect(screen.getByRole('search')).toBeInTheDocument();
  });

  it('stays away from the start page', () => {
    renderAt('/');
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });
});
