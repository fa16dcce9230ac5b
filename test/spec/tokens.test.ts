import { describe, expect, it } from '@jest/globals';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { loadTokenCounter, promptTokens } from '../../src/spec/tokens.js';

const SAMPLES = [
  '',
  'Hello, world!',
  'export function login(user, sessionTimeout) {\n  return { user, expires: Date.now() + sessionTimeout };\n}\n',
  'login() throws a TypeError for a user that does not exist.\n\n- [ ] criteria\n',
  '    indented\t\ttabs   and    spaces\n\n\n',
  '1234567890 3.14159 0xdeadbeef 2026-11-22T15:00:00Z',
  'naïve café, Grüße, 日本語のテキスト, русский текст, emoji 🎉👍🏽 and <|endoftext|> as text',
  'aVeryLongIdentifierWithoutAnySeparatorsThatKeepsGoingAndGoingForAWhile_and_snake_case_too',
  `${'QmFzZTY0IGVuY29kZWQgZGF0YQ=='.repeat(20)}\n`,
  '```ts\nconst x = { a: 1, "b": [2, 3] };\n```\n### Heading\n> quote',
];

describe('loadTokenCounter', () => {
  it('counts o200k_base tokens exactly as js-tiktoken encodes them', async () => {
    const count = await loadTokenCounter();
    const reference = new Tiktoken(o200k);
    for (const text of SAMPLES) expect(count(text)).toBe(reference.encode(text, [], []).length);
  });

  it('counts a chat prompt with the framing of each message', async () => {
    const count = await loadTokenCounter();
    const messages = [
      { role: 'system' as const, content: 'You plan.' },
      { role: 'user' as const, content: 'Fix login.' },
    ];
    expect(promptTokens(messages, count)).toBe(
      3 + 4 + count('You plan.') + 4 + count('Fix login.'),
    );
  });
});
