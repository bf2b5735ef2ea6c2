import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import asc from 'assemblyscript/asc';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run build:wasm`'s arguments, with its paths made absolute (the test may run from anywhere). */
function buildArguments(): string[] {
  const scripts = (
    JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const [command, ...args] = (scripts['build:wasm'] ?? '').split(' ');
  expect(command).toBe('asc');
  return args.map((arg) => (/\.(ts|json)$/.test(arg) ? `${ROOT}${arg}` : arg));
}

it('json-scan.wasm is exactly what assembly/json-scan.ts compiles to (npm run build:wasm)', async () => {
  const written = new Map<string, Uint8Array>();
  const stderr = asc.createMemoryStream();
  const result = await asc.main(buildArguments(), {
    stdout: asc.createMemoryStream(),
    stderr,
    // Nothing is written to disk: the test compares, `npm run build:wasm` writes.
    writeFile: (name, contents) => {
      written.set(name, typeof contents === 'string' ? Buffer.from(contents) : contents);
    },
  });
  expect(result.error, stderr.toString()).toBeNull();
  const built = [...written].find(([name]) => name.endsWith('json-scan.wasm'))?.[1];
  const committed = readFileSync(new URL('./json-scan.wasm', import.meta.url));
  expect(built, 'the compiler wrote no json-scan.wasm').toBeDefined();
  // A mismatch: the source changed without `npm run build:wasm`, or the compiler version did.
  expect(Buffer.from(built ?? []).equals(committed)).toBe(true);
}, 60_000);
