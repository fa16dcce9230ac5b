import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

// The rule lives in eslint.config.js; linting paths under src/ and test/ proves its scope too.
const root = fileURLToPath(new URL('../..', import.meta.url));
const RULE = 'no-restricted-imports';

// Only this rule runs, and without type information: the rule needs none, and the project
// service would refuse a file that is not on disk.
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => ruleId === RULE,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A file ESLint could not parse reports nothing from the rule, which would pass for "allowed".
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const IMPORT_FAKE =
  "import { FakeGitHub } from '../stand-ins/github.js';\nexport { FakeGitHub };\n";

describe('test doubles stay out of product code', () => {
  it('rejects a stand-in imported from a product folder', async () => {
    const messages = await restrictedImports('src/usecases/uses-a-double.ts', IMPORT_FAKE);
    expect(messages).toEqual([expect.stringContaining('Test doubles are for tests')]);
  });

  it('rejects a type-only import and a nested stand-in path as well', async () => {
    const code =
      "import type { RepoState } from '../stand-ins/github/repo-state.js';\n" +
      'export type State = RepoState;\n';
    expect(await restrictedImports('src/github/uses-a-double.ts', code)).toHaveLength(1);
  });

  it('lets the offline demo and the tests use them', async () => {
    expect(await restrictedImports('src/demo/run-demo.ts', IMPORT_FAKE)).toEqual([]);
    const fromTest = IMPORT_FAKE.replace('../stand-ins', '../../src/stand-ins');
    expect(await restrictedImports('test/stand-ins/github.test.ts', fromTest)).toEqual([]);
  });
});
