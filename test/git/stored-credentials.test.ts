import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Git } from '../../src/git/git.js';
import { findProgram } from '../../src/process/programs.js';

/**
 * The credential check asks git for its effective configuration, includes
 * resolved, so a token is found however the checkout tool laid it out.
 */
let root: string;
const program = findProgram('git', process.env.PATH, '/') ?? 'git';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'specgate-stored-creds-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function repo(name: string): { dir: string; git: Git } {
  const dir = path.join(root, name);
  execFileSync('git', ['init', '--quiet', dir]);
  return { dir, git: new Git({ cwd: dir, program, identity: { name: 'a', email: 'a@b.c' } }) };
}

const config = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, 'config', ...args]);

describe('storedCredentials', () => {
  it('finds nothing in a clean checkout', async () => {
    const { git } = repo('clean');
    expect(await git.storedCredentials()).toEqual([]);
  });

  it('finds the header actions/checkout leaves in .git/config', async () => {
    const { dir, git } = repo('header');
    config(dir, 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic eDp5');
    expect(await git.storedCredentials()).toEqual([
      expect.stringContaining('http.https://github.com/.extraheader (repository config'),
    ]);
  });

  it('finds a header reached through includeIf, in a file outside the checkout', async () => {
    const { dir, git } = repo('include-if');
    const included = path.join(root, 'git-credentials-1234.config');
    writeFileSync(
      included,
      '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eDp5\n',
    );
    // The layout actions/checkout v5 writes: the credentials in a file of their own.
    config(dir, `includeIf.gitdir:${path.join(dir, '.git')}.path`, included);
    const found = await git.storedCredentials();
    expect(found).toEqual([expect.stringContaining(`in ${included}`)]);
    expect(found[0]).toContain('http.https://github.com/.extraheader');
  });

  it('finds a credential helper and a URL with a password', async () => {
    const { dir, git } = repo('helper');
    config(dir, 'credential.helper', 'store');
    config(dir, 'remote.origin.url', 'https://x-access-token:ghs_secret@github.com/o/r.git');
    const found = await git.storedCredentials();
    expect(found).toEqual([
      expect.stringContaining('credential.helper'),
      expect.stringContaining('remote.origin.url (repository config'),
    ]);
    expect(found[1]).toContain('a URL with a password');
    expect(found.join(' ')).not.toContain('ghs_secret');
  });
});
