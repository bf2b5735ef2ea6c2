import { createHash } from 'node:crypto';

import { BASE_HEADERS, type Credentials, type UpstreamAuth } from './auth';

/**
 * Capillary's Basic scheme hashes the password first: `Basic base64(till + ':' + md5hex(password))`,
 * md5 in lowercase hex (docs test vector: store.server / server123 →
 * `Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3`).
 */
export function basicAuthorization(till: string, password: string): string {
  const md5 = createHash('md5').update(password, 'utf8').digest('hex');
  return `Basic ${Buffer.from(`${till}:${md5}`, 'utf8').toString('base64')}`;
}

/** The header never changes, so it is computed once rather than per request. */
export function createBasicAuth({
  username,
  password,
}: {
  username: string;
  password: string;
}): UpstreamAuth {
  const credentials: Credentials = {
    headers: { ...BASE_HEADERS, authorization: basicAuthorization(username, password) },
  };
  const ready = Promise.resolve(credentials);
  return {
    credentials: () => ready,
    // A till's password does not change between two requests: a second try would be refused too.
    refused: () => false,
  };
}
