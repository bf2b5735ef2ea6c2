import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router-dom';

import { ThemeToggle } from '../components/ui/theme-toggle';
import { SessionStatus } from '../features/auth/components/session-status';
import { HeaderSearch } from './header-search';
import { RetryingStatus } from './retrying-status';

/** The frame of every page: one banner with the app's name linking home, one main landmark. */
export function AppLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only rounded-md bg-accent px-3 py-2 text-accent-fg focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="border-b border-border bg-surface print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 font-semibold tracking-tight">
            <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-accent" />
            Member Progress
          </Link>
          <HeaderSearch />
          <div className="ml-auto flex items-center gap-3">
            <SessionStatus />
            <ThemeToggle />
          </div>
        </div>
        <RetryingStatus />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children ?? <Outlet />}
      </main>
    </div>
  );
}
