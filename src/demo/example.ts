import type { JiraIssueFixture } from '../stand-ins/jira.js';

/** A small Node project with a real bug and a test that shows it. */
export const EXAMPLE_REPO: Record<string, string> = {
  'package.json':
    JSON.stringify({ name: 'sample', type: 'module', scripts: { test: 'node --test' } }, null, 2) +
    '\n',
  'README.md': '# sample\n\nA login service.\n',
  'src/login.js': [
    'export function login(users, name, password) {',
    '  const user = users[name];',
    '  // BUG: an empty password is compared with the stored hash and crashes.',
    '  return user.passwordHash === hash(password);',
    '}',
    '',
    'function hash(text) {',
    '  return [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7).toString(16);',
    '}',
    '',
  ].join('\n'),
  'test/login.test.js': [
    "import { test } from 'node:test';",
    "import assert from 'node:assert';",
    "import { login } from '../src/login.js';",
    '',
    "const users = { ada: { passwordHash: '2d5d4' } };",
    '',
    "test('unknown users are refused', () => {",
    "  assert.strictEqual(login(users, 'nobody', 'x'), false);",
    '});',
    '',
  ].join('\n'),
  '.github/workflows/ci.yml':
    'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
};

/** The planner's answer, recorded: a spec for the login bug. */
export const LOGIN_SPEC = {
  title: 'Refuse unknown users and empty passwords at login',
  problem: 'login() throws a TypeError for unknown users instead of returning false.',
  acceptanceCriteria: [
    'login() returns false for an unknown user',
    'login() returns false for an empty password',
  ],
  scope: [
    { path: 'src/login.js', change: 'modify', reason: 'guard unknown users and empty passwords' },
    { path: 'test/login.test.js', change: 'modify', reason: 'cover the empty password' },
  ],
  plan: [
    'Return false when the user is missing',
    'Return false when the password is empty',
    'Add a test',
  ],
  tests: ['node --test'],
  risks: ['None beyond the login path'],
  checklist: ['Unknown users return false', 'Empty passwords return false', 'node --test passes'],
};

/** The coding agent's answers, recorded: read the file, fix the bug with an exact edit, finish. */
export const FIX_LOGIN = {
  read: { tools: [{ name: 'read_file', args: { path: 'src/login.js' } }] },
  edit: {
    tools: [
      {
        name: 'edit_file',
        args: {
          path: 'src/login.js',
          old_text: '  const user = users[name];\n',
          new_text: '  const user = users[name];\n  if (!user || !password) return false;\n',
        },
      },
    ],
  },
  finish: {
    tools: [
      {
        name: 'finish',
        args: { summary: 'login() now refuses unknown users and empty passwords.' },
      },
    ],
  },
};

/**
 * What the demo's agent answers: the fix above, plus the test the spec's plan
 * asks for (the empty password), so the change covers every file in scope.
 */
export const FIX_AND_COVER_LOGIN = {
  read: {
    tools: [...FIX_LOGIN.read.tools, { name: 'read_file', args: { path: 'test/login.test.js' } }],
  },
  edit: {
    tools: [
      ...FIX_LOGIN.edit.tools,
      {
        name: 'edit_file',
        args: {
          path: 'test/login.test.js',
          old_text: "  assert.strictEqual(login(users, 'nobody', 'x'), false);\n});\n",
          new_text: [
            "  assert.strictEqual(login(users, 'nobody', 'x'), false);",
            '});',
            '',
            "test('empty passwords are refused', () => {",
            "  assert.strictEqual(login(users, 'ada', ''), false);",
            '});',
            '',
          ].join('\n'),
        },
      },
    ],
  },
  finish: {
    tools: [
      {
        name: 'finish',
        args: {
          summary:
            'login() now refuses unknown users and empty passwords; a test covers the empty password.',
        },
      },
    ],
  },
};

/** The Jira ticket the issue links, as the Jira stand-in serves it (ADF description). */
export const LOGIN_TICKET: JiraIssueFixture = {
  key: 'ABC-123',
  summary: 'Login crashes for unknown users',
  description: {
    type: 'doc',
    version: 1,
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Calling ' },
          { type: 'text', text: 'login()', marks: [{ type: 'code' }] },
          { type: 'text', text: ' with an unknown user throws.' },
        ],
      },
    ],
  },
  priority: 'High',
  labels: ['backend'],
};
