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

  it('searches for all terms in one pass, counting the matching lines of text files per term', async () => {
    const found = await files.search(['login', 'user', 'pass.word', 'nowhere-to-be-found']);
    const byPath = Object.fromEntries(found.map((f) => [f.path, Object.fromEntries(f.hits)]));
    expect(byPath).toEqual({
      'README.md': { login: 1 },
      // "LOGIN" in any case; a line holding the term twice counts once.
      'src/login.js': { login: 2, user: 2 },
    });
    // A dot is a dot, not any character; nothing is searched for no term.
    expect(await files.search(['pass.word'])).toEqual([]);
    expect(await files.search([])).toEqual([]);
  });

  it('credits a match to every term it holds', async () => {
    // git prints "Login" once at that place; "log" is in it too.
    const found = await files.search(['log', 'login', 'service']);
    expect(Object.fromEntries(found.find((f) => f.path === 'README.md')!.hits)).toEqual({
      log: 1,
      login: 1,
      service: 1,
    });
  });

  it('reads several files through one process, each cut to a length, leaving out absent ones', async () => {
    const read = await files.readMany(['src/login.js', 'missing.js', 'README.md', 'src'], 10);
    expect([...read.keys()]).toEqual(['src/login.js', 'README.md']);
    expect(read.get('README.md')).toEqual({ content: 'Login serv', truncated: true });
    const whole = await files.readMany(['README.md', 'src/pass.word.js'], 1000);
    expect(whole.get('README.md')).toEqual({ content: 'Login service.\n', truncated: false });
    expect(whole.get('src/pass.word.js')?.content).toBe('export const rule = "passXword";\n');
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
