import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createGatekeeper } from './auth';
import { DEMO_CATALOG, type DemoMemberSummary } from './catalog';
import { errorEnvelope, sendJson } from './http-io';
import { buildLookupIndex } from './lookup';
import { buildDemoMembers } from './members';
import { route, type DemoState } from './routes';

export type DemoUpstreamOptions = {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Basic credentials accepted: `Authorization: Basic base64(username + ':' + md5hex(password))`. */
  username: string;
  password: string;
  /** OAuth client credentials accepted by /v3/oauth/token/generate; without them no token is issued. */
  clientKey?: string;
  clientSecret?: string;
  /** The demo's "now": cycles and current periods sit around it. Default new Date(). */
  today?: Date;
  /** Lifetime of issued tokens. Default 300, as Capillary's example answer. */
  tokenTtlSeconds?: number;
};

export type DemoUpstream = {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
  catalog: DemoMemberSummary[];
};

export type { DemoMemberSummary };

export async function startDemoUpstream(options: DemoUpstreamOptions): Promise<DemoUpstream> {
  const members = buildDemoMembers(options.today ?? new Date());
  const state: DemoState = {
    members,
    lookup: buildLookupIndex(members.values()),
    gatekeeper: createGatekeeper({ ...options, tokenTtlSeconds: options.tokenTtlSeconds ?? 300 }),
  };
  const server = createServer((req, res) => {
    route(state, req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, errorEnvelope(500, 'Internal Server Error'));
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    catalog: DEMO_CATALOG.map((summary) => ({ ...summary })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
