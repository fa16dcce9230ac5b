import { afterEach, describe, expect, it } from '@jest/globals';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeModel, type ScriptedAnswer } from '../../src/stand-ins/model.js';
import { ATTACKS, hostileAgent } from '../support/attacks.js';
import { createRepo, git, type RepoFixture } from '../support/git-fixture.js';
import { runNode } from '../support/run-node.js';
import { main } from '../../src/cli/main.js';
import { FIX_LOGIN, LOGIN_SPEC, SAMPLE_REPO } from '../support/sample-repo.js';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/index.js');
const SPEC = JSON.stringify(LOGIN_SPEC);
/** Where the default spec-path puts the spec of the ticket in ticket.md. */
const SPEC_FILE = 'specs/login-crashes-for-unknown-users/spec.md';
const FILES = { ...SAMPLE_REPO, '.github/specgate.yml': 'test-command: node --test\n' };

/**
 * The CLI on a command line: its `main` in this process, or with `bundle` the
 * built `dist/cli/index.js` in a process of its own, as a developer runs it.
 */
async function cli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string; bundle?: boolean },
) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  if (options.bundle) {
    return runNode(CLI, args, {
      cwd: options.cwd,
      env,
      ...(options.input !== undefined ? { input: options.input } : {}),
    });
  }
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: options.input !== undefined ? [options.input] : [],
    env,
    cwd: options.cwd,
  });
  return { code, stdout, stderr };
}

let repo: RepoFixture | undefined;
let model: FakeModel | undefined;
afterEach(async () => {
  await model?.stop();
  repo?.cleanup();
  repo = undefined;
  model = undefined;
});

async function setup(
  script: ScriptedAnswer[] = [],
): Promise<{ work: string; env: Record<string, string> }> {
  repo = createRepo(FILES);
  model = new FakeModel(script);
  await model.start();
  git(repo.work, 'config', 'user.name', 'Dev');
  git(repo.work, 'config', 'user.email', 'dev@example.com');
  writeFileSync(
    path.join(repo.root, 'ticket.md'),
    '# Login crashes for unknown users\n\nlogin() throws a TypeError for a user that does not exist.\n',
  );
  return {
    work: repo.work,
    env: { OPENAI_BASE_URL: `${model.url}/v1`, SPECGATE_MODEL: 'test-model' },
  };
}

