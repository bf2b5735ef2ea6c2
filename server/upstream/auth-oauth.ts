import { z } from 'zod';

import { BASE_HEADERS, type Credentials, type UpstreamAuth } from './auth';
import type { CancelSignal } from './cancel';
import { startDeadline, UpstreamFailure, type Deadline } from './failure';
import type { UpstreamClient } from './http-client';
import { isJsonObject, parseJson } from './json';
import { retryAfterSeconds } from './retry-after';

export type OAuthOptions = {
  client: UpstreamClient;
  clientKey: string;
  clientSecret: string;
  timeoutMs: number;
  /** Milliseconds clock, injectable so tests can move past a token's lifetime. */
  now?: () => number;
};

type Token = Credentials & { renewAt: number };

const TOKEN_PATH = '/v3/oauth/token/generate';
const TOKEN_BODY_LIMIT = 64 * 1024;

const tokenAnswerSchema = z.looseObject({
  data: z.looseObject({
    accessToken: z.string().min(1),
    ttlSeconds: z
      .union([
        z.number(),
        z
          .string()
          .regex(/^\d+(\.\d+)?$/)
          .transform(Number),
      ])
      .pipe(z.number().positive()),
  }),
});

/**
 * Renew at 80 % of the lifetime or 30 s before its end, whichever is earlier, but never before half
 * of it: a very short lifetime would otherwise mean a new token for every request.
 */
export function renewalDelayMs(ttlSeconds: number): number {
  const ttlMs = ttlSeconds * 1000;
  return ttlMs - Math.max(0.2 * ttlMs, Math.min(30_000, 0.5 * ttlMs));
}

/** Waits for a shared promise on behalf of one caller, who may give up (deadline, browser gone) alone. */
function waitFor<T>(shared: Promise<T>, signal: CancelSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}

/**
 * OAuth as the notes describe it: `POST /v3/oauth/token/generate` with `{key, secret}` and no auth
 * header; the token goes in `X-CAP-API-OAUTH-TOKEN`. There is no refresh token, so a new one is
 * generated before expiry, and concurrent requests share one generation (single flight).
 */
export function createOAuthAuth({
  client,
  clientKey,
  clientSecret,
  timeoutMs,
  now = Date.now,
}: OAuthOptions): UpstreamAuth {
  const requestBody = JSON.stringify({ key: clientKey, secret: clientSecret });
  const tokenHeaders = { ...BASE_HEADERS, 'content-type': 'application/json' };
  let current: Token | null = null;
  let inflight: Promise<Token> | null = null;

  async function generate(): Promise<Token> {
    // Its own deadline: one browser leaving must not fail the generation others are waiting for.
    const deadline = startDeadline(timeoutMs);
    try {
      const res = await client.send({
        method: 'POST',
        path: TOKEN_PATH,
        headers: tokenHeaders,
        body: requestBody,
        deadline,
        maxBodyBytes: TOKEN_BODY_LIMIT,
      });
      // 400 too: Capillary answers a malformed key that way, and the remedy is the same (an admin).
      if (res.status === 400 || res.status === 401 || res.status === 403) {
        throw new UpstreamFailure('credentialsRefused', res.status);
      }
      if (res.status === 429) {
        throw new UpstreamFailure('rateLimited', res.status, retryAfterSeconds(res.headers['retry-after']));
      }
      if (res.status < 200 || res.status >= 300) throw new UpstreamFailure('failed', res.status);
      const json = parseJson(res.body);
      const answer = tokenAnswerSchema.safeParse(json);
      if (!answer.success) {
        // A 200 carrying errors and no token is a refusal in the envelope rather than the status.
        const refused = isJsonObject(json) && Array.isArray(json.errors) && json.errors.length > 0;
        throw new UpstreamFailure(refused ? 'credentialsRefused' : 'badResponse', res.status);
      }
      const { accessToken, ttlSeconds } = answer.data.data;
      return {
        headers: { ...BASE_HEADERS, 'x-cap-api-oauth-token': accessToken },
        renewAt: now() + renewalDelayMs(ttlSeconds),
      };
    } finally {
      deadline.dispose();
    }
  }

  function shared(): Promise<Token> {
    if (!inflight) {
      const started = generate().then((token) => {
        current = token;
        return token;
      });
      inflight = started;
      const clear = () => {
        if (inflight === started) inflight = null;
      };
      // Waiters may all have given up; the generation's own outcome is then nobody's rejection.
      started.then(clear, clear);
    }
    return inflight;
  }

  return {
    async credentials(deadline: Deadline) {
      if (current && now() < current.renewAt) return current;
      return waitFor(shared(), deadline.signal);
    },
    refused(used) {
      // Only the first of several concurrent 401s drops the token; the others reuse its successor.
      if (current === used) current = null;
      return true;
    },
  };
}
