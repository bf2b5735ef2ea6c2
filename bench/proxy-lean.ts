import { createServer } from 'node:http';

import { Pool } from 'undici';

/**
 * The lean Node proxy, for scale: node:http in front of an undici Pool through `pool.dispatch`, the
 * body collected and sent with its status, and nothing else (no check of any kind, no auth of the
 * browser, no limits, no audit, no headers policy). Not a product: what a Node proxy built on Node's
 * own HTTP server and client reaches here when it checks nothing (ours reads and writes HTTP itself
 * on its hot path, decision 016, session 6). Run as its own process: `node --import tsx bench/proxy-lean.ts`.
 * Environment: BENCH_PROXY_PORT, BENCH_UPSTREAM_URL, BENCH_AUTHORIZATION. `/api` is stripped.
 */
const port = Number(process.env.BENCH_PROXY_PORT);
const pool = new Pool(process.env.BENCH_UPSTREAM_URL ?? '', { connections: 128 });
const headers = { authorization: process.env.BENCH_AUTHORIZATION ?? '' };

createServer((req, res) => {
  const chunks: Buffer[] = [];
  let status = 502;
  pool.dispatch(
    { method: 'GET', path: (req.url ?? '/').replace(/^\/api/, ''), headers },
    {
      // Its presence is what tells undici 7 this handler speaks the new callback API.
      onRequestStart() {},
      onResponseStart(_controller, statusCode) {
        status = statusCode;
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        const body = Buffer.concat(chunks);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
        res.end(body);
      },
      onResponseError() {
        res.writeHead(502);
        res.end();
      },
    },
  );
}).listen(port, '127.0.0.1', () => console.log(JSON.stringify({ ready: true })));
