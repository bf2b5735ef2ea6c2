import { fileURLToPath } from 'node:url';

import { bundleSizes, overBudget, sizesTable, type Budget } from '../tools/bundle-size';

/**
 * The bundle budget, run by `npm test` after the build: fails when the first load or any lazy chunk
 * grows past it (issue 4: initial JS ≤ 130 kB gzip, 1 kB = 1,000 bytes as Vite prints; charts and other heavy parts on demand).
 * Raise a budget only with a reason written in docs/benchmarks.md.
 */
export const BUDGET: Budget = {
  initialJsGzip: 130_000,
  initialCssGzip: 10_000,
  // The chart library (Recharts) is the largest on-demand part, loaded on "Show history".
  lazyChunkGzip: 125_000,
};

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const sizes = bundleSizes(dist);
console.log(sizesTable(sizes));
const problems = overBudget(sizes, BUDGET);
if (problems.length > 0) {
  console.error(`\nBundle budget exceeded:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nWithin the bundle budget.');
