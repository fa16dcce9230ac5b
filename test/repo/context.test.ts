import { describe, expect, it } from '@jest/globals';
import { PathPolicy } from '../../src/core/paths.js';
import type { RepoFiles } from '../../src/ports.js';
import { loadTokenCounter } from '../../src/spec/tokens.js';
import { gatherContext } from '../../src/repo/context.js';

const countTokens = await loadTokenCounter();

/** Files held in memory: planning needs no checkout. */
function filesOf(tree: Record<string, string>): RepoFiles {
  return {
    list: () => Promise.resolve(Object.keys(tree)),
    read: (file) => Promise.resolve(tree[file]),
    readMany: (paths, maxChars) =>
      Promise.resolve(
        new Map(
          paths
            .filter((file) => tree[file] !== undefined)
            .map((file) => [
              file,
              { content: tree[file]!.slice(0, maxChars), truncated: tree[file]!.length > maxChars },
            ]),
        ),
      ),
    search: (terms) =>
      Promise.resolve(
        Object.entries(tree)
          .map(([file, text]) => {
            const lines = text.toLowerCase().split('\n');
            const hits = new Map<string, number>();
            for (const term of terms) {
              const count = lines.filter((l) => l.includes(term)).length;
              if (count) hits.set(term, count);
            }
            return { path: file, hits };
          })
          .filter((found) => found.hits.size > 0),
      ),
    readOnBranch: () => Promise.resolve(undefined),
  };
}

describe('gatherContext', () => {
  it('ranks the files holding the most terms first, and leaves credential files out', async () => {
    const tree = {
      'src/session.js': 'export const sessionTimeout = 30;\n',
      'src/login.js':
        'import { sessionTimeout } from "./session.js";\nexport function login() {}\n',
      'docs/intro.md': 'Nothing relevant.\n',
      '.env': 'LOGIN_TOKEN=sessionTimeout\n',
    };
    const context = await gatherContext(
      filesOf(tree),
      'The login form ignores sessionTimeout after a while.',
      { tokenBudget: 4000, countTokens, policy: new PathPolicy(), tracked: Object.keys(tree) },
    );
    expect(context.terms).toEqual(expect.arrayContaining(['sessiontimeout', 'login']));
    expect(context.files.map((f) => f.path)).toEqual(['src/login.js', 'src/session.js']);
    expect(context.files[0]).toMatchObject({ content: tree['src/login.js'], truncated: false });
    expect(context.tree).toEqual(Object.keys(tree));
  });

  it('keeps the tree and the files within the token budget, counted with the tokenizer', async () => {
    const tree: Record<string, string> = {};
    for (let i = 0; i < 400; i++)
      tree[`src/module-${i}/session-store.js`] =
        `export const sessionStore${i} = ${'"x", '.repeat(300)};\n`;
    for (const budget of [1000, 3000, 9000]) {
      const context = await gatherContext(filesOf(tree), 'sessionStore loses sessions', {
        tokenBudget: budget,
        countTokens,
        policy: new PathPolicy(),
        tracked: Object.keys(tree),
      });
      const used =
        countTokens(context.tree.map((f) => `${f}\n`).join('')) +
        context.files.reduce(
          (sum, f) => sum + countTokens(f.content) + countTokens(f.path) + 24,
          0,
        );
      expect(used).toBeLessThanOrEqual(budget);
      expect(context.treeTruncated).toBe(true);
      expect(context.files.length).toBeGreaterThan(0);
    }
  });
});
