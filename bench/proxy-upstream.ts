import { createServer, type ServerResponse } from 'node:http';

import { basicAuthorization } from '../demo/auth';
import { startDemoUpstream } from '../demo/server';

/**
 * The proxy benchmark's upstream, run as its own process (`node --import tsx bench/proxy-upstream.ts`)
 * so it does not share an event loop with the load generator or the proxy under test.
 *
 * It starts the real demo upstream once, takes two real member bodies from it over HTTP (a ~20 KB
 * member and the 1 MB member 900000015 with includeInactive=true), stops it, and then serves those
 * exact bytes at fixed cost: the demo renders a member per request, which would make the upstream,
 * not the proxy, the thing measured. Any valid member id gets the 20 KB body, so the load generator
 * can ask for a different member on every request (no proxy may coalesce them); 900000015 with
 * includeInactive=true gets the 1 MB body. Basic auth is checked on every request, like Capillary.
 *
 * Environment: BENCH_UPSTREAM_PORT, BENCH_DEMO_PORT, BENCH_USERNAME, BENCH_PASSWORD. Prints one JSON
 * line `{"ready":true,...}` once listening on 127.0.0.1.
 */
const SMALL_MEMBER = '900000005';
const LARGE_MEMBER = '900000015';

const port = Number(process.env.BENCH_UPSTREAM_PORT);
const demoPort = Number(process.env.BENCH_DEMO_PORT);
const username = process.env.BENCH_USERNAME ?? '';
const password = process.env.BENCH_PASSWORD ?? '';
const authorization = basicAuthorization(username, password);

async function memberBody(base: string, userId: string): Promise<Buffer> {
  const res = await fetch(`${base}/v3/users/${userId}/targetGroups?includeInactive=true`, {
    headers: { authorization },
  });
  if (res.status !== 200) throw new Error(`demo answered ${res.status} for ${userId}`);
  return Buffer.from(await res.arrayBuffer());
}

const demo = await startDemoUpstream({ host: '127.0.0.1', port: demoPort, username, password });
const small = await memberBody(demo.url, SMALL_MEMBER);
const large = await memberBody(demo.url, LARGE_MEMBER);
await demo.close();

const TARGETS = /^\/v3\/users\/([1-9][0-9]{0,18})\/targetGroups(?:\?(.*))?$/;
const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };
const UNAUTHORIZED = Buffer.from(
  '{"data":null,"errors":[{"code":401,"message":"Unauthorized"}],"warnings":[]}',
);
const NOT_FOUND = Buffer.from('{"data":null,"errors":[{"code":404,"message":"Not Found"}],"warnings":[]}');

function send(res: ServerResponse, status: number, body: Buffer): void {
  res.writeHead(status, { ...JSON_HEADERS, 'content-length': body.length });
  res.end(body);
}

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  if (req.headers.authorization !== authorization) return send(res, 401, UNAUTHORIZED);
  const match = TARGETS.exec(req.url ?? '');
  if (!match || req.method !== 'GET') return send(res, 404, NOT_FOUND);
  const isLarge = match[1] === LARGE_MEMBER && (match[2] ?? '').includes('includeInactive=true');
  send(res, 200, isLarge ? large : small);
});
server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, smallBytes: small.length, largeBytes: large.length }));
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
