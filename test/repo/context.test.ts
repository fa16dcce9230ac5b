import { describe, expect, it } from '@jest/globals';
import { PathPolicy } from '../../src/core/paths.js';
import type { RepoFiles } from '../../src/ports.js';
import { gatherContext } from '../../src/repo/context.js';

/** Files held in memory: planning needs no checkout. */
function filesOf(tree: Record<string, string>): RepoFiles {
  return {
    list: () => Promise.resolve(Object.keys(tree)),
    read: (file) => Promise.resolve(tree[file]),
    search: (term) =>
      Promise.resolve(
        Object.entries(tree)
          .map(([file, text]) => ({
            path: file,
            hits: text.split('\n').filter((l) => l.toLowerCase().includes(term)).length,
          }))
          .filter((found) => found.hits > 0),
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
      { tokenBudget: 4000, policy: new PathPolicy(), tracked: Object.keys(tree) },
    );
    expect(context.terms).toEqual(expect.arrayContaining(['sessiontimeout', 'login']));
    expect(context.files.map((f) => f.path)).toEqual(['src/login.js', 'src/session.js']);
    expect(context.files[0]).toMatchObject({ content: tree['src/login.js'], truncated: false });
    expect(context.tree).toEqual(Object.keys(tree));
  });
});
