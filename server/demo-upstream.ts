import { randomBytes } from 'node:crypto';

import { startDemoUpstream } from '../demo/server';

import type { CapillaryAuth } from './config';
import type { DemoMember } from './routes/api';

export type EmbeddedDemo = {
  baseUrl: URL;
  auth: CapillaryAuth;
  catalog: readonly DemoMember[];
  close(): Promise<void>;
};

/**
 * The demo upstream on a loopback ephemeral port, reached over real HTTP with Basic auth like
 * Capillary itself, so the demo runs the production path. The till and password are fresh at every
 * start and live only in this process.
 */
export async function startEmbeddedDemo(today: Date | undefined): Promise<EmbeddedDemo> {
  const username = `demo.till.${randomBytes(4).toString('hex')}`;
  const password = randomBytes(24).toString('base64url');
  const demo = await startDemoUpstream({ host: '127.0.0.1', port: 0, username, password, today });
  return {
    baseUrl: new URL(demo.url),
    auth: { mode: 'basic', username, password },
    catalog: demo.catalog,
    close: () => demo.close(),
  };
}
