import { afterEach, beforeEach, vi } from 'vitest';

// Noise is failure: a console.error / console.warn that a test did not expect fails it.
// A test that expects one spies on console itself (vi.spyOn(console, 'error').mockImplementation(...)).
let unexpected: string[] = [];
beforeEach(() => {
  unexpected = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      unexpected.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  if (unexpected.length > 0) throw new Error(`Unexpected console output:\n${unexpected.join('\n')}`);
});
