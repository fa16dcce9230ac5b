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

  it('redacts a whole private key, END line included', () => {
    const key =
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\nMIIEow+/=\nAbC\n-----END RSA PRIVATE KEY-----';
    expect(redactor.redact(`a\n${key}\nb`)).toBe(`a\n${REDACTED}\nb`);
    expect(redactor.redact(JSON.stringify({ k: key }))).toBe(`{"k":"${REDACTED}"}`);
  });

  it('stops a private key with no END line at the first line that is not key material', () => {
    const text =
      'Done.\n-----BEGIN OPENSSH PRIVATE KEY-----\nMIIEow+/=\n\n### Checklist\n\n| a | b |\n<!-- marker -->';
    expect(redactor.redact(text)).toBe(
      `Done.\n${REDACTED}\n\n### Checklist\n\n| a | b |\n<!-- marker -->`,
    );
  });

  const secret = 'my-configured-secret-value';
  it.each([
    ['base64', Buffer.from(secret).toString('base64')],
    ['base64 at the second alignment', Buffer.from(`x${secret}`).toString('base64')],
    ['base64 at the third alignment', Buffer.from(`xy${secret}`).toString('base64')],
    ['base64 inside a longer blob', `QUJD${Buffer.from(`user:${secret}:tail`).toString('base64')}`],
    ['base64 run shifted by one character', `Q${Buffer.from(secret).toString('base64')}`],
    ['base64url', Buffer.from(`??${secret}>>`).toString('base64url')],
    ['base64 of a token shape', Buffer.from('ghp_' + 'a'.repeat(36)).toString('base64')],
    ['URL-encoded in part', `a%20b%2F${secret.replace(/-/g, '%2D')}`],
    ['fully percent-encoded', [...secret].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')],
    [
      'double percent-encoded',
      [...secret].map((c) => `%25${c.charCodeAt(0).toString(16)}`).join(''),
    ],
    ['hex', Buffer.from(secret).toString('hex')],
    ['hex shifted by one digit', `a${Buffer.from(secret).toString('hex').toUpperCase()}`],
  ])('redacts a configured secret encoded as %s', (_, encoded) => {
    const out = redactor.redact(`see ${encoded} here`);
    expect(out).toBe(`see ${REDACTED} here`);
  });

  it('leaves ordinary words, paths and numbers alone', () => {
    const text = 'Updated src/login.js and test/login.test.js; 100% of 1234567890abcdef passes.';
    expect(redactor.redact(text)).toBe(text);
  });
});
