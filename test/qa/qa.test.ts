import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv } from '../../src/qa/clean-env.js';
import { splitCommand } from '../../src/qa/command-line.js';
import { runGates } from '../../src/qa/gates.js';
import { resolvePrograms } from '../../src/process/programs.js';
import { sandboxLayout } from '../../src/sandbox/layout.js';
import { sandboxFor } from '../../src/sandbox/sandbox.js';

describe('splitCommand', () => {
  it.each([
    ['npm test', ['npm', 'test']],
    ['npm run lint -- --max-warnings=0', ['npm', 'run', 'lint', '--', '--max-warnings=0']],
    [`node -e "console.log('a b')"`, ['node', '-e', "console.log('a b')"]],
    [`echo 'it''s'`, ['echo', 'its']],
    ['echo $HOME `id` ; rm -rf /', ['echo', '$HOME', '`id`', ';', 'rm', '-rf', '/']],
    ['a\\ b ""', ['a b', '']],
  ])('splits %j without a shell', (line, argv) => {
    expect(splitCommand(line)).toEqual(argv);
  });

  it('rejects unbalanced quotes and empty commands', () => {
    expect(() => splitCommand('echo "x')).toThrow('unbalanced');
    expect(() => splitCommand('   ')).toThrow('empty');
  });
});

describe('cleanEnv', () => {
  it('keeps what toolchains need and drops every secret', () => {
    const env = cleanEnv(
      {
        PATH: '/bin',
        HOME: '/home/runner',
        LANG: 'C.UTF-8',
        JAVA_HOME_17_X64: '/jdk',
        GITHUB_TOKEN: 'ghs_x',
        'INPUT_GITHUB-TOKEN': 'ghs_x',
        INPUT_MODEL: 'gpt',
        ACTIONS_RUNTIME_TOKEN: 'x',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'x',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
        OPENAI_API_KEY: 'sk-x',
        SLACK_BOT_TOKEN: 'xoxb',
        JIRA_API_TOKEN: 'x',
        AWS_SECRET_ACCESS_KEY: 'x',
        NPM_TOKEN: 'x',
        MY_SERVICE_PASSWORD: 'x',
        GITHUB_REPOSITORY: 'o/r',
        FEATURE_FLAG: 'on',
        DEPLOY_KEY: 'x',
      },
      ['FEATURE_FLAG', 'DEPLOY_KEY', 'NPM_TOKEN'],
    );
    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      JAVA_HOME_17_X64: '/jdk',
      FEATURE_FLAG: 'on',
      CI: 'true',
    });
  });
});

describe('runGates', () => {
  it('runs commands in parallel with timeouts and keeps the tail of output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'specgate-gates-'));
    const sandbox = sandboxFor(
      'none',
      resolvePrograms(process.env.PATH, dir),
      sandboxLayout(dir, {}),
    );
    try {
      const results = await runGates(
        [
          { name: 'test', command: `node -e "setTimeout(() => console.log('ok'), 300)"` },
          {
            name: 'lint',
            command: `node -e "console.error('x'.repeat(10000) + 'END'); process.exit(3)"`,
          },
          { name: 'build', command: `node -e "setTimeout(() => {}, 60000)"` },
          { name: 'missing', command: 'definitely-not-a-program-xyz' },
        ],
        { cwd: dir, env: { PATH: process.env.PATH }, timeoutMs: 1500, tailChars: 100, sandbox },
      );
      const byName = Object.fromEntries(results.map((r) => [r.name, r]));
      expect(byName.test).toMatchObject({ passed: true, exitCode: 0 });
      expect(byName.lint).toMatchObject({ passed: false, exitCode: 3 });
      expect(byName.lint!.outputTail.endsWith('END')).toBe(true);
      expect(byName.lint!.outputTail.length).toBeLessThanOrEqual(100);
      expect(byName.build).toMatchObject({ passed: false, timedOut: true });
      expect(byName.missing).toMatchObject({ passed: false });
      expect(byName.missing!.outputTail).toContain('could not start');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
