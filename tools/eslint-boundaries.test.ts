import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries are only worth having if lint really says so: probe them with real ESLint runs.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    [
      'src/features/start/probe.ts',
      "import { x } from '../member/lib/labels';",
      'Features do not import each other',
    ],
    ['src/lib/probe.ts', "import { x } from '../features/member/lib/labels';", 'Shared code'],
    ['src/lib/probe.ts', "import { x } from '../../server/app';", 'never imports server/ or demo/'],
    [
      'src/features/member/probe.ts',
      "import { x } from '../../app/router';",
      'Only src/app combines features',
    ],
    ['server/probe.ts', "import { x } from '../src/lib/format';", 'server/ never imports the browser app'],
    ['demo/probe.ts', "import { x } from '../server/app';", 'demo/ stands alone'],
    ['contract/probe.ts', "import { x } from 'react';", 'contract/ imports only zod'],
  ])('%s: %s is refused', async (file, code, expected) => {
    const messages = await boundaryMessages(file, `${code}\nexport const y = x;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it.each([
    ['src/app/probe.ts', "import { x } from '../features/member/lib/labels';"],
    ['src/features/member/probe.ts', "import { x } from '../../../contract';"],
    ['src/features/member/probe.ts', "import { x } from '../../lib/format';"],
    ['server/probe.ts', "import { x } from '../contract';"],
    ['contract/probe.ts', "import { x } from 'zod';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await boundaryMessages(file, `${code}\nexport const y = x;\n`)).toEqual([]);
  });
});
