import { describe, expect, it } from '@jest/globals';
import { adfToMarkdown } from '../../src/core/adf-to-markdown.js';
import { markdownToAdf, type AdfNode } from '../../src/jira/markdown-to-adf.js';

const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, ...marks: unknown[]) =>
  marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const item = (...content: unknown[]) => ({ type: 'listItem', content });
const bullets = (...items: unknown[]) => ({ type: 'bulletList', content: items });

/** A Jira Cloud issue description as returned by GET /rest/api/3/issue/{key}. */
const jiraDescription = {
  type: 'doc',
  version: 1,
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Summary' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Users on the ' },
        { type: 'text', text: 'billing', marks: [{ type: 'strong' }] },
        { type: 'text', text: ' page see a ' },
        { type: 'text', text: 'stale ', marks: [{ type: 'em' }] },
        { type: 'text', text: 'invoice total. See ' },
        {
          type: 'text',
          text: 'the design doc',
          marks: [
            {
              type: 'link',
              attrs: { href: 'https://acme.atlassian.net/wiki/spaces/ENG/pages/123' },
            },
          ],
        },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'InvoiceService', marks: [{ type: 'code' }] },
        { type: 'text', text: '.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Reported by ' },
        {
          type: 'mention',
          attrs: { id: '5b10ac8d82e05b22cc7d4ef5', text: '@Jane Doe', accessLevel: '' },
        },
        { type: 'text', text: ' on ' },
        { type: 'date', attrs: { timestamp: '1710460800000' } },
        { type: 'text', text: ' ' },
        {
          type: 'status',
          attrs: { text: 'IN PROGRESS', color: 'blue', localId: 'a1b2', style: '' },
        },
        { type: 'text', text: ' ' },
        { type: 'emoji', attrs: { shortName: ':fire:', id: '1f525', text: '🔥' } },
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Steps' }] },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Open ' },
                { type: 'text', text: 'Billing', marks: [{ type: 'strong' }] },
              ],
            },
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'Switch plan' }] },
                  ],
                },
                {
                  type: 'listItem',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Refresh' }] }],
                },
              ],
            },
          ],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Observe the total' }] }],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { order: 1 },
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Check the cache TTL' }] },
          ],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Add a test' }] }],
        },
      ],
    },
    {
      type: 'codeBlock',
      attrs: { language: 'typescript' },
      content: [
        {
          type: 'text',
          text: 'const total = lines.reduce((sum, l) => sum + l.amount, 0);\nlog(`total: ${total}`); // ```',
        },
      ],
    },
    {
      type: 'table',
      attrs: { isNumberColumnEnabled: false, layout: 'default', localId: 't1' },
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: {},
              content: [
                {
                  type: 'paragraph',
                  content: [{ type: 'text', text: 'Plan', marks: [{ type: 'strong' }] }],
                },
              ],
            },
            {
              type: 'tableHeader',
              attrs: {},
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Price | EUR' }] }],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: {},
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pro' }] }],
            },
            {
              type: 'tableCell',
              attrs: {},
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: '12' }] },
                { type: 'paragraph', content: [{ type: 'text', text: 'billed monthly' }] },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'panel',
      attrs: { panelType: 'warning' },
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Do not clear the production cache during business hours.' },
          ],
        },
      ],
    },
    {
      type: 'taskList',
      attrs: { localId: 'tl1' },
      content: [
        {
          type: 'taskItem',
          attrs: { localId: 'ti1', state: 'DONE' },
          content: [{ type: 'text', text: 'Reproduce locally' }],
        },
        {
          type: 'taskItem',
          attrs: { localId: 'ti2', state: 'TODO' },
          content: [{ type: 'text', text: 'Write the fix' }],
        },
      ],
    },
  ],
};

const jiraMarkdown = [
  '## Summary',
  '',
  'Users on the **billing** page see a *stale* invoice total. See [the design doc](https://acme.atlassian.net/wiki/spaces/ENG/pages/123) and `InvoiceService`.',
  'Reported by @Jane Doe on 2024-03-15 [IN PROGRESS] 🔥',
  '',
  '### Steps',
  '',
  '- Open **Billing**',
  '  - Switch plan',
  '  - Refresh',
  '- Observe the total',
  '',
  '1. Check the cache TTL',
  '2. Add a test',
  '',
  '````typescript',
  'const total = lines.reduce((sum, l) => sum + l.amount, 0);',
  'log(`total: ${total}`); // ```',
  '````',
  '',
  '| **Plan** | Price \\| EUR |',
  '| --- | --- |',
  '| Pro | 12 billed monthly |',
  '',
  '> **Warning:** Do not clear the production cache during business hours.',
  '',
  '- [x] Reproduce locally',
  '- [ ] Write the fix',
].join('\n');

