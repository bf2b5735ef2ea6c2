import { useSyncExternalStore } from 'react';

import {
  addRecentMember,
  parseRecentMembers,
  RECENT_MEMBERS_KEY,
  serialiseRecentMembers,
  type RecentMember,
} from '../lib/recent-members';

/**
 * Recent members in this browser's localStorage, shared by every tab (the `storage` event) and
 * cleared on sign-out: call `clearRecentMembers()`, or dispatch `window` event `mp:signed-out`.
 */
export const SIGNED_OUT_EVENT = 'mp:signed-out';

const listeners = new Set<() => void>();
// Where the list lives when localStorage refuses (storage disabled, quota): this tab only.
let fallback: string | null = null;
let cache: { raw: string | null; members: RecentMember[] } = { raw: null, members: [] };

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(RECENT_MEMBERS_KEY);
  } catch {
    return fallback;
  }
}

function writeRaw(raw: string | null): void {
  fallback = raw;
  try {
    if (raw === null) window.localStorage.removeItem(RECENT_MEMBERS_KEY);
    else window.localStorage.setItem(RECENT_MEMBERS_KEY, raw);
  } catch {
    // Kept in `fallback` for this tab.
  }
  for (const listener of listeners) listener();
}

/** The current list; the same array until the stored text changes (as useSyncExternalStore needs). */
export function getRecentMembers(): RecentMember[] {
  const raw = readRaw();
  if (raw !== cache.raw) cache = { raw, members: parseRecentMembers(raw) };
  return cache.members;
}

export function recordRecentMember(member: { userId: string; name: string }, now: number = Date.now()): void {
  const next = addRecentMember(getRecentMembers(), { ...member, viewedAt: now });
  writeRaw(serialiseRecentMembers(next));
}

export function clearRecentMembers(): void {
  writeRaw(null);
}

function onStorage(event: StorageEvent): void {
  if (event.key === null || event.key === RECENT_MEMBERS_KEY) for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

const NONE: RecentMember[] = [];

export function useRecentMembers(): RecentMember[] {
  return useSyncExternalStore(subscribe, getRecentMembers, () => NONE);
}

// Installed once, when the app first loads this module (the header's search does, on every page), so a
// sign-out clears the list even while nothing shows it.
if (typeof window !== 'undefined') window.addEventListener(SIGNED_OUT_EVENT, clearRecentMembers);
