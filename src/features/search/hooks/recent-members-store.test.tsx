import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { RECENT_MEMBERS_KEY } from '../lib/recent-members';
import {
  clearRecentMembers,
  getRecentMembers,
  recordRecentMember,
  SIGNED_OUT_EVENT,
  useRecentMembers,
} from './recent-members-store';

afterEach(() => localStorage.clear());

describe('the recent members store', () => {
  it('keeps members in localStorage under mp.recentMembers, most recent first', () => {
    recordRecentMember({ userId: '900000001', name: 'Asha Rao' }, 1_000);
    recordRecentMember({ userId: '64035151', name: 'Tom Sawyer' }, 2_000);
    expect(JSON.parse(localStorage.getItem(RECENT_MEMBERS_KEY) ?? '')).toEqual([
      { userId: '64035151', name: 'Tom Sawyer', viewedAt: 2_000 },
      { userId: '900000001', name: 'Asha Rao', viewedAt: 1_000 },
    ]);
    expect(getRecentMembers()).toBe(getRecentMembers());
  });

  it('tells the components that show them, and clears them', () => {
    const { result } = renderHook(() => useRecentMembers());
    expect(result.current).toEqual([]);
    act(() => recordRecentMember({ userId: '900000001', name: 'Asha Rao' }, 1));
    expect(result.current.map((m) => m.name)).toEqual(['Asha Rao']);
    act(() => clearRecentMembers());
    expect(result.current).toEqual([]);
    expect(localStorage.getItem(RECENT_MEMBERS_KEY)).toBeNull();
  });

  it('clears them when the window hears mp:signed-out', () => {
    const { result } = renderHook(() => useRecentMembers());
    act(() => recordRecentMember({ userId: '900000001', name: 'Asha Rao' }, 1));
    act(() => {
      window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    });
    expect(result.current).toEqual([]);
    expect(localStorage.getItem(RECENT_MEMBERS_KEY)).toBeNull();
  });

  it('follows another tab', () => {
    const { result } = renderHook(() => useRecentMembers());
    const stored = JSON.stringify([{ userId: '64035151', name: 'Tom Sawyer', viewedAt: 5 }]);
    act(() => {
      localStorage.setItem(RECENT_MEMBERS_KEY, stored);
      window.dispatchEvent(new StorageEvent('storage', { key: RECENT_MEMBERS_KEY, newValue: stored }));
    });
    expect(result.current.map((m) => m.userId)).toEqual(['64035151']);
  });
});
