import { createApp } from '../app';
import { createAuditLog } from '../audit';
import { createResilientSource } from '../upstream/resilient-source';

import type { CapturedLogs } from './capture-logger';
import { startFaultyUpstream, type FaultyUpstream } from './faulty-upstream';
import { TEST_PASSWORD, TEST_TILL, UNREACHABLE_LIMITS } from './proxy-harness';
import { headerAccess } from './users';

/**
 * The app as the hot-path and front-door tests serve it: a faulty upstream, a resilient source with
 * limits out of reach, identities from SSO headers, audit lines into `auditLines`.
 */
export async function startHotPathApp(logs: CapturedLogs, auditLines: string[]) {
  const upstream: FaultyUpstream = await startFaultyUpstream();
  const source = createResilientSource({
    baseUrl: new URL(upstream.url),
    auth: { mode: 'basic', username: TEST_TILL, password: TEST_PASSWORD },
    timeoutMs: 2_000,
    maxBodyBytes: 1024 * 1024,
    limits: UNREACHABLE_LIMITS,
  });
  const app = createApp({
    source,
    logger: logs.logger,
    access: headerAccess(),
    audit: createAuditLog({ auth: 'header', write: (line) => void auditLines.push(line) }),
    ratePerUserPerMin: 1_000_000,
  });
  return { upstream, source, app };
}
