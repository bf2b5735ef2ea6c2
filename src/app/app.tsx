// First: before any module builds a zod schema (see zod-jitless.ts).
import './zod-jitless';

import { RouterProvider } from 'react-router-dom';

import { createQueryClient } from '../lib/query-client';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

const queryClient = createQueryClient();
const router = createAppRouter();

export function App() {
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
