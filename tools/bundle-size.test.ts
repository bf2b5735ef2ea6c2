import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { bundleSizes, overBudget, sizesTable } from './bundle-size';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function fakeDist(files: Record<string, string>, html: string): string {
  dir = mkdtempSync(join(tmpdir(), 'mp-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), html);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'assets', name), text);
  return dir;
}

// Text that does not compress, so sizes are predictable enough to cross a budget.
const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7919) % 65521).toString(36)).join('');

describe('bundle sizes', () => {
  const html =
    '<script type="module" src="/assets/index-AAAAAAAA.js"></script>' +
    '<link rel="modulepreload" href="/assets/shared-BBBBBBBB.js"><link rel="stylesheet" href="/assets/index-CCCCCCCC.css">';

  it('counts the entry, its preloaded chunks and the stylesheet as initial, the rest as on demand', () => {
    const sizes = bundleSizes(
      fakeDist(
        {
          'index-AAAAAAAA.js': noise(2000),
          'shared-BBBBBBBB.js': noise(500),
          'index-CCCCCCCC.css': 'a{color:red}',
          'chart-DDDDDDDD.js': noise(100),
        },
        html,
      ),
    );
    expect(sizes.map((s) => [s.file, s.initial])).toEqual([
      ['index-AAAAAAAA.js', true],
      ['shared-BBBBBBBB.js', true],
      ['index-CCCCCCCC.css', true],
      ['chart-DDDDDDDD.js', false],
    ]);
    for (const s of sizes) {
      expect(s.gzip).toBeGreaterThan(0);
      expect(s.brotli).toBeGreaterThan(0);
    }
    expect(sizesTable(sizes)).toContain('| chart.js | on demand |');
  });

  it('names every size over its budget, and nothing when the build fits', () => {
    const sizes = bundleSizes(
      fakeDist(
        { 'index-AAAAAAAA.js': noise(4000), 'index-CCCCCCCC.css': 'a{}', 'x-EEEEEEEE.js': noise(4000) },
        html,
      ),
    );
    expect(
      overBudget(sizes, { initialJsGzip: 1_000_000, initialCssGzip: 1_000, lazyChunkGzip: 1_000_000 }),
    ).toEqual([]);
    const problems = overBudget(sizes, { initialJsGzip: 100, initialCssGzip: 1, lazyChunkGzip: 100 });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^initial JS is [\d.]+ kB gzip, over its budget of 0\.1 kB$/);
    expect(problems[2]).toContain('x-EEEEEEEE.js');
  });
});
