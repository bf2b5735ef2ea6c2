import { describe, expect, it, vi } from 'vitest';

import type { ApiClient } from '../../../lib/api-client';
import { startEarlyMemberFetch, takeEarlyMemberBody } from './early-member-fetch';

function fakeApi() {
  const getJson = vi.fn((path: string) => Promise.resolve({ path }));
  return { api: { getJson } as unknown as ApiClient, getJson };
}

describe('the early member fetch', () => {
  it('asks for the member of a member page with the switches of its URL, and hands the answer over once', async () => {
    const { api, getJson } = fakeApi();
    expect(
      startEarlyMemberFetch(api, { pathname: '/members/64035151', search: '?includeInactive=true' }, 1000),
    ).toBe(true);
    const path = '/api/v3/users/64035151/targetGroups?includeInactive=true';
    expect(getJson).toHaveBeenCalledWith(path);
    await expect(takeEarlyMemberBody(path, 2000)).resolves.toEqual({ path });
    expect(takeEarlyMemberBody(path, 2000)).toBeNull();
  });

  it('asks for nothing on other pages or for what cannot be a member id', () => {
    const { api, getJson } = fakeApi();
    for (const pathname of [
      '/',
      '/members/',
      '/members/0123',
      '/members/abc',
      '/members/1/x',
      '/members/%E0%A4%A',
    ]) {
      expect(startEarlyMemberFetch(api, { pathname, search: '' }, 0)).toBe(false);
    }
    expect(getJson).not.toHaveBeenCalled();
  });

  it('gives nothing for another path, and drops an answer left untaken too long', () => {
    const { api } = fakeApi();
    startEarlyMemberFetch(api, { pathname: '/members/7', search: '' }, 0);
    expect(takeEarlyMemberBody('/api/v3/users/8/targetGroups', 1)).toBeNull();
    expect(takeEarlyMemberBody('/api/v3/users/7/targetGroups', 60_000)).toBeNull();
  });

  it('never leaves a failed early answer unhandled', async () => {
    const getJson = vi.fn(() => Promise.reject(new Error('offline')));
    startEarlyMemberFetch({ getJson } as unknown as ApiClient, { pathname: '/members/9', search: '' }, 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeEarlyMemberBody('/api/v3/users/9/targetGroups', 1)).rejects.toThrow('offline');
  });
});
