import { describe, expect, it } from '@jest/globals';
import { findJiraKey, isJiraKey } from '../../src/core/jira-keys.js';

describe('findJiraKey', () => {
  it('prefers the title, then the body', () => {
    expect(findJiraKey(['[ABC-123] Login fails', 'see XYZ-9'])).toBe('ABC-123');
    expect(findJiraKey(['Login fails', 'Tracked in XYZ-9.'])).toBe('XYZ-9');
  });

  it('skips standards that look like keys', () => {
    expect(findJiraKey(['Use UTF-8, SHA-256, AES-256 and GPT-4 for OPS-7'])).toBe('OPS-7');
  });

  it('restricts to configured projects', () => {
    expect(findJiraKey(['FOO-1 and ABC-2'], ['abc'])).toBe('ABC-2');
    expect(findJiraKey(['FOO-1'], ['ABC'])).toBeUndefined();
  });

  it('finds nothing in text without keys', () => {
    expect(findJiraKey([undefined, 'no key here', 'abc-123 is lowercase'])).toBeUndefined();
  });

  it('validates exact keys', () => {
    expect(isJiraKey('ABC-123')).toBe(true);
    expect(isJiraKey('ABC-0')).toBe(false);
    expect(isJiraKey('ABC-1; rm -rf /')).toBe(false);
  });
});
