import { describe, expect, it } from '@jest/globals';
import { REDACTED, Redactor } from '../../src/core/redact.js';

describe('Redactor', () => {
  const redactor = new Redactor(['my-configured-secret-value', undefined, 'abc']);

  it.each([
    ['ghp_' + 'a'.repeat(36)],
    ['ghs_' + 'B1'.repeat(18)],
    ['gho_' + 'c'.repeat(36)],
    ['github_pat_' + '11ABCDEFG_'.repeat(5)],
    ['sk-' + 'proj-' + 'x'.repeat(40)],
    ['xoxb-1234-5678-abcdefghij'],
    ['xoxp-1234-5678-abcdefghij'],
    ['AKIAIOSFODNN7EXAMPLE'],
    [
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    ],
  ])('redacts %s', (token) => {
    expect(redactor.redact(`token: ${token} end`)).toBe(`token: ${REDACTED} end`);
  });

  it('redacts configured secret values wherever they appear', () => {
    expect(redactor.redact('x my-configured-secret-value y')).toBe(`x ${REDACTED} y`);
  });

  it('ignores too-short configured values so ordinary words survive', () => {
    expect(redactor.redact('abc def')).toBe('abc def');
  });

  it('leaves text without secrets alone', () => {
    expect(redactor.redact('sk is a prefix; ghp is too')).toBe('sk is a prefix; ghp is too');
  });
});
