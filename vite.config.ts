import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { compileHints } from './tools/compile-hints.ts';

// One config for the SPA build, the dev server and the unit tests.
// `npm run dev` proxies /api to a running `npm run serve` (PORT 8080).
export default defineConfig({
  plugins: [react(), tailwindcss(), compileHints()],
  build: { outDir: 'dist', sourcemap: false, target: 'es2022' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
  test: {
    // CI has 2 cores shared by two test workers, jsdom and real servers: generous limits keep slow runs from
    // reading as failures. No test asserts a duration.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'contract/**/*.test.ts',
            'server/**/*.test.ts',
            'demo/**/*.test.ts',
            'src/**/*.test.ts',
            'tools/**/*.test.ts',
          ],
          setupFiles: ['./vitest.setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./vitest.setup-dom.ts'],
        },
      },
    ],
  },
});
