import { describe, expect, it } from '@jest/globals';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { format } from 'prettier';
import type { SpecAnswer } from '../../src/spec/spec-answer.js';
import { parseSpec, renderSpec, specChecklist } from '../../src/spec/spec-document.js';
import { specAnswer } from './fixtures.js';

const HOSTILE = 'Fix | the *login* `crash` for __admin__ users: a_b **now** \\| 50% ~~maybe~~';

/** Specs as a model may answer: plain, and with every character Markdown gives a meaning to. */
const answers: Record<string, SpecAnswer> = {
  fixture: specAnswer(),
  hostile: specAnswer({
    title: HOSTILE,
    problem: [
      'The *login* handler accepts an __empty__ password   ',
      'and crashes with a `500 | error`.',
      '',
      '',
      '',
      '* one star bullet',
      '+ a plus bullet',
      '',
      '```js',
      'const a = b * c; // _keep_ **this**',
      '```',
      '',
      'Last paragraph with snake_case and `code_span`.',
    ].join('\n'),
    acceptanceCriteria: [HOSTILE, '`login()` returns *400*', '# not a heading'],
    scope: [
      { path: 'src/login.js', change: 'modify', reason: 'x | y\nz *and* _w_' },
      { path: 'src/we`ird|name.js', change: 'create', reason: HOSTILE },
    ],
    plan: ['Check *first*', '1. nested number', '- a dash'],
    tests: [],
    risks: [],
    checklist: [HOSTILE, '[x] looks checked', 'Tests pass'],
  }),
  code: specAnswer({
    title: 'Escape `.before\\:bottom-1\\/2` in normalize_and_validate',
    problem:
      'The class .before\\:bottom-1\\/2 comes out as .before:bottom-1/2 from normalize_and_validate().',
    plan: ['Keep the backslash in escape_css(selector).', 'Test __init__ and a*b too.'],
  }),
};

describe('code in a rendered spec reads as what it is', () => {
  it('puts code words in code spans, with no escapes: it renders as written', () => {
    const text = renderSpec(answers.code!, { model: 'gpt-4.1', notes: [] });
    expect(text).not.toContain('normalize\\_and');
    const code: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'inlineCode' && node.value) code.push(node.value);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(fromMarkdown(text.replace(/^---[\s\S]*?---\n/, '')));
    expect(code).toEqual(
      expect.arrayContaining([
        '.before\\:bottom-1\\/2',
        'normalize_and_validate()',
        'normalize_and_validate',
        'escape_css(selector)',
        '__init__',
        'a*b',
      ]),
    );
  });
});

describe('a rendered spec is left as it is by Markdown formatters', () => {
  for (const [name, answer] of Object.entries(answers)) {
    it(`Prettier changes nothing in the ${name} spec`, async () => {
      for (const meta of [
        { model: 'gpt-4.1', notes: [] },
        {
          issue: 7,
          jiraKey: 'ABC-1',
          jiraUrl: 'https://example.atlassian.net/browse/ABC-1',
          model: 'gpt-4.1',
          notes: ['Jira was *down* | retry_later'],
        },
      ]) {
        const text = renderSpec(answer, meta);
        expect(await format(text, { parser: 'markdown' })).toBe(text);
        const parsed = parseSpec(text);
        expect(parsed.ok && parsed.front.scope).toEqual(
          answer.scope.map(({ path, change, reason }) => ({ path, change, reason })),
        );
        expect(parsed.ok && parsed.front.title).toBe(answer.title);
        expect(specChecklist(parsed.ok ? parsed.body : '')).toHaveLength(answer.checklist.length);
      }
    });
  }
});
