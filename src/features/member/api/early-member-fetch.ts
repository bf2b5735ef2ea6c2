import type { ApiClient } from '../../../lib/api-client';
import { isMemberId } from '../../../lib/member-id';
import { readViewParams } from '../lib/view-params';
import { memberTargetsPath } from './member-targets-path';

/**
 * The first load of a member page asks for the member as soon as the page's first script (src/early.ts)
 * runs, in parallel with fetching the app's and the member page's code, instead of after it. The answer is
 * handed to the page's query once; it is never reused for a later fetch (a Refresh always asks again),
 * and one not taken within FRESH_MS is dropped.
 */
const FRESH_MS = 10_000;
const MEMBER_PAGE = /^\/members\/([^/]+)\/?$/;

let early: { path: string; body: Promise<unknown>; startedAt: number } | null = null;

function memberIdIn(pathname: string): string | null {
  const match = MEMBER_PAGE.exec(pathname);
  if (!match?.[1]) return null;
  try {
    const id = decodeURIComponent(match[1]);
    return isMemberId(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * Starts the member's fetch when `location` is a member page and says whether it did; does nothing
 * anywhere else.
 */
export function startEarlyMemberFetch(
  api: ApiClient,
  location: { pathname: string; search: string },
  now: number = Date.now(),
): boolean {
  const userId = memberIdIn(location.pathname);
  if (userId === null) return false;
  const path = memberTargetsPath({ userId, ...readViewParams(new URLSearchParams(location.search)) });
  const body = api.getJson(path);
  // Handled by whoever takes it; an answer nobody takes must not surface as an unhandled rejection.
  body.catch(() => undefined);
  early = { path, body, startedAt: now };
  return true;
}

/** The early answer for exactly this path, once; null when there is none (or it is too old). */
export function takeEarlyMemberBody(path: string, now: number = Date.now()): Promise<unknown> | null {
  const taken = early;
  if (!taken || taken.path !== path) return null;
  early = null;
  return now - taken.startedAt <= FRESH_MS ? taken.body : null;
}