describe('specgate CLI', () => {
  it('prints usage for --help and fails for a missing or unknown command', async () => {
    const { work } = await setup();
    const help = await cli(['--help'], { cwd: work, bundle: true });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
    expect((await cli([], { cwd: work })).code).toBe(2);
    const unknown = await cli(['deploy'], { cwd: work });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: deploy');
    expect((await cli(['plan', '--bogus'], { cwd: work })).code).toBe(2);
  });

  it('prints the help of one command, and the version the bundle was built from', async () => {
    const { work } = await setup();
    const plan = await cli(['plan', '--help'], { cwd: work });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^Usage: specgate plan /);
    expect(plan.stdout).toContain('--jira KEY');
    expect((await cli(['help', 'check-config'], { cwd: work })).stdout).toContain('--offline');
    const version = await cli(['--version'], { cwd: work, bundle: true });
    expect(version.code).toBe(0);
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(version.stdout).toBe(`specgate ${pkg.version}\n`);
  });

  it('says which Jira settings plan --jira needs, before asking the model anything', async () => {
    const { work, env } = await setup([SPEC]);
    const run = await cli(['plan', '--jira', 'ABC-123'], {
      cwd: work,
      env: { ...env, JIRA_EMAIL: 'dev@example.com' },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('Reading ABC-123 needs Jira: set JIRA_BASE_URL, JIRA_API_TOKEN');
    expect(model!.requests).toEqual([]);
    expect(git(work, 'branch', '--list').trim()).toBe('* main');
  });

  it('names a ticket file that is not there, without a raw ENOENT (exit 2)', async () => {
    const { work, env } = await setup([SPEC]);
    const run = await cli(['plan', '--file', 'no-such-ticket.md'], { cwd: work, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--file no-such-ticket.md: there is no such file');
    expect(run.stderr).not.toContain('ENOENT');
    expect(model!.requests).toEqual([]);
  });

  it('says so outside a git repository (exit 4)', async () => {
    const { env } = await setup([SPEC]);
    const outside = mkdtempSync(path.join(tmpdir(), 'specgate-not-a-repo-'));
    try {
      writeFileSync(path.join(outside, 'ticket.md'), '# A ticket\n');
      const run = await cli(['plan', '--file', 'ticket.md'], { cwd: outside, env });
      expect(run.code).toBe(4);
      expect(run.stderr).toContain(`${outside} is not a git repository`);
      expect(model!.requests).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads --issue only from a GitHub origin (exit 4), never from a made-up repository', async () => {
    const { work, env } = await setup([SPEC]);
    const run = await cli(['plan', '--issue', '5'], {
      cwd: work,
      env: { ...env, GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(
      'Reading issue #5 needs a checkout whose origin is a GitHub repository',
    );
    expect(run.stderr).not.toContain('local/local');
  });

  it('plans from a ticket file: its spec committed on a new branch that is checked out', async () => {
    const { work, env } = await setup([SPEC]);
    const run = await cli(['plan', '--file', '../ticket.md', '--json'], { cwd: work, env });
    expect(run.stderr).toContain('▸ plan');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { branch: string; specPath: string; scope: unknown[] };
    expect(result).toMatchObject({
      ok: true,
      branch: 'specgate/login-crashes-for-unknown-users',
      specPath: SPEC_FILE,
    });
    expect(result.scope).toHaveLength(2);
    expect(git(work, 'branch', '--show-current').trim()).toBe(result.branch);
    expect(readFileSync(path.join(work, result.specPath), 'utf8')).toContain(LOGIN_SPEC.title);
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(JSON.stringify(model!.prompts[0])).toContain(
      'throws a TypeError for a user that does not exist',
    );
  });

  it('plan --dry-run plans but creates no branch, and says what it would have written', async () => {
    const { work, env } = await setup([SPEC, SPEC]);
    const head = git(work, 'rev-parse', 'HEAD').trim();
    const run = await cli(['plan', '--file', '../ticket.md', '--dry-run', '--json'], {
      cwd: work,
      env,
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      commit: string;
      specPath: string;
      dryRun: string[];
      next: string;
    };
    expect(result.specPath).toBe(SPEC_FILE);
    expect(result.dryRun).toEqual([
      `git: create the branch specgate/login-crashes-for-unknown-users at ${result.commit.slice(0, 12)} and check it out`,
    ]);
    expect(result.next).toContain(`git show ${result.commit}:${SPEC_FILE}`);
    expect(git(work, 'show', `${result.commit}:${SPEC_FILE}`)).toContain(LOGIN_SPEC.title);
    expect(git(work, 'branch', '--list').trim()).toBe('* main');
    expect(git(work, 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(existsSync(path.join(work, 'specs'))).toBe(false);
    expect(model!.remaining).toBe(1);

    const text = await cli(['run', '--file', '../ticket.md', '--dry-run', '--yes'], {
      cwd: work,
      env,
    });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Dry run: nothing was written.');
    expect(text.stdout).toContain(
      'git: create the branch specgate/login-crashes-for-unknown-users',
    );
    expect(text.stdout).toContain('a dry run stops after planning');
    expect(git(work, 'branch', '--list').trim()).toBe('* main');
  });

  it('refuses to implement a spec nobody approved', async () => {
    const { work, env } = await setup([SPEC]);
    await cli(['plan', '--file', '../ticket.md'], { cwd: work, env });
    const run = await cli(['implement'], { cwd: work, env });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`${SPEC_FILE} is not approved`);
    expect(model!.remaining).toBe(0);
  });

  it('implements an approved spec, runs the real tests and commits', async () => {
    const { work, env } = await setup([SPEC, FIX_LOGIN.read, FIX_LOGIN.edit, FIX_LOGIN.finish]);
    await cli(['plan', '--file', '../ticket.md'], { cwd: work, env });
    const run = await cli(['implement', '--yes', '--json'], { cwd: work, env });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      implement: { outcome: string; gates: { name: string; passed: boolean }[]; commit: string };
    };
    expect(result.implement).toMatchObject({
      outcome: 'committed',
      gates: [{ name: 'test', passed: true }],
    });
    expect(git(work, 'rev-parse', 'HEAD').trim()).toBe(result.implement.commit);
    expect(readFileSync(path.join(work, 'src/login.js'), 'utf8')).toContain(
      'if (!user || !password) return false;',
    );
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(git(work, 'log', '-1', '--format=%an')).toContain('Dev');
    expect(run.stderr).toContain('QA test: passed');
    expect(run.stderr).toContain('agent: edit_file src/login.js');
  });

  it("runs the gates in the sandbox: a hostile test cannot touch the developer's git or what is committed", async () => {
    const { work, env } = await setup([SPEC, ...hostileAgent(ATTACKS.gitConfig, ATTACKS.gitState)]);
    const home = mkdtempSync(path.join(tmpdir(), 'specgate-dev-home-'));
    try {
      await cli(['plan', '--file', '../ticket.md'], { cwd: work, env });
      const base = git(work, 'rev-parse', 'HEAD').trim();
      // The bundle in its own process: its environment holds the model's key.
      const run = await cli(['implement', '--yes', '--json'], {
        cwd: work,
        env: { ...env, HOME: home },
        bundle: true,
      });
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout) as { implement: { qaSandbox: string; commit: string } };
      expect(result.implement.qaSandbox).toMatch(/^(root|sudo|userns):/);
      expect(readFileSync(path.join(work, 'attack/git-config.log'), 'utf8')).toContain('ran');
      expect(existsSync(path.join(home, '.gitconfig'))).toBe(false);
      expect(readdirSync(path.join(work, 'attack')).filter((f) => f.startsWith('leaked-'))).toEqual(
        [],
      );
      expect(git(work, 'rev-parse', 'HEAD^').trim()).toBe(base);
      expect(git(work, 'diff', '--name-only', base, 'HEAD').trim().split('\n').sort()).toEqual([
        'src/login.js',
        'test/login.test.js',
      ]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('runs plan and implement in one go, reading the ticket from stdin', async () => {
    const { work, env } = await setup([SPEC, FIX_LOGIN.edit, FIX_LOGIN.finish]);
    const run = await cli(['run', '--file', '-', '--yes'], {
      cwd: work,
      env,
      bundle: true,
      input: 'Login crashes\n\nunknown users throw\n',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Implemented and committed; QA passed (test).');
    expect(git(work, 'log', '--format=%s', '-2').trim().split('\n')).toEqual([
      LOGIN_SPEC.title,
      `spec: ${LOGIN_SPEC.title}`,
    ]);
  });

  it("commits in the repository's convention: Conventional Commits where commitlint is declared", async () => {
    const { work, env } = await setup([SPEC, FIX_LOGIN.edit, FIX_LOGIN.finish]);
    writeFileSync(
      path.join(work, 'commitlint.config.js'),
      "export default { extends: ['@commitlint/config-conventional'] };\n",
    );
    git(work, 'add', 'commitlint.config.js');
    git(work, 'commit', '--quiet', '-m', 'chore: lint commits');
    const run = await cli(['run', '--file', '../ticket.md', '--yes'], { cwd: work, env });
    expect(run.code).toBe(0);
    expect(git(work, 'log', '--format=%s', '-2').trim().split('\n')).toEqual([
      'feat: refuse unknown users and empty passwords at login',
      'docs(spec): refuse unknown users and empty passwords at login',
    ]);
  });

  it('says nothing was tested when no QA command is configured', async () => {
    const { work, env } = await setup([SPEC, FIX_LOGIN.edit, FIX_LOGIN.finish]);
    git(work, 'rm', '--quiet', '.github/specgate.yml');
    git(work, 'commit', '--quiet', '-m', 'no QA');
    const run = await cli(['run', '--file', '../ticket.md', '--yes', '--json'], { cwd: work, env });
    expect(run.code).toBe(0);
    const said = JSON.parse(run.stdout) as { implement: { message: string } };
    expect(said.implement.message).toBe(
      'Implemented and committed; no QA commands are configured, so nothing was tested.',
    );
    expect(run.stdout).not.toContain('QA passed');
  });

  it('leaves no commit when the gates fail', async () => {
    const { work, env } = await setup([
      SPEC,
      FIX_LOGIN.wrongEdit,
      FIX_LOGIN.finish,
      FIX_LOGIN.finish,
      FIX_LOGIN.finish,
    ]);
    await cli(['plan', '--file', '../ticket.md'], { cwd: work, env });
    const head = git(work, 'rev-parse', 'HEAD');
    const run = await cli(['implement', '--yes'], { cwd: work, env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('QA still failing');
    expect(git(work, 'rev-parse', 'HEAD')).toBe(head);
    // The failing gate's output, as a person would read it, not only "FAILED".
    expect(run.stdout).toMatch(/QA test: FAILED.*\n {4}node --test:\n {4}\| /);
    // Whatever the test runner's reporter (spec on a terminal, TAP where CI is set), the failure shows.
    expect(run.stdout).toMatch(/ {4}\| .*passwordHash/);

    git(work, 'checkout', '--', '.');
    model!.script.push(FIX_LOGIN.wrongEdit, FIX_LOGIN.finish, FIX_LOGIN.finish, FIX_LOGIN.finish);
    const json = await cli(['implement', '--yes', '--json'], { cwd: work, env });
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as {
      implement: { gates: { name: string; passed: boolean; output?: string }[] };
    };
    expect(result.implement.gates).toEqual([
      expect.objectContaining({
        name: 'test',
        passed: false,
        output: expect.stringContaining('passwordHash'),
      }),
    ]);
  });

  it('says what to do when no model is configured', async () => {
    const { work } = await setup();
    const run = await cli(['plan', '--file', '../ticket.md'], { cwd: work });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('No model is configured. Set OPENAI_API_KEY');
  });

  it('fails clearly when the model endpoint is unreachable', async () => {
    const { work } = await setup();
    const closed = `http://127.0.0.1:${await freePort()}/v1`;
    const run = await cli(['plan', '--file', '../ticket.md'], {
      cwd: work,
      env: { OPENAI_BASE_URL: closed },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the model endpoint http:\/\/127\.0\.0\.1:\d+\/v1 failed/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(git(work, 'branch', '--show-current').trim()).toBe('main');

    // Named by its address, without what a URL can carry for a key.
    const secret = await cli(['plan', '--file', '../ticket.md'], {
      cwd: work,
      env: { OPENAI_BASE_URL: closed.replace('//', '//user:s3cr3t@') + '?api-key=k3y' },
    });
    expect(secret.code).toBe(1);
    expect(secret.stderr).toMatch(/the model endpoint http:\/\/127\.0\.0\.1:\d+\/v1 failed/);
    expect(secret.stderr).not.toMatch(/s3cr3t|k3y/);
  });

  it('refuses to work on a dirty tree', async () => {
    const { work, env } = await setup([SPEC]);
    appendFileSync(path.join(work, 'README.md'), 'local edit\n');
    const run = await cli(['plan', '--file', '../ticket.md'], { cwd: work, env });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('uncommitted changes');
    expect(model!.requests).toEqual([]);
  });

  it('refuses to start while a file a previous run left is untracked', async () => {
    const { work, env } = await setup([SPEC]);
    // What an earlier ticket's QA could leave for the next ticket's agent to read.
    mkdirSync(path.join(work, 'docs'), { recursive: true });
    writeFileSync(path.join(work, 'docs/password-notes.md'), 'NOTE FOR AI AGENTS: ...\n');
    const run = await cli(['plan', '--file', '../ticket.md'], { cwd: work, env });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('untracked files (docs/password-notes.md)');
    expect(model!.requests).toEqual([]);
  });

  it('check-config names what is wrong', async () => {
    const { work, env } = await setup();
    writeFileSync(
      path.join(work, '.github/specgate.yml'),
      'max-turns: many\ntest-command: no-such-program --x\n',
    );
    const invalid = await cli(['check-config'], { cwd: work, env });
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toContain(
      '"max-turns" (.github/specgate.yml): expected a whole number from 1 to 500',
    );

    writeFileSync(path.join(work, '.github/specgate.yml'), 'test-command: no-such-program --x\n');
    const missing = await cli(['check-config', '--json'], {
      cwd: work,
      env: { ...env, JIRA_EMAIL: 'a@b.c' },
    });
    expect(missing.code).toBe(3);
    const result = JSON.parse(missing.stdout) as {
      checks: { ok: boolean; what: string; detail: string }[];
    };
    expect(result.checks.filter((c) => !c.ok).map((c) => c.detail)).toEqual([
      'incomplete: also set JIRA_BASE_URL, JIRA_API_TOKEN',
      'no-such-program is not on PATH',
    ]);

    writeFileSync(path.join(work, '.github/specgate.yml'), 'test-command: node --test\n');
    const valid = await cli(['check-config'], { cwd: work, env });
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('✓ model: test-model');
    expect(valid.stdout).toMatch(/✓ model endpoint: http:\/\/127\.0\.0\.1:\d+\/v1 is reachable/);
    expect(valid.stdout).toContain('✓ configuration: .github/specgate.yml and the environment');
  });

  it('check-config tells the truth: no file, no QA, an unreachable model, no repository, a mismatched workflow', async () => {
    const { work, env } = await setup();
    rmSync(path.join(work, '.github/specgate.yml'));
    git(work, 'commit', '-qam', 'no config');
    const defaults = await cli(['check-config'], { cwd: work, env });
    expect(defaults.code).toBe(0);
    expect(defaults.stdout).toContain(
      "✓ configuration: no .github/specgate.yml: specgate's defaults are used",
    );
    expect(defaults.stdout).toContain('! qa: no QA commands configured');
    expect(defaults.stdout).toContain('! workflow: no job in .github/workflows/ uses specgate');

    const closed = `http://127.0.0.1:${await freePort()}/v1`;
    const down = await cli(['check-config'], { cwd: work, env: { OPENAI_BASE_URL: closed } });
    expect(down.code).toBe(3);
    expect(down.stdout).toContain(`✗ model endpoint: ${closed} is not reachable (ECONNREFUSED)`);
    const offline = await cli(['check-config', '--offline'], {
      cwd: work,
      env: { OPENAI_BASE_URL: closed },
    });
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain('! model endpoint: not probed (--offline)');

    mkdirSync(path.join(work, '.github/workflows'), { recursive: true });
    writeFileSync(
      path.join(work, '.github/workflows/specgate.yml'),
      "on: issues\njobs:\n  go:\n    if: github.event.label.name == 'specgate'\n    runs-on: ubuntu-latest\n    steps:\n      - uses: specgate/specgate@v1\n",
    );
    writeFileSync(path.join(work, '.github/specgate.yml'), 'trigger-label: ai-ready\n');
    const mismatch = await cli(['check-config', '--offline'], { cwd: work, env });
    expect(mismatch.code).toBe(3);
    expect(mismatch.stdout).toContain(
      '✗ workflow: .github/workflows/specgate.yml (job go) runs only for the label "specgate", but trigger-label is "ai-ready"',
    );

    const outside = mkdtempSync(path.join(tmpdir(), 'specgate-not-a-repo-'));
    try {
      const none = await cli(['check-config', '--offline'], { cwd: outside, env });
      expect(none.code).toBe(3);
      expect(none.stdout).toContain(`✗ repository: ${outside} is not a git repository`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('demo | head -1 ends cleanly and removes its temporary repository', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'specgate-demo-tmp-'));
    try {
      const { code, stderr, first } = await new Promise<{
        code: number | null;
        stderr: string;
        first: string;
      }>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, 'demo'], {
          env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmp },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        let first = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        // What head -1 does: read the first line, then close the pipe.
        child.stdout.once('data', (d: Buffer) => {
          first = d.toString().split('\n')[0] ?? '';
          child.stdout.destroy();
        });
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr, first }));
      });
      expect(first).toBe('specgate demo: the whole loop, offline.');
      expect(stderr).not.toContain('EPIPE');
      expect(code).toBe(0);
      expect(readdirSync(tmp).filter((name) => name.startsWith('specgate-demo-'))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
