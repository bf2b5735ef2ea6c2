import type { RouteObject } from 'react-router-dom';

import { AppLayout } from './layout';
import { NotFound } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';
import { StartRoute } from './routes/start-route';

/** The app's routes, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the lazy member route loads on a first visit (and keeps React Router from warning).
    hydrateFallbackElement: <AppLayout>{null}</AppLayout>,
    children: [
      { index: true, element: <StartRoute /> },
      { path: 'sign-in', element: <SignInRoute /> },
      { path: 'members/:userId', lazy: () => import('./routes/member-route') },
      { path: '*', element: <NotFound /> },
    ],
  },
];
