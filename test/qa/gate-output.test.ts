import { describe, expect, it } from '@jest/globals';
import { gateExcerpt } from '../../src/qa/gate-output.js';

describe('gateExcerpt', () => {
  it('keeps short output whole, without colour', () => {
    expect(gateExcerpt('\u001b[31m✖ 1 failing\u001b[39m\r\n  done', 1000)).toBe(
      '✖ 1 failing\n  done',
    );
  });

  it('keeps a failure printed early among thousands of passes, and the summary at the end', () => {
    const passes = (from: number) =>
      Array.from({ length: 2000 }, (_, i) => `ok ${from + i} - case ${from + i}`);
    const tap = [
      'TAP version 13',
      ...passes(1),
      'not ok 2001 - login refuses unknown users',
      '  ---',
      "  message: 'Expected values to be strictly equal'",
      '  ...',
      ...passes(2002),
      '# tests 4001',
      '# pass 4000',
      '# fail 1',
    ].join('\n');
    const excerpt = gateExcerpt(tap, 4000);
    expect(excerpt.length).toBeLessThanOrEqual(4000);
    expect(excerpt).toContain('not ok 2001 - login refuses unknown users');
    expect(excerpt).toContain('Expected values to be strictly equal');
    expect(excerpt.endsWith('# fail 1')).toBe(true);
  });

  it('gives the end of the output when no line looks like a failure', () => {
    const out = 'x'.repeat(10_000) + 'END';
    expect(gateExcerpt(out, 100)).toBe(out.slice(-100));
  });

  it('keeps within the limit however many lines look like failures', () => {
    const noisy = Array.from({ length: 5000 }, (_, i) => `error ${i}`).join('\n');
    const excerpt = gateExcerpt(noisy, 2000);
    expect(excerpt.length).toBeLessThanOrEqual(2000);
    expect(excerpt.endsWith('error 4999')).toBe(true);
  });
});
