import { describe, expect, it } from '@jest/globals';
import { ApprovedScope, pathPolicyOf } from '../../src/spec/approved-scope.js';

const policy = pathPolicyOf({
  deniedPaths: ['secrets/**'],
  specPathTemplate: 'specs/{ticket}/spec.md',
});
const rules = { policy, maxFiles: 3, trackedFiles: new Set(['src/Login.ts', 'README.md']) };

describe('ApprovedScope', () => {
  it('is made from a scope that passes every rule, spelled as approved', () => {
    const approved = ApprovedScope.approve(
      [
        { path: './src/Login.ts', change: 'modify', reason: 'the fix' },
        { path: 'test/login.test.ts', change: 'create', reason: 'its test' },
      ],
      rules,
    );
    if (!approved.ok) throw new Error(approved.errors.join('; '));
    const { scope } = approved;
    expect(scope.files).toEqual(['src/Login.ts', 'test/login.test.ts']);
    expect(scope.has('src/Login.ts')).toBe(true);
    expect(scope.has('src/login.ts')).toBe(false);
    expect(scope.spelling('src/login.ts')).toBe('src/Login.ts');
    expect(scope.spelling('src/Login.ts')).toBeUndefined();
    expect(scope.has('README.md')).toBe(false);
    expect(scope.policy).toBe(policy);
  });

  it('is refused with every problem: the specs, denied paths, CI, and too many files', () => {
    const approved = ApprovedScope.approve(
      [
        { path: 'specs/abc-1/spec.md', change: 'create', reason: 'x' },
        { path: 'secrets/key.pem', change: 'create', reason: 'x' },
        { path: '.github/workflows/ci.yml', change: 'create', reason: 'x' },
        { path: 'a.ts', change: 'create', reason: 'x' },
        { path: 'b.ts', change: 'create', reason: 'x' },
        { path: 'c.ts', change: 'create', reason: 'x' },
        { path: 'd.ts', change: 'create', reason: 'x' },
      ],
      rules,
    );
    expect(approved.ok).toBe(false);
    if (approved.ok) return;
    expect(approved.errors).toEqual([
      expect.stringContaining("specgate's own file"),
      expect.stringContaining('protected path'),
      expect.stringContaining('protected path'),
      'the scope lists 4 files; at most 3 are allowed',
    ]);
  });
});
