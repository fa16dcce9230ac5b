import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { runProcess } from '../process/run.js';
import { adfToMarkdown } from '../core/adf-to-markdown.js';
import type { Logger } from '../ports.js';
import { FakeGitHub } from '../stand-ins/github.js';
import { FakeJira } from '../stand-ins/jira.js';
import { FakeModel } from '../stand-ins/model.js';
import { FakeSlack } from '../stand-ins/slack.js';
import { runCommand } from '../intake/run-command.js';
import { decodeStateMarker } from '../tickets/marker.js';
import { buildDeps } from '../wiring/build-deps.js';
import { createExampleRepo } from './example-repo.js';
import { EXAMPLE_REPO, FIX_AND_COVER_LOGIN, LOGIN_SPEC, LOGIN_TICKET } from './example.js';
import { failureExcerpt, quote, statusMoves } from './report.js';
import { createStyle, wantsColour, type Style } from './style.js';

/** Where the demo writes, and the PATH and HOME its git and QA commands use. */
export interface DemoIo {
  /** Coloured only when a terminal (`isTTY`), unless the environment says otherwise. */
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

const ISSUE = {
  number: 1,
  title: '[ABC-123] Login crashes for unknown users',
  body: 'Calling login() for a user that does not exist throws a TypeError.',
};
const YOU = { login: 'you', type: 'User' };
/** A teammate the configuration names as the reviewer of specgate's pull requests. */
const REVIEWER = 'ada';
/** What the example repository's tests run with, before the fix and in QA. */
const TEST_COMMAND = ['node', '--test'] as const;

/**
 * The whole loop on this machine, with no account and no network: the real
 * pipeline (the same use cases the Action runs) against a real git repository,
 * with recorded model answers and local stand-ins for GitHub, Slack and Jira.
 */
export async function runDemo(io: DemoIo): Promise<number> {
  const out = (text = '') => void io.stdout.write(`${text}\n`);
  const style = createStyle(wantsColour(io.stdout, io.env));
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
    FIX_AND_COVER_LOGIN.read,
    FIX_AND_COVER_LOGIN.edit,
    FIX_AND_COVER_LOGIN.finish,
  ]);
  const slack = new FakeSlack();
  const jira = new FakeJira([LOGIN_TICKET]);
  // The stand-in offers review; a real workflow also has a column for code review.
  jira.transitions.push({ id: '41', name: 'Code review', to: { id: '5', name: 'In Review' } });
  try {
    await Promise.all([github.start(), model.start(), slack.start(), jira.start()]);
    const repo = await createExampleRepo(root, EXAMPLE_REPO);
    github.setPermission(YOU.login, 'write');
    github.setPermission(REVIEWER, 'write');
    github.addIssue({ ...ISSUE, user: { login: 'reporter' } });
    out(style.heading('specgate demo: the whole loop, offline.'));
    out(
      style.note(
        'The model answers are RECORDED (replayed, not a live model); GitHub, Slack and Jira are local stand-ins.',
      ),
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
        'jira-status-in-review': 'In Review',
        reviewers: REVIEWER,
        'test-command': TEST_COMMAND.join(' '),
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

    heading(out, style, 1, 'Ticket');
    out(`  GitHub issue #${ISSUE.number}: ${ISSUE.title}`);
    out(
      `  Jira ${LOGIN_TICKET.key}: ${LOGIN_TICKET.summary} (priority ${LOGIN_TICKET.priority ?? 'none'}, status ${JIRA_START})`,
    );
    await testsBefore(repo.work, io, out, style);
    out(`  @${YOU.login} adds the label "specgate".`);

    heading(out, style, 2, 'Spec');
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
    const recorded = decodeStateMarker(github.pullsList()[0]?.body);
    const branch = planned.branch ?? recorded?.branch ?? `specgate/issue-${ISSUE.number}`;
    const specPath = planned.specPath ?? recorded?.specPath;
    if (!specPath) return fail(io, 'the spec pull request does not say where the spec is');
    out(`  ${planned.message}: ${specPath} on ${branch}, state ${planned.state}.`);
    out(`  The spec as written, for a person to approve (${specPath}):`);
    out(quote(await showFile(repo.origin, branch, specPath), '    | '));

    heading(out, style, 3, 'Approval');
    out(`  @${YOU.login} comments "/approve" on pull request #${planned.prNumber}.`);
    heading(out, style, 4, 'Agent edits and QA gates');
    const done = await runCommand(
      { kind: 'approve', requester, pullNumber: planned.prNumber },
      deps,
    );
    if (done.failed) return fail(io, done.message);
    out('  The change the agent pushed:');
    out(style.diff(await branchDiff(repo.origin, branch)));

    heading(out, style, 5, `Pull request #${planned.prNumber} (${done.state})`);
    const pull = github.pullsList().find((p) => p.number === planned.prNumber);
    const readied = github
      .requestsFor('graphql')
      .some((r) => JSON.stringify(r.body).includes('markPullRequestReadyForReview'));
    out(
      pull && !pull.draft
        ? `  ${style.good('Ready for review')}: ${readied ? 'the draft was marked ready for review' : 'not a draft'}.`
        : `  ${style.bad('Still a draft')}.`,
    );
    const asked = github
      .requestsFor('pulls/request-reviewers')
      .flatMap((r) => (r.body as { reviewers?: string[] }).reviewers ?? []);
    const reviewers = asked.length ? asked : (pull?.requested_reviewers ?? []);
    out(`  Reviewers requested: ${reviewers.map((login) => `@${login}`).join(', ') || 'none'}.`);
    out('  Its description:');
    out(quote((pull?.body ?? '').replace(/<!-- specgate-state [\s\S]*?-->/, ''), '  | '));

    heading(out, style, 6, 'What Jira was told');
    for (const move of statusMoves(jira.transitionsDone, jira.transitions, JIRA_START))
      out(
        `  ${style.label(move.key)} status: ${move.from} -> ${move.to} (transition "${move.via}")`,
      );
    for (const comment of jira.comments) {
      out(`  ${style.label(comment.key)} comment:`);
      out(quote(adfToMarkdown(comment.body), '    '));
    }
    for (const link of jira.remoteLinks)
      out(
        `  ${style.label(link.key)} link: ${String((link.body.object as { url?: string } | undefined)?.url)}`,
      );

    heading(out, style, 7, 'What Slack was told');
    for (const message of slack.messages) {
      out(`  ${style.label(message.thread_ts ? 'Slack, in the thread:' : 'Slack, a new thread:')}`);
      out(quote(String(message.text), '    '));
    }
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

const JIRA_START = LOGIN_TICKET.status ?? 'To Do';

/** Runs the repository's test command once, before any change, and shows how it fails. */
async function testsBefore(
  work: string,
  io: DemoIo,
  out: (text?: string) => void,
  style: Style,
): Promise<void> {
  const [command, ...args] = TEST_COMMAND;
  // The spec reporter whatever Node's default where output is not a terminal (TAP before Node 23).
  const before = await runProcess(command, [...args, '--test-reporter=spec'], {
    cwd: work,
    env: { PATH: io.env.PATH },
    timeoutMs: 60_000,
  });
  const shown = TEST_COMMAND.join(' ');
  if (before.code === 0) {
    out(`  The repository's test command today: ${shown} passes.`);
    return;
  }
  out(
    `  The repository's test command today: ${shown} ${style.bad(`fails (exit ${before.code})`)}:`,
  );
  const excerpt = failureExcerpt(`${before.stdout}\n${before.stderr}`);
  for (const line of excerpt) out(style.bad(`    ${line}`));
}

async function showFile(origin: string, branch: string, file: string): Promise<string> {
  const result = await runProcess('git', ['show', `${branch}:${file}`], {
    cwd: origin,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return result.code === 0 ? result.stdout : `(could not read ${file}: ${result.stderr.trim()})`;
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

function heading(out: (text?: string) => void, style: Style, n: number, title: string): void {
  out();
  out(style.heading(`${n}. ${title}`));
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
