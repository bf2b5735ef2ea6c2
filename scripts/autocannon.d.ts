// autocannon ships no types; only what scripts/soak.ts uses.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };
  type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    setupRequest?: (request: Request, context: object) => Request;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  };
  export type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  type Instance = EventEmitter & Promise<Result> & { stop(): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
