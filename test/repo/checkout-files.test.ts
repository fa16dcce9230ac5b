import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Git } from '../../src/git/git.js';
import { findProgram } from '../../src/process/programs.js';
import { CheckoutFiles } from '../../src/repo/checkout-files.js';
import { createRepo, git, type RepoFixture } from '../support/git-fixture.js';

let repo: RepoFixture;
let files: CheckoutFiles;

beforeEach(() => {
  repo = createRepo({
    'README.md': 'Login service.\n',
    'src/login.js': 'export function login(user) {\n  return checkPassword(user);\n}\n// LOGIN\n',
    'src/pass.word.js': 'export const rule = "passXword";\n',
    'assets/logo.bin': 'login\0binary',
  });
  const program = findProgram('git', process.env.PATH, repo.work);
  if (!program) throw new Error('git is not on PATH');
  files = new CheckoutFiles(
    new Git({
      cwd: repo.work,
      program,
      identity: { name: 'specgate', email: 'specgate@example.com' },
    }),
  );
});
afterEach(() => repo.cleanup());

describe('CheckoutFiles', () => {
  it('lists the tracked files only', async () => {
    writeFileSync(path.join(repo.work, 'notes.txt'), 'untracked');
    expect((await files.list()).sort()).toEqual([
      'README.md',
      'assets/logo.bin',
      'src/login.js',
      'src/pass.word.js',
    ]);
  });

  it("reads a file's text as committed, and nothing for a file that is not there", async () => {
    writeFileSync(path.join(repo.work, 'README.md'), 'edited, not committed');
    expect(await files.read('README.md')).toBe('Login service.\n');
    expect(await files.read('src/missing.js')).toBeUndefined();
  });

  it('searches for a term as written, in any case, counting matching lines of text files', async () => {
    expect(await files.search('login')).toEqual([
      { path: 'README.md', hits: 1 },
      { path: 'src/login.js', hits: 2 },
    ]);
    // A dot is a dot, not any character.
    expect(await files.search('pass.word')).toEqual([]);
    expect(await files.search('nowhere-to-be-found')).toEqual([]);
  });

  it('reads a file at the tip of a branch on origin', async () => {
    git(repo.work, 'switch', '--quiet', '-c', 'specgate/issue-1');
    writeFileSync(path.join(repo.work, 'SPEC.md'), '# Spec\n');
    git(repo.work, 'add', 'SPEC.md');
    git(repo.work, 'commit', '--quiet', '-m', 'spec');
    git(repo.work, 'push', '--quiet', 'origin', 'specgate/issue-1');
    git(repo.work, 'switch', '--quiet', 'main');

    expect(await files.readOnBranch('specgate/issue-1', 'SPEC.md')).toBe('# Spec\n');
    expect(await files.readOnBranch('specgate/issue-1', 'OTHER.md')).toBeUndefined();
    expect(await files.readOnBranch('specgate/issue-2', 'SPEC.md')).toBeUndefined();
    // Read at the base still: the branch's file is not in the checkout.
    expect(await files.read('SPEC.md')).toBeUndefined();
  });
});
