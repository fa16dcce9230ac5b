import { describe, expect, it } from '@jest/globals';
import { normalizeRepoPath, PathPolicy } from '../../src/core/paths.js';

describe('normalizeRepoPath', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['./src/a.ts', 'src/a.ts'],
    ['src/./b/../a.ts', 'src/a.ts'],
  ])('accepts %s as %s', (raw, normal) => {
    expect(normalizeRepoPath(raw)).toEqual({ ok: true, path: normal });
  });

  it.each([
    ['../x', 'leaves the repository'],
    ['src/../../x', 'leaves the repository'],
    ['/etc/passwd', 'relative'],
    ['~/.ssh/id_rsa', 'relative'],
    ['C:/x', 'relative'],
    ['src\\a.ts', 'forward slashes'],
    ['src/*.ts', 'globs'],
    ['', 'empty'],
    ['.', 'root'],
    ['a\0b', 'control'],
    ['src/login\u200B.js', 'invisible'],
    ['src/\u202Esj.nigol', 'bidirectional'],
    ['src/a\tb.js', 'control'],
  ])('refuses %j', (raw, reason) => {
    const verdict = normalizeRepoPath(raw);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toContain(reason);
  });
});

describe('PathPolicy', () => {
  const policy = new PathPolicy(['secrets/**'], ['SPEC.md']);

  it.each([
    '.github/workflows/ci.yml',
    '.GitHub/Workflows/CI.yml',
    '.git/config',
    'sub/.git/hooks/pre-push',
    '.gitmodules',
    'pkg/.gitattributes',
    '.husky/pre-commit',
    '.env',
    'app/.env.production',
    'deploy/key.pem',
    'home/.ssh/id_ed25519',
    '.github/specgate.yml',
    'CODEOWNERS',
    'secrets/prod.json',
    'SPEC.md',
    'spec.md',
  ])('denies %s', (file) => {
    expect(policy.deniedReason(file)).toBeDefined();
  });

  it.each([
    'src/login.ts',
    '.github/ISSUE_TEMPLATE/bug.md',
    'docs/environment.md',
    'test/env.test.ts',
  ])('allows %s', (file) => {
    expect(policy.deniedReason(file)).toBeUndefined();
  });

  it('keeps credential files out of model context but shows workflows', () => {
    expect(policy.readable('.env')).toBe(false);
    expect(policy.readable('.github/workflows/ci.yml')).toBe(true);
  });
});
