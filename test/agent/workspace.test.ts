import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workspace } from '../../src/agent/workspace.js';
import { PathPolicy } from '../../src/core/paths.js';
import { approvedScope } from '../support/approved-scope.js';

let root: string;
let repo: string;
let workspace: Workspace;

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'specgate-ws-'));
  repo = path.join(root, 'repo');
  mkdirSync(path.join(repo, 'src'), { recursive: true });
  mkdirSync(path.join(repo, '.git'), { recursive: true });
  mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
  writeFileSync(path.join(repo, 'src/a.js'), 'a\n');
  writeFileSync(path.join(repo, '.git/config'), '[core]\n');
  writeFileSync(path.join(repo, '.env'), 'TOKEN=x\n');
  writeFileSync(path.join(root, 'outside.txt'), 'outside\n');
  symlinkSync('../../outside.txt', path.join(repo, 'src/out-link.js'));
  symlinkSync('../.github/workflows', path.join(repo, 'src/wf'));
  symlinkSync(root, path.join(repo, 'src/up'));
  workspace = await Workspace.open(
    repo,
    approvedScope(
      [
        'src/a.js',
        'src/new/b.js',
        'src/out-link.js',
        'src/wf/ci.yml',
        'src/up/outside.txt',
        'src/hard.js',
      ],
      new PathPolicy([], ['SPEC.md']),
    ),
  );
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('Workspace writes', () => {
  it('writes and creates files of the scope', async () => {
    expect(await workspace.write('src/a.js', 'b\n')).toEqual({
      ok: true,
      rel: 'src/a.js',
      created: false,
    });
    expect(await workspace.write('./src/new/b.js', 'c\n')).toEqual({
      ok: true,
      rel: 'src/new/b.js',
      created: true,
    });
    expect(readFileSync(path.join(repo, 'src/new/b.js'), 'utf8')).toBe('c\n');
  });

  it.each([
    ['src/other.js', 'not in the approved scope'],
    ['../outside.txt', 'leaves the repository'],
    ['/etc/passwd', 'relative'],
    ['.git/config', 'protected path'],
    ['.github/workflows/ci.yml', 'protected path'],
    ['SPEC.md', "specgate's own file"],
    ['SRC/A.js', 'the scope spells it src/a.js'],
    ['src/out-link.js', 'symbolic link'],
    ['src/wf/ci.yml', 'symbolic link'],
    ['src/up/outside.txt', 'symbolic link'],
  ])('refuses %s', async (file, reason) => {
    const result = await workspace.write(file, 'x');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('leaves the target of a refused symlink untouched', async () => {
    await workspace.write('src/out-link.js', 'pwned');
    expect(readFileSync(path.join(root, 'outside.txt'), 'utf8')).toBe('outside\n');
  });

  it('refuses a hard link to a file elsewhere', async () => {
    linkSync(path.join(root, 'outside.txt'), path.join(repo, 'src/hard.js'));
    const result = await workspace.write('src/hard.js', 'x');
    expect(result.ok ? '' : result.reason).toContain('hard link');
  });
});

describe('Workspace reads', () => {
  it('reads files inside the checkout', async () => {
    expect(await workspace.read('src/a.js')).toEqual({ ok: true, rel: 'src/a.js', text: 'a\n' });
    expect(await workspace.canShowContent('src/a.js')).toBe(true);
  });

  it('never reads or shows a hard link, nor a symlink to one', async () => {
    linkSync(path.join(root, 'outside.txt'), path.join(repo, 'src/hard.js'));
    symlinkSync('hard.js', path.join(repo, 'src/to-hard.js'));
    for (const file of ['src/hard.js', 'src/to-hard.js']) {
      const result = await workspace.read(file);
      expect(result.ok ? result.text : result.reason).toContain('is a hard link');
    }
    expect(await workspace.canShowContent('src/hard.js')).toBe(false);
  });

  it.each([
    ['.git/config', "git's own directory"],
    ['.env', 'credentials'],
    ['../outside.txt', 'leaves the repository'],
    ['src/out-link.js', 'outside the repository'],
    ['src/up/outside.txt', 'outside the repository'],
    ['/proc/self/environ', 'relative'],
    ['src/missing.js', 'does not exist'],
  ])('refuses %s', async (file, reason) => {
    const result = await workspace.read(file);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});
