import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { runProcess } from '../process/run.js';
import { adfToMarkdown } from '../jira/adf-to-markdown.js';
import type { Logger } from '../ports.js';
import { FakeGitHub } from '../stand-ins/github.js';
import { FakeJira } from '../stand-ins/jira.js';
import { FakeModel } from '../stand-ins/model.js';
import { FakeSlack } from '../stand-ins/slack.js';
import { runCommand } from '../intake/run-command.js';
import { buildDeps } from '../wiring/build-deps.js';
import { createExampleRepo } from './example-repo.js';
import { EXAMPLE_REPO, FIX_LOGIN, LOGIN_SPEC, LOGIN_TICKET } from './example.js';

/** Where the demo writes, and the PATH and HOME its git and QA commands use. */
export interface DemoIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

const ISSUE = {
  number: 1,
  title: '[ABC-123] Login crashes for unknown users',
  body: 'Calling login() for a user that does not exist throws a TypeError.',
};
const YOU = { login: 'you', type: 'User' };

/**
 * The whole loop on this machine, with no account and no network: the real
 * pipeline (the same use cases the Action runs) against a real git repository,
 * with recorded model answers and local stand-ins for GitHub, Slack and Jira.
 */
export async function runDemo(io: DemoIo): Promise<number> {
  const out = (text = '') => void io.stdout.write(`${text}\n`);
  const root = await mkdtemp(path.join(tmpdir(), 'specgate-demo-'));
  // Interrupted (Ctrl-C), the demo still removes its temporary repository.
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(root, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const github = new FakeGitHub();
  // Recorded answers: what a model said for this ticket, replayed in order.
  const model = new FakeModel([
    JSON.stringify(LOGIN_SPEC),
    FIX_LOGIN.read,
    FIX_LOGIN.edit,
    FIX_LOGIN.finish,
  ]);
  const slack = new FakeSlack();
  const jira = new FakeJira([LOGIN_TICKET]);
  try {
    await Promise.all([github.start(), model.start(), slack.start(), jira.start()]);
    const repo = await createExampleRepo(root, EXAMPLE_REPO);
    github.setPermission(YOU.login, 'write');
    github.addIssue({ ...ISSUE, user: { login: 'reporter' } });
    out('specgate demo: the whole loop, offline.');
    out(
      'The model answers are RECORDED (replayed, not a live model); GitHub, Slack and Jira are local stand-ins.',
    );
    out(`Example repository (temporary): ${repo.work}, a login bug with a failing test.`);

    const deps = buildDeps(
      loadConfig({
        'github-token': 'demo-token',
        'openai-base-url': `${model.url}/v1`,
        model: 'recorded-answers',
        'slack-token': 'demo-slack-token',
        'slack-channel': 'C0DEMO',
        'slack-api-url': `${slack.url}/api/`,
        'jira-base-url': jira.url,
        'jira-email': 'demo@example.com',
        'jira-api-token': 'demo-jira-token',
        'jira-status-spec-review': 'Spec Review',
        'jira-status-in-review': 'Spec Review',
        'test-command': 'node --test',
        'model-prices': JSON.stringify({ 'recorded-answers': { input: 2, output: 8 } }),
      }),
      {
        repo: { owner: github.owner, repo: github.repo },
        workspace: repo.work,
        apiUrl: github.url,
        serverUrl: 'https://github.com',
        processEnv: { PATH: io.env.PATH, HOME: io.env.HOME },
        log: indented(io),
        githubRetries: 0,
        githubPacing: false,
      },
    );

    heading(out, 1, 'Ticket');
    out(`  GitHub issue #${ISSUE.number}: ${ISSUE.title}`);
    out(
      `  Jira ${LOGIN_TICKET.key}: ${LOGIN_TICKET.summary} (priority ${LOGIN_TICKET.priority ?? 'none'})`,
    );
    const before = await runProcess('node', ['--test'], {
      cwd: repo.work,
      env: { PATH: io.env.PATH },
      timeoutMs: 60_000,
    });
    out(
      `  The repository's test command today: node --test ${before.code === 0 ? 'passes' : `fails (exit ${before.code})`}.`,
    );
    out(`  @${YOU.login} adds the label "specgate".`);

    heading(out, 2, 'Spec');
    const requester = { source: 'github', actor: YOU } as const;
    const planned = await runCommand(
      {
        kind: 'plan',
        trigger: 'label',
        requester,
        ticket: { issueNumber: ISSUE.number },
        defaultBranch: 'main',
      },
      deps,
    );
    if (planned.failed || !planned.prNumber) return fail(io, planned.message);
    out(`  ${planned.message}: ${planned.specPath} on ${planned.branch}, state ${planned.state}.`);
    out(`  Scope: ${LOGIN_SPEC.scope.map((s) => `${s.path} (${s.change})`).join(', ')}`);

    heading(out, 3, 'Approval');
    out(`  @${YOU.login} comments "/approve" on pull request #${planned.prNumber}.`);
    heading(out, 4, 'Agent edits and QA gates');
    const done = await runCommand(
      { kind: 'approve', requester, pullNumber: planned.prNumber },
      deps,
    );
    if (done.failed) return fail(io, done.message);
    out('  The change the agent pushed:');
    out(await branchDiff(repo.origin, `specgate/issue-${ISSUE.number}`));

    heading(out, 5, `Pull request #${planned.prNumber} (${done.state})`);
    const body = github.pullsList()[0]?.body ?? '';
    out(
      body
        .replace(/<!-- specgate-state [\s\S]*?-->/, '')
        .trim()
        .replace(/^/gm, '  | '),
    );
    heading(out, 6, 'What Slack and Jira were told');
    for (const message of slack.messages)
      out(`  Slack ${message.thread_ts ? '(thread)' : '(new thread)'}: ${String(message.text)}`);
    for (const comment of jira.comments)
      out(
        `  Jira ${comment.key} comment: ${adfToMarkdown(comment.body).replace(/\s+/g, ' ').slice(0, 160)}`,
      );
    for (const link of jira.remoteLinks)
      out(
        `  Jira ${link.key} link: ${JSON.stringify((link.body.object as { url?: string } | undefined)?.url)}`,
      );
    out();
    out(
      'Done. The same pipeline runs in GitHub Actions (see the README), with your model and your services.',
    );
    return 0;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await Promise.all([github.stop(), model.stop(), slack.stop(), jira.stop()]).catch(
      () => undefined,
    );
    await rm(root, { recursive: true, force: true });
  }
}

async function branchDiff(origin: string, branch: string): Promise<string> {
  const result = await runProcess(
    'git',
    ['diff', '--no-color', `main...${branch}`, '--', 'src', 'test'],
    {
      cwd: origin,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    },
  );
  return result.stdout.trimEnd().replace(/^/gm, '    ');
}

function heading(out: (text?: string) => void, n: number, title: string): void {
  out();
  out(`${n}. ${title}`);
}

function indented(io: DemoIo): Logger {
  const write = (prefix: string) => (message: string) =>
    void io.stdout.write(`  ${prefix}${message}\n`);
  return {
    debug: () => undefined,
    info: write(''),
    warn: write('warning: '),
    error: write('error: '),
  };
}

function fail(io: DemoIo, message: string): number {
  io.stderr.write(`specgate demo failed: ${message}\n`);
  return 1;
}
