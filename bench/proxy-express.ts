import { Agent } from 'node:http';
import { createRequire } from 'node:module';

import { createProxyMiddleware } from 'http-proxy-middleware';

/**
 * The common Node choice, for comparison: express + http-proxy-middleware, with a keep-alive agent
 * (its default has none, which is about half as fast again). Run as its own process:
 * `node --import tsx bench/proxy-express.ts`. Environment: BENCH_PROXY_PORT, BENCH_UPSTREAM_URL,
 * BENCH_AUTHORIZATION (the upstream's Basic header). `/api/*` is forwarded with `/api` stripped.
 */
type Express = {
  (): {
    use(path: string, handler: unknown): void;
    listen(port: number, host: string, cb: () => void): unknown;
  };
};

// express ships no types and its @types package is not worth a dependency for a benchmark stub.
const require = createRequire(import.meta.url);
const express = require('express') as Express;

const port = Number(process.env.BENCH_PROXY_PORT);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const app = express();
app.use(
  '/api',
  createProxyMiddleware({
    target: process.env.BENCH_UPSTREAM_URL,
    agent,
    headers: { authorization: process.env.BENCH_AUTHORIZATION ?? '' },
  }),
);
app.listen(port, '127.0.0.1', () => console.log(JSON.stringify({ ready: true })));
