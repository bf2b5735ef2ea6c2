import { describe, expect, it } from 'vitest';

import { FAST_SCRYPT } from '../testing/users';

import { decoyHash, hashPassword, passwordHashSchema, SCRYPT_DEFAULTS, verifyPassword } from './passwords';

describe('scrypt password hashes', () => {
  it('verifies the right password only; each hash has its own salt', async () => {
    const a = await hashPassword('correct horse battery staple', FAST_SCRYPT);
    const b = await hashPassword('correct horse battery staple', FAST_SCRYPT);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
    expect(passwordHashSchema.safeParse(a).success).toBe(true);
  });

  it('the same password in composed and decomposed Unicode is the same password', async () => {
    const hash = await hashPassword('caf\u00e9-password', FAST_SCRYPT);
    expect(await verifyPassword('cafe\u0301-password', hash)).toBe(true);
  });

  it('a decoy hash matches nothing and costs the same parameters', async () => {
    const decoy = decoyHash(FAST_SCRYPT);
    expect(decoy).toMatchObject({ algorithm: 'scrypt', ...FAST_SCRYPT });
    expect(await verifyPassword('', decoy)).toBe(false);
  });

  it('defaults to an OWASP-recommended cost; refuses absurd parameters from a file', async () => {
    expect(SCRYPT_DEFAULTS).toEqual({ N: 32768, r: 8, p: 3, keyLength: 32 });
    const ok = await hashPassword('x', FAST_SCRYPT);
    expect(passwordHashSchema.safeParse({ ...ok, N: 2 ** 30 }).success).toBe(false);
    expect(passwordHashSchema.safeParse({ ...ok, N: 1000 }).success).toBe(false);
    expect(passwordHashSchema.safeParse({ ...ok, algorithm: 'md5' }).success).toBe(false);
  });
});
