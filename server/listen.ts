import type { Server } from 'node:http';

import { createAdaptorServer } from '@hono/node-server';

export type Listening = {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, cuts what is left after `graceMs`. */
  close(graceMs?: number): Promise<void>;
};

type Fetchable = { fetch: (request: Request) => Response | Promise<Response> };

/** Puts an app on a real socket (index.ts, and tests that need real HTTP: aborts, raw paths). */
export function listen(app: Fetchable, { port, host }: { port: number; host: string }): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const hostInUrl = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${hostInUrl}:${actualPort}`,
        port: actualPort,
        close: (graceMs = 10_000) =>
          new Promise<void>((done) => {
            const force = setTimeout(() => server.closeAllConnections(), graceMs);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
