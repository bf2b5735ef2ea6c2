import { config } from 'zod/v4/core';

/**
 * zod probes `new Function('')` the first time it builds an object schema, to decide whether to
 * compile parsers; the CSP forbids eval, so the probe raises a `securitypolicyviolation`. Imports run
 * before the importing module's own code, so `z.config({ jitless: true })` in main.tsx comes after
 * every schema the app's modules build at load. Imported first by app.tsx, this runs before any of them.
 */
config({ jitless: true });
