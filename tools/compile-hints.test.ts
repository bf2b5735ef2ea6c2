import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { COMPILE_HINT, compileHints, runsOnLoad } from './compile-hints';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Chunk = { type: 'chunk'; fileName: string; isEntry: boolean; facadeModuleId: string | null };

/** Writes the chunks' files as Vite would, then runs the plugin's writeBundle on them. */
function build(chunks: Record<string, { chunk: Omit<Chunk, 'type' | 'fileName'>; code: string }>) {
  const dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
  dirs.push(dir);
  const bundle: Record<string, Chunk> = {};
  for (const [fileName, { chunk, code }] of Object.entries(chunks)) {
    writeFileSync(join(dir, fileName), code);
    bundle[fileName] = { type: 'chunk', fileName, ...chunk };
  }
  const hook = compileHints().writeBundle as unknown as (o: { dir: string }, b: typeof bundle) => void;
  hook({ dir }, bundle);
  hook({ dir }, bundle); // a second run adds nothing
  return (fileName: string) => readFileSync(join(dir, fileName), 'utf8');
}

describe('compile hints', () => {
  it('are for the entry and the member route, not for code loaded on demand', () => {
    expect(runsOnLoad({ isEntry: true, facadeModuleId: '/app/index.html' })).toBe(true);
    expect(runsOnLoad({ isEntry: false, facadeModuleId: '/app/src/app/routes/member-route.tsx' })).toBe(true);
    expect(runsOnLoad({ isEntry: false, facadeModuleId: '/app/src/features/x/chart.tsx' })).toBe(false);
    expect(runsOnLoad({ isEntry: false, facadeModuleId: null })).toBe(false);
  });

  it('put the hint first, once, even before a line Vite added, and leave other chunks alone', () => {
    const read = build({
      'index.js': { chunk: { isEntry: true, facadeModuleId: '/a/index.html' }, code: 'var a=1;' },
      'member.js': {
        chunk: { isEntry: false, facadeModuleId: '/a/src/app/routes/member-route.tsx' },
        code: 'const __vite__mapDeps=0;import"./x.js";',
      },
      'chart.js': { chunk: { isEntry: false, facadeModuleId: '/a/src/chart.tsx' }, code: 'export{};' },
    });
    expect(read('index.js')).toBe(`${COMPILE_HINT}var a=1;`);
    expect(read('member.js')).toBe(`${COMPILE_HINT}const __vite__mapDeps=0;import"./x.js";`);
    expect(read('chart.js')).toBe('export{};');
  });
});
