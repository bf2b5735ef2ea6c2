import { describe, expect, it } from 'vitest';

import { createHeaderIdentity, parseRoleGroups } from './header-identity';

describe('parseRoleGroups', () => {
  it('reads role=group pairs, several groups per role', () => {
    expect(parseRoleGroups('manager=loyalty-managers;staff=store-staff')).toEqual({
      ok: true,
      groups: { manager: ['loyalty-managers'], staff: ['store-staff'] },
    });
    expect(parseRoleGroups(' staff = a, b ; ')).toEqual({
      ok: true,
      groups: { manager: [], staff: ['a', 'b'] },
    });
  });

  it.each(['admin=x', 'manager', 'manager=', ';', 'staff=a;oops'])('refuses %j', (raw) => {
    expect(parseRoleGroups(raw).ok).toBe(false);
  });
});

describe('createHeaderIdentity', () => {
  const identity = createHeaderIdentity({
    proxySecret: 'the-proxy-secret-123',
    roleGroups: { manager: ['m'], staff: ['s'] },
  });
  const headers = (h: Record<string, string>) => (name: string) => h[name];

  it('trusts only the exact secret', () => {
    const base = { 'x-forwarded-email': 'a@b.co', 'x-forwarded-groups': 's' };
    expect(identity.identify(headers(base))).toMatchObject({ ok: false, status: 401 });
    for (const secret of ['', 'the-proxy-secret-12', 'the-proxy-secret-1234', 'THE-PROXY-SECRET-123']) {
      expect(identity.identify(headers({ ...base, 'x-dashboard-proxy-secret': secret }))).toMatchObject({
        ok: false,
        status: 401,
      });
    }
    expect(
      identity.identify(headers({ ...base, 'x-dashboard-proxy-secret': 'the-proxy-secret-123' })),
    ).toEqual({
      ok: true,
      username: 'a@b.co',
      role: 'staff',
    });
  });

  it('no role from the groups → 403', () => {
    const verdict = identity.identify(
      headers({
        'x-dashboard-proxy-secret': 'the-proxy-secret-123',
        'x-forwarded-email': 'a@b.co',
        'x-forwarded-groups': 'S, mm',
      }),
    );
    expect(verdict).toEqual({ ok: false, status: 403, reason: 'no-role' });
  });
});