describe('adfToMarkdown', () => {
  it('renders a realistic Jira description', () => {
    expect(adfToMarkdown(jiraDescription)).toBe(jiraMarkdown);
  });

  it('renders marks, keeping edge whitespace outside delimiters', () => {
    const input = doc(
      p(
        text('gone', { type: 'strike' }),
        text(' '),
        text('both ', { type: 'strong' }, { type: 'em' }),
        text('a`b', { type: 'code' }),
        text(' '),
        text('`x`', { type: 'code' }),
        text('   ', { type: 'strong' }),
      ),
    );
    expect(adfToMarkdown(input)).toBe('~~gone~~ ***both*** ``a`b`` `` `x` ``');
  });

  it('only renders http(s) and mailto links as links', () => {
    const link = (href: unknown) => ({ type: 'link', attrs: { href } });
    const input = doc(
      p(text('xss', link('javascript:alert(1)'))),
      p(text('data', link('data:text/html;base64,PHNjcmlwdD4='))),
      p(text('no href', link(42))),
      p(text('mail', link('mailto:dev@example.com'))),
      p(text('wiki [v2]', link('https://en.wikipedia.org/wiki/Foo_(bar) x'))),
      p(text('ref', link('HTTPS://example.com/a'), { type: 'code' })),
    );
    expect(adfToMarkdown(input)).toBe(
      [
        'xss',
        'data',
        'no href',
        '[mail](mailto:dev@example.com)',
        '[wiki \\[v2\\]](https://en.wikipedia.org/wiki/Foo_%28bar%29%20x)',
        '[`ref`](HTTPS://example.com/a)',
      ].join('\n\n'),
    );
    expect(adfToMarkdown(input)).not.toContain('javascript:');
  });

  it('renders headings with clamped levels and drops empty ones', () => {
    const heading = (level: unknown, value: string) => ({
      type: 'heading',
      attrs: { level },
      content: value ? [text(value)] : [],
    });
    const input = doc(heading(1, 'One'), heading(9, 'Deep'), heading('x', 'Bad'), heading(2, ''));
    expect(adfToMarkdown(input)).toBe('# One\n\n###### Deep\n\n# Bad');
  });

  it('respects attrs.order and indents nested content under the marker', () => {
    const input = doc({
      type: 'orderedList',
      attrs: { order: 9 },
      content: [
        item(p(text('nine'))),
        item(p(text('ten')), bullets(item(p(text('inner')))), p(text('more'))),
      ],
    });
    expect(adfToMarkdown(input)).toBe('9. nine\n10. ten\n    - inner\n\n    more');
  });

  it('fences code blocks longer than any backtick run and sanitises the language', () => {
    const code = (language: unknown, value: string) => ({
      type: 'codeBlock',
      attrs: { language },
      content: [text(value)],
    });
    expect(adfToMarkdown(doc(code(undefined, 'plain\n')))).toBe('```\nplain\n```');
    expect(adfToMarkdown(doc(code('js`\nevil', 'a ````` b')))).toBe(
      '``````jsevil\na ````` b\n``````',
    );
  });

  it('renders blockquotes, rules, panels and expands', () => {
    const input = doc(
      { type: 'blockquote', content: [p(text('quoted')), p(text('twice'))] },
      { type: 'rule' },
      { type: 'panel', attrs: { panelType: 'note' }, content: [p(text('Heads up'))] },
      { type: 'panel', attrs: { panelType: '<b>' }, content: [bullets(item(p(text('a'))))] },
      { type: 'expand', attrs: { title: 'Logs' }, content: [p(text('trace'))] },
      { type: 'nestedExpand', attrs: {}, content: [p(text('untitled'))] },
    );
    expect(adfToMarkdown(input)).toBe(
      [
        '> quoted\n>\n> twice',
        '---',
        '> **Note:** Heads up',
        '> **Info:**\n>\n> - a',
        '**Logs**\n\ntrace',
        'untitled',
      ].join('\n\n'),
    );
  });

  it('renders cards, media and decisions', () => {
    const input = doc(
      p(text('see '), {
        type: 'inlineCard',
        attrs: { url: 'https://acme.atlassian.net/browse/PROJ-1' },
      }),
      { type: 'blockCard', attrs: { url: 'https://github.com/acme/shop/pull/7' } },
      {
        type: 'mediaSingle',
        attrs: { layout: 'center' },
        content: [{ type: 'media', attrs: { id: 'abc', type: 'file', collection: '' } }],
      },
      { type: 'mediaGroup', content: [{ type: 'media' }, { type: 'media' }] },
      {
        type: 'decisionList',
        content: [
          { type: 'decisionItem', attrs: { state: 'DECIDED' }, content: [text('Use Postgres')] },
        ],
      },
    );
    expect(adfToMarkdown(input)).toBe(
      [
        'see https://acme.atlassian.net/browse/PROJ-1',
        'https://github.com/acme/shop/pull/7',
        '[attachment]',
        '[attachment] [attachment]',
        '- **Decision:** Use Postgres',
      ].join('\n\n'),
    );
  });

  it('renders nested task lists, mentions, emoji and dates defensively', () => {
    const task = (state: string, value: string) => ({
      type: 'taskItem',
      attrs: { state },
      content: [text(value)],
    });
    const input = doc(
      {
        type: 'taskList',
        content: [task('TODO', 'parent'), { type: 'taskList', content: [task('DONE', 'child')] }],
      },
      p(
        { type: 'mention', attrs: { text: 'Bob' } },
        text(' '),
        { type: 'mention', attrs: {} },
        text(' '),
        { type: 'emoji', attrs: { shortName: ':smile:' } },
        text(' '),
        { type: 'date', attrs: { timestamp: 'soon' } },
        { type: 'date', attrs: { timestamp: 1e20 } },
        { type: 'date', attrs: { timestamp: 0 } },
      ),
    );
    expect(adfToMarkdown(input)).toBe(
      '- [ ] parent\n  - [x] child\n\n@Bob @unknown :smile: 1970-01-01',
    );
  });

  it('pads ragged tables, honours colspan and flattens cell content', () => {
    const cell = (type: string, attrs: unknown, ...content: unknown[]) => ({
      type,
      attrs,
      content,
    });
    const row = (...cells: unknown[]) => ({ type: 'tableRow', content: cells });
    const input = doc({
      type: 'table',
      content: [
        row(
          cell('tableCell', {}, p(text('a'))),
          cell('tableCell', {}, p(text('b'))),
          cell('tableCell', {}, p(text('c'))),
        ),
        row(
          cell('tableCell', { colspan: 2 }, p(text('wide'))),
          cell('tableCell', {}, bullets(item(p(text('x'))), item(p(text('y'))))),
        ),
        row(
          cell(
            'tableCell',
            {},
            p(text('line', { type: 'strong' }), { type: 'hardBreak' }, text('two')),
          ),
        ),
        row(cell('tableCell', { colspan: 1e9 })),
      ],
    });
    const markdown = adfToMarkdown(input);
    const lines = markdown.split('\n');
    // Every row is padded to the 50 columns of the (capped) colspan; compare the first three.
    expect(lines.map((line) => line.split('|').slice(0, 4).join('|'))).toEqual([
      '| a | b | c ',
      '| --- | --- | --- ',
      '| wide |  | - x - y ',
      '| **line** two |  |  ',
      '|  |  |  ',
    ]);
    expect(lines.every((line) => line.split(/(?<!\\)\|/).length === 52)).toBe(true);
    expect(adfToMarkdown(doc({ type: 'table', content: [] }))).toBe('');
  });

  it('never throws on malformed input', () => {
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      true,
      [],
      {},
      { type: 'doc' },
      { type: 'doc', content: 'nope' },
      { type: 'doc', content: [null, 1, 'x', [], { type: 42 }, { text: 'no type' }] },
      doc(
        p(
          { type: 'text', text: 5, marks: 'bold' },
          { type: 'text', text: 'ok', marks: [null, 'em', { type: 'link' }] },
        ),
      ),
      doc({ type: 'heading', attrs: null, content: {} }),
      doc({
        type: 'table',
        content: [
          { type: 'tableRow', content: [null, { type: 'tableCell', attrs: { colspan: 'x' } }] },
        ],
      }),
      doc({ type: 'orderedList', attrs: { order: -3 }, content: [item(), 'junk'] }),
      doc(
        { type: '__proto__', content: [p(text('proto'))] },
        { type: 'constructor', text: 'ctor' },
      ),
    ];
    for (const input of inputs) {
      expect(typeof adfToMarkdown(input)).toBe('string');
    }
    const hostile = {
      type: 'doc',
      get content(): never {
        throw new Error('boom');
      },
    };
    expect(adfToMarkdown(hostile)).toBe('');
    expect(adfToMarkdown(null)).toBe('');
    expect(adfToMarkdown({ type: 'doc' })).toBe('');
    expect(adfToMarkdown(inputs[9])).toBe('ok');
    expect(adfToMarkdown(inputs[13])).toBe('proto\n\nctor');
  });

  it('passes Jira Server / v2 plain-string descriptions through', () => {
    expect(adfToMarkdown('h1. Wiki markup\n*bold*  \n')).toBe('h1. Wiki markup\n*bold*');
  });

  it('renders the text inside unknown node types', () => {
    const input = doc(
      p(
        text('before '),
        { type: 'inlineExtension', content: [text('inner', { type: 'strong' })] },
        text(' after'),
      ),
      {
        type: 'layoutSection',
        content: [
          { type: 'layoutColumn', attrs: { width: 50 }, content: [p(text('left'))] },
          { type: 'layoutColumn', attrs: { width: 50 }, content: [p(text('right'))] },
        ],
      },
      { type: 'placeholder', text: 'Type here' },
    );
    expect(adfToMarkdown(input)).toBe('before **inner** after\n\nleft\n\nright\n\nType here');
  });

  it('caps recursion depth on deeply nested documents', () => {
    let quote: unknown = p(text('bottom'));
    let list: unknown = p(text('leaf'));
    let unknown: unknown = text('core');
    for (let i = 0; i < 200; i++) {
      quote = { type: 'blockquote', content: [quote] };
      list = bullets(item(p(text(`level ${i}`)), list));
      unknown = { type: 'mystery', content: [unknown] };
    }
    const markdown = adfToMarkdown(doc(p(text('top')), quote, list, unknown));
    expect(markdown.startsWith('top')).toBe(true);
    expect(markdown).toContain('- level 199');
    expect(markdown).not.toContain('bottom');
    expect(markdown).not.toContain('leaf');
    expect(markdown).not.toContain('core');

    let huge: unknown = text('x');
    for (let i = 0; i < 100_000; i++) huge = { type: 'blockquote', content: [huge] };
    expect(() => adfToMarkdown(doc(huge))).not.toThrow();
  });

  it('stays linear on long whitespace runs', () => {
    // Quadratic work on 200,000 characters would outlast the test's own timeout.
    const spaces = ' '.repeat(200_000);
    const cell = { type: 'tableCell', content: [p(text(`x${spaces}y`))] };
    const input = doc(p(text(`a${spaces}b`, { type: 'strong' })), {
      type: 'table',
      content: [{ type: 'tableRow', content: [cell] }],
    });
    expect(adfToMarkdown(input)).toContain(`**a${spaces}b**`);
  });
});

