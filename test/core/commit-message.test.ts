import { describe, expect, it } from '@jest/globals';
import { commitHeader, detectConvention } from '../../src/core/commit-message.js';

describe('the commit convention', () => {
  it('is conventional where the repository declares commitlint, else plain', () => {
    expect(detectConvention(['src/a.ts', 'commitlint.config.js'], undefined)).toBe('conventional');
    expect(detectConvention(['.commitlintrc.json'], undefined)).toBe('conventional');
    expect(
      detectConvention(
        ['package.json'],
        '{"commitlint":{"extends":["@commitlint/config-conventional"]}}',
      ),
    ).toBe('conventional');
    expect(detectConvention(['package.json', 'docs/commitlint.config.js'], '{"name":"x"}')).toBe(
      'plain',
    );
    expect(detectConvention([], 'not json')).toBe('plain');
  });

  it('writes headers commitlint accepts: a type, a subject not in sentence case, 100 characters at most', () => {
    expect(commitHeader('spec', 'Refuse unknown users', 'ABC-1', 'conventional')).toBe(
      'docs(spec): refuse unknown users (ABC-1)',
    );
    expect(commitHeader('change', 'Fix the login crash', '#4', 'conventional')).toBe(
      'fix: fix the login crash (#4)',
    );
    expect(commitHeader('change', 'Add a CSV export', '#5', 'conventional')).toBe(
      'feat: add a CSV export (#5)',
    );
    expect(commitHeader('checkpoint', 'Add a CSV export', '#5', 'conventional')).toBe(
      'feat: wip, QA failing: add a CSV export (#5)',
    );
    const long = commitHeader('change', 'Add ' + 'x'.repeat(200), '#5', 'conventional');
    expect(long.length).toBeLessThanOrEqual(100);
    // Plain keeps the words as they were.
    expect(commitHeader('spec', 'Refuse unknown users', 'ABC-1', 'plain')).toBe(
      'spec: Refuse unknown users (ABC-1)',
    );
    expect(commitHeader('checkpoint', 'Refuse unknown users', '', 'plain')).toBe(
      'WIP (QA failing): Refuse unknown users',
    );
  });
});
