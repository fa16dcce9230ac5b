import { beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { failureExcerpt } from '../../src/demo/report.js';
import { wantsColour } from '../../src/demo/style.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

/** `specgate demo` in this process, its stdout a terminal or not. */
async function demo(options: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  // What main is given on a command line: process.stdout, which says whether it is a terminal.
  const terminal = { write: (text: string) => (stdout += text), isTTY: options.tty ?? false };
  const code = await main(['demo'], {
    stdout: terminal,
    stderr: { write: (text: string) => (stderr += text) },
    stdin: [],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

/** The lines between a numbered heading and the next one. */
function section(output: string, n: number): string {
  const start = output.search(new RegExp(`^${n}\\. `, 'm'));
  const end = output.slice(start + 1).search(/^\d+\. /m);
  return end < 0 ? output.slice(start) : output.slice(start, start + 1 + end);
}

describe('specgate demo', () => {
  let run: Awaited<ReturnType<typeof demo>>;
  beforeAll(async () => {
    run = await demo();
  }, 60_000);

  it('ends well, in plain text when stdout is not a terminal', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('shows the failing test before the fix, with no stack frames', () => {
    const ticket = section(run.stdout, 1);
    expect(ticket).toContain("The repository's test command today: node --test fails (exit 1):");
    expect(ticket).toContain('✖ unknown users are refused');
    expect(ticket).toContain(
      "TypeError: Cannot read properties of undefined (reading 'passwordHash')",
    );
    expect(ticket).not.toContain('file://');
  });

  it('prints the spec as written, from the path the pull request records', () => {
    const spec = section(run.stdout, 2);
    const specPath = /The spec as written, for a person to approve \((.+)\):/.exec(spec)?.[1];
    expect(specPath).toMatch(/\.md$/);
    expect(spec).toContain('| # Refuse unknown users and empty passwords at login');
    expect(spec).toContain('| - login() returns false for an empty password');
    // The checklist says what QA runs.
    expect(spec).toContain('| - [ ] node --test passes');
    expect(run.stdout).not.toContain('npm test');
  });

  it('shows the change, QA passing, the pull request ready and its reviewers', () => {
    expect(section(run.stdout, 4)).toContain('+  if (!user || !password) return false;');
    expect(section(run.stdout, 4)).toContain('QA test: passed');
    const pull = section(run.stdout, 5);
    expect(pull).toContain('Ready for review: the draft was marked ready for review.');
    expect(pull).toContain('Reviewers requested: @ada.');
  });

  it('shows each Jira status move and every comment whole', () => {
    const jira = section(run.stdout, 6);
    expect(jira).toContain('ABC-123 status: To Do -> Spec Review (transition "Start review")');
    expect(jira).toContain('ABC-123 status: Spec Review -> In Review (transition "Code review")');
    const link = '[GitHub PR #2](https://github.com/Codertocat/Hello-World/pull/2)';
    expect(jira.split(link).length - 1).toBe(3);
    expect(jira).toContain(
      'Spec ready for approval: 2 file(s) in scope. A person with write access approves it with /approve on the pull request.',
    );
  });

  it('shows every Slack message', () => {
    const slack = section(run.stdout, 7);
    expect(slack).toContain('Slack, a new thread:');
    expect(slack.match(/Slack, in the thread:/g)).toHaveLength(2);
    expect(slack).toContain('Ready for review: Refuse unknown users and empty passwords at login');
  });

  it('colours a terminal', async () => {
    const tty = await demo({ tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toContain('\u001b[1m1. Ticket\u001b[22m');
    expect(tty.stdout).toContain(
      '\u001b[32m    +  if (!user || !password) return false;\u001b[39m',
    );
  }, 60_000);

  it('stays plain on a terminal when NO_COLOR is set', async () => {
    const tty = await demo({ tty: true, env: { NO_COLOR: '1' } });
    expect(tty.code).toBe(0);
    expect(tty.stdout).not.toMatch(ANSI);
  }, 60_000);
});

describe('when the demo colours', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NODE_DISABLE_COLORS: '1' }, false],
    [true, { TERM: 'dumb' }, false],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('a terminal: %s, env %j -> %s', (isTTY, env, expected) => {
    expect(wantsColour({ isTTY }, env)).toBe(expected);
  });
});

describe('failureExcerpt', () => {
  it('keeps the failing test and its error, not the stack or timings', () => {
    const output = [
      '✖ unknown users are refused (0.7ms)',
      'ℹ tests 1',
      '',
      '✖ failing tests:',
      '',
      'test at test/login.test.js:7:1',
      '✖ unknown users are refused (0.702848ms)',
      "  TypeError: Cannot read properties of undefined (reading 'passwordHash')",
      '      at login (file:///somewhere/src/login.js:4:15)',
    ].join('\n');
    expect(failureExcerpt(output)).toEqual([
      'test at test/login.test.js:7:1',
      '✖ unknown users are refused',
      "  TypeError: Cannot read properties of undefined (reading 'passwordHash')",
    ]);
  });

  it('shows the last lines of output it does not recognise', () => {
    expect(failureExcerpt('a\nb\n\nc\n', 2)).toEqual(['b', 'c']);
  });
});
