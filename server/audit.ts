import { createWriteStream, type WriteStream } from 'node:fs';

import type { AuthMode } from './config';
import type { Role } from './auth/users-file';

/**
 * The audit trail: one JSON line per member view (and per lookup, sign-in, sign-out), saying who
 * looked at which member, when, and what they got. It holds ids and outcomes, never the member's
 * personal data (no name, phone, email, lookup value) and never a credential.
 */
export type AuditAction = 'member.view' | 'member.lookup' | 'session.start' | 'session.end';

export type AuditEvent = {
  action: AuditAction;
  /** The signed-in username (header mode: the SSO email); `anonymous` with DASHBOARD_AUTH=none. */
  actor: string;
  role: Role;
  /** The Capillary userId looked at or found; null when the input was not a valid id or nothing matched. */
  memberId?: string | null;
  /** member.lookup: the kind of identifier searched by (mobile, email, …), never its value. */
  identifierName?: string | null;
  /** The HTTP status the browser got, and our or Capillary's error code when it was not a success. */
  status: number;
  code?: string | null;
};

export type AuditLog = {
  record(event: AuditEvent): void;
  close(): Promise<void>;
};

export type AuditOptions = {
  auth: AuthMode;
  /** AUDIT_LOG: appended to; absent: standard output. */
  path?: string | null;
  /** Receives each line (tests); overrides `path`. */
  write?: (line: string) => void;
  now?: () => Date;
  /** Told once if the audit file cannot be written. */
  onError?: (err: Error) => void;
};

/** How long a line may wait for others before it is written to the audit file, at most. */
const FLUSH_MS = 10;
/** Pending text that is written at once, whatever its age (bounds the memory a burst holds). */
const FLUSH_CHARS = 64 * 1024;

export function createAuditLog({ auth, path, write, now, onError }: AuditOptions): AuditLog {
  let stream: WriteStream | null = null;
  let sink = write;
  let flushPending = () => {};
  if (!sink && path) {
    stream = createWriteStream(path, { flags: 'a', mode: 0o600 });
    let reported = false;
    stream.on('error', (err) => {
      if (!reported) onError?.(err);
      reported = true;
    });
    const s = stream;
    // The lines of up to FLUSH_MS go to the file in one write (a busy proxy writes thousands a
    // second, and each write costs the main thread a file-system request: 3.4 % of its time when
    // the lines of each event-loop turn were written together). close() writes what is pending.
    let pending = '';
    let timer: NodeJS.Timeout | null = null;
    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (pending === '') return;
      s.write(pending);
      pending = '';
    };
    flushPending = flush;
    sink = (line) => {
      pending += line;
      if (pending.length >= FLUSH_CHARS) flush();
      else timer ??= setTimeout(flush, FLUSH_MS);
    };
  }
  sink ??= (line) => void process.stdout.write(line);
  const out = sink;
  const time = now ? () => now().toISOString() : isoNow;
  return {
    record(event) {
      out(auditLine(time(), auth, event));
    },
    close: () =>
      new Promise<void>((resolve) => {
        flushPending();
        if (stream) stream.end(() => resolve());
        else resolve();
      }),
  };
}

let isoAt = Number.NaN;
let iso = '';
let secondAt = Number.NaN;
let secondPrefix = '';

/**
 * `new Date(t).toISOString()`, with one Date per second rather than per line: the text up to the
 * second is kept and the milliseconds written by hand (a busy proxy writes several lines a
 * millisecond and a new millisecond every other line). audit.test.ts compares the two.
 */
export function isoTime(t: number): string {
  if (t === isoAt) return iso;
  const ms = ((t % 1000) + 1000) % 1000;
  const second = t - ms;
  if (second !== secondAt) {
    secondAt = second;
    // Everything but `sssZ` (a six-digit year is longer, so cut from the end).
    secondPrefix = new Date(second).toISOString().slice(0, -4);
  }
  isoAt = t;
  iso = `${secondPrefix}${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
  return iso;
}

const isoNow = () => isoTime(Date.now());

const json = JSON.stringify;

/**
 * The line `JSON.stringify` makes of `{time, audit, action, actor, role, auth, identifierName,
 * memberId, status, code}` (undefined fields left out), written out by hand: one line per member view,
 * and building then serialising an object was most of recording it. audit.test.ts compares the two.
 */
export function auditLine(time: string, auth: AuthMode, event: AuditEvent): string {
  const { identifierName, memberId, code } = event;
  return (
    `{"time":"${time}","audit":true,"action":${json(event.action)},"actor":${json(event.actor)},` +
    `"role":${json(event.role)},"auth":${json(auth)}` +
    (identifierName == null ? '' : `,"identifierName":${json(identifierName)}`) +
    (memberId === undefined ? '' : `,"memberId":${json(memberId)}`) +
    `,"status":${json(event.status)}` +
    (code == null ? '' : `,"code":${json(code)}`) +
    '}\n'
  );
}

/** For tests and tools that do not care about the trail. */
export const discardAudit: AuditLog = { record: () => {}, close: () => Promise.resolve() };
