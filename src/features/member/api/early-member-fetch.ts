import type { ApiClient, FetchLike } from '../../../lib/api-client';
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

/** The request public/early-fetch.js started from the page's head: its address and its pending answer. */
export type HeadFetch = { path: string; response: Promise<Response> };

const HEAD_FETCH_KEY = '__memberProgressEarlyFetch';

/**
 * The request the head script started, if any, taken off `scope` (it is adopted once); null when there
 * is none or it is not what the head script leaves.
 */
export function takeHeadFetch(scope: object): HeadFetch | null {
  const left: unknown = Reflect.get(scope, HEAD_FETCH_KEY);
  Reflect.deleteProperty(scope, HEAD_FETCH_KEY);
  if (typeof left !== 'object' || left === null) return null;
  const { path, response } = left as Partial<HeadFetch>;
  return typeof path === 'string' && response instanceof Promise ? { path, response } : null;
}

/**
 * `fetchImpl`, except that the first GET of the head script's address gets the answer already on its
 * way instead of a second request. The api client reads it as any other answer (status, envelope,
 * errors), so an adopted answer is handled exactly like one it asked for.
 */
export function adoptingHeadFetch(head: HeadFetch | null, fetchImpl: FetchLike): FetchLike {
  let pending = head;
  return (input, init) => {
    if (pending && input === pending.path && (init.method ?? 'GET') === 'GET') {
      const { response } = pending;
      pending = null;
      return response;
    }
    return fetchImpl(input, init);
  };
}
