import { readFileSync } from 'node:fs';

import asc from 'assemblyscript/asc';
import { expect, it } from 'vitest';

it('json-scan.wasm is exactly what assembly/json-scan.ts compiles to (npm run build:wasm)', async () => {
  const written = new Map<string, Uint8Array>();
  const stderr = asc.createMemoryStream();
  const result = await asc.main(
    ['assembly/json-scan.ts', '--config', 'assembly/asconfig.json', '--target', 'release'],
    {
      stdout: asc.createMemoryStream(),
      stderr,
      // Nothing is written to disk: the test compares, `npm run build:wasm` writes.
      writeFile: (name, contents) => {
        written.set(name, typeof contents === 'string' ? Buffer.from(contents) : contents);
      },
    },
  );
  expect(result.error, stderr.toString()).toBeNull();
  const built = [...written].find(([name]) => name.endsWith('json-scan.wasm'))?.[1];
  const committed = readFileSync(new URL('./json-scan.wasm', import.meta.url));
  expect(built, 'the compiler wrote no json-scan.wasm').toBeDefined();
  // A mismatch: the source changed without `npm run build:wasm`, or the compiler version did.
  expect(Buffer.from(built ?? []).equals(committed)).toBe(true);
}, 60_000);
