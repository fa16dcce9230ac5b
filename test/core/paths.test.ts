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
    ['git~1/config', 'short (8.3) name'],
    ['GITHUB~1/WORKFL~1/ci.yml', 'short (8.3) name'],
    ['.git./config', 'ends with a dot'],
    ['.git /config', 'ends with a dot or a space'],
    ['.github/workflows./ci.yml', 'ends with a dot'],
    ['.gitmodules.', 'ends with a dot'],
    ['.git::$INDEX_ALLOCATION/config', 'alternate data stream'],
    ['src/a.js:hidden', 'alternate data stream'],
    ['.g\u200Cit/config', 'invisible'],
    ['.git\u206A/config', 'invisible'],
    ['.gi\u034Ft/config', 'invisible'],
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
    '.\uFF47\uFF49\uFF54/config',
    '.GIT/CONFIG',
    '.\uFF27\uFF29\uFF34HUB/workflows/ci.yml',
    'SPEC.md'.normalize('NFD'),
    'deploy/\uFF4B\uFF45\uFF59.pem',
    'ops/.kube/\uFF43onfig',
  ])('denies the look-alike spelling %j', (file) => {
    expect(policy.deniedReason(file)).toBeDefined();
  });

  it('denies a denied name under any Unicode normalisation form', () => {
    const nfd = new PathPolicy([], ['docs/r\u00E9sum\u00E9.md']);
    expect(nfd.deniedReason('docs/re\u0301sume\u0301.md')).toBeDefined();
    expect(
      new PathPolicy([], ['docs/re\u0301sume\u0301.md']).deniedReason('docs/r\u00E9sum\u00E9.md'),
    ).toBeDefined();
  });

  it.each([
    'src/login.ts',
    '.github/ISSUE_TEMPLATE/bug.md',
    'docs/environment.md',
    'test/env.test.ts',
  ])('allows %s', (file) => {
    expect(policy.deniedReason(file)).toBeUndefined();
  });

  it.each([
    '.git-credentials',
    'deploy/id_dsa',
    'ops/.kube/config',
    'config/credentials.json',
    'android/app/release.jks',
    'android/debug.keystore',
    '.pgpass',
    'certs/client.p12',
    'certs/site.PFX',
    '.npmrc',
    'tools/.pypirc',
    '.netrc',
    'ci/.docker/config.json',
    'tls/server.pem',
    'config/master.key',
    'secrets/deploy_ed25519',
    'gcp/client_secret_123.apps.googleusercontent.com.json',
    '.cargo/credentials.toml',
    '.m2/settings.xml',
    'vpn/office.ovpn',
    '.bash_history',
  ])('denies the credential file %s, for writes and for reads', (file) => {
    expect(policy.deniedReason(file)).toContain('protected path');
    expect(policy.readable(file)).toBe(false);
  });

  it.each(['src/settings.py', 'db/schema.rb', 'docs/keys.md', 'src/credentials.ts'])(
    'allows the ordinary file %s',
    (file) => {
      expect(policy.deniedReason(file)).toBeUndefined();
      expect(policy.readable(file)).toBe(true);
    },
  );

  it('keeps credential files out of model context but shows workflows', () => {
    expect(policy.readable('.env')).toBe(false);
    expect(policy.readable('.github/workflows/ci.yml')).toBe(true);
  });
});
