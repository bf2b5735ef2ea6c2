import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Sizes of the built SPA (dist/): what every page loads first (the entry script, the chunks it
 * preloads, the stylesheet), and each chunk loaded on demand. Sizes are deterministic for a given
 * build, so, unlike timings, they can gate CI (scripts/size-check.ts) and are reported by `npm run bench`.
 */
export type AssetSize = {
  file: string;
  kind: 'js' | 'css';
  /** Loaded by every page (referenced from index.html), or on demand. */
  initial: boolean;
  raw: number;
  gzip: number;
  brotli: number;
};

export function measureAsset(bytes: Buffer): Pick<AssetSize, 'raw' | 'gzip' | 'brotli'> {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every JS and CSS asset of a build, initial ones first, then by size. */
export function bundleSizes(distDir: string): AssetSize[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const referenced = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]));
  const files = readdirSync(join(distDir, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  return files
    .map((file) => ({
      file,
      kind: file.endsWith('.css') ? ('css' as const) : ('js' as const),
      initial: referenced.has(file),
      ...measureAsset(readFileSync(join(distDir, 'assets', file))),
    }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
}

export type Budget = {
  /** Initial JS, gzip bytes, summed over the entry and its preloaded chunks. */
  initialJsGzip: number;
  /** Initial CSS, gzip bytes. */
  initialCssGzip: number;
  /** Any one chunk loaded on demand, gzip bytes. */
  lazyChunkGzip: number;
};

/** The sizes over budget, in words; empty when the build fits. */
export function overBudget(sizes: AssetSize[], budget: Budget): string[] {
  const sum = (kind: 'js' | 'css') =>
    sizes.filter((s) => s.initial && s.kind === kind).reduce((total, s) => total + s.gzip, 0);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const problems: string[] = [];
  const js = sum('js');
  if (js > budget.initialJsGzip) {
    problems.push(`initial JS is ${kb(js)} gzip, over its budget of ${kb(budget.initialJsGzip)}`);
  }
  const css = sum('css');
  if (css > budget.initialCssGzip) {
    problems.push(`initial CSS is ${kb(css)} gzip, over its budget of ${kb(budget.initialCssGzip)}`);
  }
  for (const s of sizes.filter((a) => !a.initial && a.gzip > budget.lazyChunkGzip)) {
    problems.push(
      `${s.file} is ${kb(s.gzip)} gzip, over the ${kb(budget.lazyChunkGzip)} budget of a lazy chunk`,
    );
  }
  return problems;
}

/** A markdown table of the sizes (kB = 1,000 bytes, one decimal). */
export function sizesTable(sizes: AssetSize[]): string {
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  const rows = sizes.map(
    (s) =>
      `| ${s.file.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} | ${s.initial ? 'initial' : 'on demand'} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`,
  );
  const total = (initial: boolean, kind: 'js' | 'css') =>
    sizes.filter((s) => s.initial === initial && s.kind === kind).reduce((t, s) => t + s.gzip, 0);
  return [
    '| asset | loaded | raw kB | gzip kB | brotli kB |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
    '',
    `Initial JS ${kb(total(true, 'js'))} kB gzip, initial CSS ${kb(total(true, 'css'))} kB gzip; on demand ${kb(total(false, 'js'))} kB gzip of JS.`,
  ].join('\n');
}
