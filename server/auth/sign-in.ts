import { createHmac, randomBytes } from 'node:crypto';

import type { Context } from 'hono';
import { z } from 'zod';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { apiError, apiJson, envelope } from '../api-response';
import type { AppEnv } from '../app-env';
import type { AuditLog } from '../audit';
import type { Logger } from '../log';

import { sessionCookie, sessionIdOf, type Access } from './access';
import { verifyPassword } from './passwords';
import { normaliseUsername } from './users-file';

type PasswordAccess = Extract<Access, { mode: 'password' }>;

export const SIGN_IN_MAX_BYTES = 4096;

const credentialsSchema = z.strictObject({
  username: z.string().min(1).max(256),
  password: z.string().min(1).max(1024),
});

// A per-process key: the same mistyped name can be followed through one run's log lines, but the
// pseudonym cannot be reversed with a dictionary of emails, nor linked across restarts.
const PSEUDONYM_KEY = randomBytes(32);

/**
 * How a sign-in's username may appear in a log line: a known user by name (it is a staff account,
 * and the audit trail names it anyway); anything else by a pseudonym only, because what people type
 * into a username field is sometimes their password, or a member's email.
 */
export const pseudonym = (username: string) =>
  createHmac('sha256', PSEUDONYM_KEY).update(username).digest('hex').slice(0, 12);

/**
 * At most this many password checks run at once (scrypt holds 32 MiB and a libuv thread for
 * ~0.5 s), with a short queue; past it, "try again in a second".
 */
const MAX_CHECKS = 2;
const MAX_WAITING = 16;

export function createCheckQueue(max = MAX_CHECKS, maxWaiting = MAX_WAITING) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T | 'full'> {
      if (running >= max) {
        if (waiting.length >= maxWaiting) return 'full';
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      running += 1;
      try {
        return await work();
      } finally {
        running -= 1;
        waiting.shift()?.();
      }
    },
  };
}

const retryAfter = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

/**
 * The body, counted as it streams: a chunked body has no Content-Length to refuse up front, and
 * reading it whole first would let one request fill the memory. null: longer than `max`.
 */
async function readAtMost(request: Request, max: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

async function readCredentials(c: Context<AppEnv>) {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return 'unsupported' as const;
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > SIGN_IN_MAX_BYTES) return 'tooLarge' as const;
  const bytes = await readAtMost(c.req.raw, SIGN_IN_MAX_BYTES);
  if (bytes === null) return 'tooLarge' as const;
  try {
    const parsed = credentialsSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : ('invalid' as const);
  } catch {
    return 'invalid' as const;
  }
}

export type SignInDeps = {
  access: PasswordAccess;
  logger: Logger;
  audit: AuditLog;
  clientAddress: (c: Context<AppEnv>) => string;
  checks: ReturnType<typeof createCheckQueue>;
};

/**
 * POST /api/session {username, password}. A wrong password and an unknown username get the same
 * answer after the same scrypt work. Failures are logged (never the password) and slow down the
 * next tries of that username from that address.
 */
export async function signIn(c: Context<AppEnv>, deps: SignInDeps): Promise<Response> {
  const { access, logger } = deps;
  const credentials = await readCredentials(c);
  if (credentials === 'unsupported') {
    return apiError(c, 415, PROXY_ERROR_CODES.invalidRequest, 'Send the sign-in as application/json.');
  }
  if (credentials === 'tooLarge') {
    return apiError(c, 413, PROXY_ERROR_CODES.payloadTooLarge, 'The sign-in request is too large.', {
      connection: 'close',
    });
  }
  if (credentials === 'invalid') {
    return apiError(c, 400, PROXY_ERROR_CODES.invalidRequest, 'Send {"username": "…", "password": "…"}.');
  }
  const username = normaliseUsername(credentials.username);
  const address = deps.clientAddress(c);
  const key = `${pseudonym(username)}|${address}`;
  const user = access.users.find(username);
  const who = user ? { user: user.username } : { userRef: pseudonym(username), unknownUser: true };

  const wait = access.throttle.waitMs(key);
  if (wait > 0) {
    logger.warn('sign-in throttled', { ...who, ip: address, retryAfterSeconds: Number(retryAfter(wait)) });
    return apiError(
      c,
      429,
      PROXY_ERROR_CODES.signInThrottled,
      'Too many failed sign-ins. Wait, then try again.',
      {
        'retry-after': retryAfter(wait),
      },
    );
  }
  const verdict = await deps.checks.run(() =>
    verifyPassword(credentials.password, user?.password ?? access.users.decoy()),
  );
  if (verdict === 'full') {
    return apiError(
      c,
      429,
      PROXY_ERROR_CODES.signInThrottled,
      'Many sign-ins at once. Try again in a second.',
      {
        'retry-after': '1',
      },
    );
  }
  if (!verdict || !user) {
    const delay = access.throttle.failed(key);
    logger.warn('sign-in failed', {
      ...who,
      ip: address,
      nextTryInSeconds: delay > 0 ? Number(retryAfter(delay)) : 0,
    });
    return apiError(c, 401, PROXY_ERROR_CODES.signInFailed, 'Wrong username or password.');
  }
  access.throttle.succeeded(key);
  // A new id at every sign-in (no fixation); the session this browser had before ends.
  const previous = sessionIdOf(c);
  if (previous) access.sessions.revoke(previous);
  const id = access.sessions.create(user.username, user.role);
  logger.info('signed in', { user: user.username, role: user.role, ip: address });
  deps.audit.record({ action: 'session.start', actor: user.username, role: user.role, status: 200 });
  return apiJson(200, envelope({ username: user.username, role: user.role }), {
    'set-cookie': sessionCookie(id),
  });
}
