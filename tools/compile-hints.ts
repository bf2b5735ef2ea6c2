import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136+): a file that starts with this comment has all its
 * functions compiled eagerly, off the main thread while the file streams in, instead of each one on the
 * main thread the first time it is called. Worth it only for code that runs on load.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** True for the chunks a member page runs as it loads: the entry and the member route. */
export function runsOnLoad(chunk: { isEntry: boolean; facadeModuleId: string | null }): boolean {
  return chunk.isEntry || (chunk.facadeModuleId?.endsWith('/src/app/routes/member-route.tsx') ?? false);
}

/**
 * Marks those chunks with the hint once they are written: it must come before any code, and Vite adds
 * its own first line (`__vite__mapDeps`) to a chunk with lazy imports after other plugins have run.
 * Other lazy chunks (the charts, on demand) stay lazily compiled. The hint is added to every build, so
 * a file's hashed name still stands for exactly one content.
 * docs/decisions/019-first-load-starts-before-the-app.md
 */
export function compileHints(): Plugin {
  return {
    name: 'member-progress:compile-hints',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !runsOnLoad(output)) continue;
        const file = join(dir, output.fileName);
        const code = readFileSync(file, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(file, COMPILE_HINT + code);
      }
    },
  };
}
