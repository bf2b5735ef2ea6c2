import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

import { z } from 'zod';

/**
 * Password hashes: scrypt with a random salt, the parameters stored beside the hash so they can be
 * raised later without invalidating old entries. Defaults: OWASP's Password Storage Cheat Sheet
 * equivalent N=2^15, r=8, p=3 (32 MiB per hash; the N=2^17 variant needs 128 MiB per sign-in).
 */
export const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 3, keyLength: 32 } as const;

// Bounds for parameters read from the users file: a typo must not make every sign-in take minutes.
export const passwordHashSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  keyLength: z.number().int().min(16).max(128),
  salt: z.base64().min(16),
  hash: z.base64().min(16),
});

export type PasswordHash = z.infer<typeof passwordHashSchema>;
export type ScryptParams = Pick<PasswordHash, 'N' | 'r' | 'p' | 'keyLength'>;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly too small for N=2^15.
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, params.keyLength, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(
  password: string,
  params: ScryptParams = SCRYPT_DEFAULTS,
): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return {
    algorithm: 'scrypt',
    ...params,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

/** Always derives (the work does not depend on the answer) and compares in constant time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), {
    ...stored,
    keyLength: expected.length,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash nobody's password matches, with given parameters: an unknown username costs the same
 * scrypt work as a known one, so the answer's timing does not say which usernames exist.
 */
export function decoyHash(params: ScryptParams): PasswordHash {
  return {
    algorithm: 'scrypt',
    ...params,
    salt: randomBytes(16).toString('base64'),
    hash: randomBytes(params.keyLength).toString('base64'),
  };
}
