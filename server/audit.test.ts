import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { auditLine, createAuditLog, isoTime, type AuditEvent } from './audit';
import { AUTH_MODES } from './config';

/** What the audit line was before it was written out by hand: JSON.stringify of this object. */
function stringified(time: string, auth: string, event: AuditEvent): string {
  const line = {
    time,
    audit: true,
    action: event.action,
    actor: event.actor,
    role: event.role,
    auth,
    identifierName: event.identifierName ?? undefined,
    memberId: event.memberId,
    status: event.status,
    code: event.code ?? undefined,
  };
  return `${JSON.stringify(line)}\n`;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.option(arb, { nil: null }), { nil: undefined });

const eventArb: fc.Arbitrary<AuditEvent> = fc.record({
  action: fc.constantFrom('member.view', 'member.lookup', 'session.start', 'session.end'),
  actor: fc.string({ unit: 'binary' }),
  role: fc.constantFrom('manager', 'staff'),
  memberId: optional(fc.string({ unit: 'binary' })),
  identifierName: optional(fc.string()),
  status: fc.integer({ min: 100, max: 599 }),
  code: optional(fc.string({ unit: 'binary' })),
});

describe('auditLine', () => {
  it('is byte for byte the JSON.stringify line, for any event (quotes, controls, lone surrogates)', () => {
    fc.assert(
      fc.property(
        eventArb,
        fc.constantFrom(...AUTH_MODES),
        fc.date({ noInvalidDate: true }),
        (e, auth, d) => {
          expect(auditLine(d.toISOString(), auth, e)).toBe(stringified(d.toISOString(), auth, e));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('writes the time as toISOString does, for any instant and the milliseconds around it', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), fc.integer({ min: -1_500, max: 1_500 }), (d, step) => {
        const t = d.getTime();
        // Neighbours share the cached second, or cross into another one.
        for (const at of [t, t + step, t + 1, t - 1, t]) {
          if (Math.abs(at) > 8.64e15) continue; // outside what a Date can hold
          expect(isoTime(at)).toBe(new Date(at).toISOString());
        }
      }),
      { numRuns: 2_000 },
    );
    for (let t = Date.UTC(2026, 10, 26, 23, 59, 58, 990); t < Date.UTC(2026, 10, 27, 0, 0, 0, 20); t++) {
      expect(isoTime(t)).toBe(new Date(t).toISOString());
    }
  });

  it('carries the current time to the millisecond when no clock is injected', () => {
    const lines: string[] = [];
    const log = createAuditLog({ auth: 'none', write: (line) => void lines.push(line) });
    const before = Date.now();
    log.record({ action: 'member.view', actor: 'anonymous', role: 'manager', memberId: '1', status: 200 });
    const after = Date.now();
    const time = Date.parse((JSON.parse(lines[0] ?? '{}') as { time: string }).time);
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(after);
  });
});

describe('the audit file', () => {
  const view = (memberId: string): AuditEvent => ({
    action: 'member.view',
    actor: 'anonymous',
    role: 'manager',
    memberId,
    status: 200,
  });
  const linesIn = async (file: string) =>
    (await readFile(file, 'utf8').catch(() => ''))
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => (JSON.parse(l) as { memberId: string }).memberId);

  it('gets every line, in order, shortly after it is recorded, without a close', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'audit-'));
    try {
      const file = join(dir, 'audit.log');
      const log = createAuditLog({ auth: 'none', path: file });
      log.record(view('1'));
      log.record(view('2'));
      await new Promise((r) => setTimeout(r, 30));
      log.record(view('3'));
      // A burst larger than one write's worth is written at once.
      for (let k = 4; k < 600; k++) log.record(view(String(k)));
      const deadline = Date.now() + 5_000;
      while ((await linesIn(file)).length < 599 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(await linesIn(file)).toEqual(Array.from({ length: 599 }, (_, k) => String(k + 1)));
      log.record(view('600'));
      await log.close();
      expect((await linesIn(file)).at(-1)).toBe('600');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