/** Visits every node of an ADF tree, depth first. */
function walk(node: AdfNode, visit: (node: AdfNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

describe('markdownToAdf', () => {
  const comment = [
    '## Spec ready for review',
    '',
    'The spec for **PROJ-42** is ready: [open the pull request](https://github.com/acme/shop/pull/7).',
    'Reply here with questions.',
    '',
    '- Adds `InvoiceCache`',
    '- Updates *two* endpoints',
    '',
    '```ts',
    'const cache = new InvoiceCache();',
    '```',
  ].join('\n');

  it('builds the exact ADF tree for a comment we post', () => {
    const listItem = (...content: AdfNode[]): AdfNode => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content }],
    });
    expect(markdownToAdf(comment)).toEqual({
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'Spec ready for review' }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The spec for ' },
            { type: 'text', text: 'PROJ-42', marks: [{ type: 'strong' }] },
            { type: 'text', text: ' is ready: ' },
            {
              type: 'text',
              text: 'open the pull request',
              marks: [{ type: 'link', attrs: { href: 'https://github.com/acme/shop/pull/7' } }],
            },
            { type: 'text', text: '.' },
            { type: 'hardBreak' },
            { type: 'text', text: 'Reply here with questions.' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            listItem(
              { type: 'text', text: 'Adds ' },
              { type: 'text', text: 'InvoiceCache', marks: [{ type: 'code' }] },
            ),
            listItem(
              { type: 'text', text: 'Updates ' },
              { type: 'text', text: 'two', marks: [{ type: 'em' }] },
              { type: 'text', text: ' endpoints' },
            ),
          ],
        },
        {
          type: 'codeBlock',
          attrs: { language: 'ts' },
          content: [{ type: 'text', text: 'const cache = new InvoiceCache();' }],
        },
      ],
    });
  });

  it('round-trips the comment through adfToMarkdown', () => {
    expect(adfToMarkdown(markdownToAdf(comment))).toBe(comment);
  });

  it('round-trips nested and ordered lists', () => {
    const markdown =
      '3. three\n4. four\n   - nested _em_\n   - nested **bold**\n\n- [link](https://x.test/a)';
    const adf = markdownToAdf(markdown);
    expect(adf.content[0]).toMatchObject({ type: 'orderedList', attrs: { order: 3 } });
    expect(adf.content[0]?.content?.[1]?.content?.[1]).toMatchObject({ type: 'bulletList' });
    expect(adfToMarkdown(adf)).toBe(markdown.replace('_em_', '*em*'));
  });

  it('stays linear on pathological input', () => {
    // Quadratic work on 200,000 characters would outlast the test's own timeout.
    const spaces = ' '.repeat(200_000);
    const adf = markdownToAdf(
      `# a${spaces}b\n\n\`${spaces}x\` ${'['.repeat(20_000)} ${'`'.repeat(5_000)}`,
    );
    expect(adf.content.map((node) => node.type)).toEqual(['heading', 'paragraph']);
  });

  it('keeps indented lines and paragraphs inside their list item', () => {
    const markdown = '- first\n  continued\n\n  second paragraph\n- next';
    const adf = markdownToAdf(markdown);
    expect(adf.content).toEqual([
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'first' },
                  { type: 'hardBreak' },
                  { type: 'text', text: 'continued' },
                ],
              },
              { type: 'paragraph', content: [{ type: 'text', text: 'second paragraph' }] },
            ],
          },
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'next' }] }],
          },
        ],
      },
    ]);
    expect(adfToMarkdown(adf)).toBe(markdown);
  });

  it('gives an empty doc for empty input', () => {
    expect(markdownToAdf('')).toEqual({ type: 'doc', version: 1, content: [] });
    expect(markdownToAdf('  \n\n\t\n')).toEqual({ type: 'doc', version: 1, content: [] });
  });

  it('only links http(s) URLs', () => {
    const adf = markdownToAdf(
      '[click](javascript:alert) [js](javascript:alert(1)) [mail](mailto:a@b.c) [ok](http://x.test)',
    );
    const links: unknown[] = [];
    walk(adf.content[0]!, (node) => node.marks?.forEach((m) => m.type === 'link' && links.push(m)));
    expect(links).toEqual([{ type: 'link', attrs: { href: 'http://x.test' } }]);
    // Unlinked labels stay as plain text; an unparseable link stays literal (and inert).
    const plain = adf.content[0]?.content?.map((node) => node.text).join('');
    expect(plain).toBe('click [js](javascript:alert(1)) mail ok');
  });

  it('keeps literal punctuation that is not markup', () => {
    const texts = (markdown: string) => markdownToAdf(markdown).content[0]?.content;
    expect(texts('snake_case_name and 2 * 3 * 4')).toEqual([
      { type: 'text', text: 'snake_case_name and 2 * 3 * 4' },
    ]);
    expect(texts('\\*not em\\* and ``` unclosed')).toEqual([
      { type: 'text', text: '*not em* and ``` unclosed' },
    ]);
    expect(texts('run `` `x` `` here')).toEqual([
      { type: 'text', text: 'run ' },
      { type: 'text', text: '`x`', marks: [{ type: 'code' }] },
      { type: 'text', text: ' here' },
    ]);
    expect(texts('**`code`** in bold')).toEqual([
      { type: 'text', text: 'code', marks: [{ type: 'code' }] },
      { type: 'text', text: ' in bold' },
    ]);
  });

  it('never emits empty text nodes or empty containers', () => {
    const inputs = [
      '**',
      '****',
      '``',
      '` `',
      '- ',
      '-   \n  - nested under an empty item',
      '# ',
      '```\n```',
      '```\n\n```',
      '[]()',
      '[](https://x.test)',
      '_ _',
      '*',
      'a  \n   \n\n  b  ',
      '1. \n2. two',
      '```js\nunclosed',
      '\r\n\r\ntext\r\nmore\r\n',
    ];
    for (const input of inputs) {
      const adf = markdownToAdf(input);
      expect(adf).toMatchObject({ type: 'doc', version: 1 });
      for (const block of adf.content) {
        walk(block, (node) => {
          if (node.type === 'text') expect(node.text).toMatch(/\S|^ +$/);
          if (node.content) expect(node.content.length).toBeGreaterThan(0);
          if (node.type === 'listItem') expect(node.content?.[0]?.type).toBe('paragraph');
        });
      }
    }
  });
});
