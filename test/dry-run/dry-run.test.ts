import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config/load.js';
import { dryRun, type DryRun } from '../../src/dry-run/dry-run.js';
import type { Logger } from '../../src/ports.js';
import { buildDeps } from '../../src/wiring/build-deps.js';
import { git } from '../support/git-fixture.js';
import { LOGIN_TICKET, SECRETS, startWorld, type World } from '../support/world.js';

const logged: string[] = [];
const log: Logger = {
  debug: () => undefined,
  info: (m) => logged.push(m),
  warn: (m) => logged.push(m),
  error: (m) => logged.push(m),
};

let world: World;
let dry: DryRun;

beforeEach(async () => {
  logged.length = 0;
  world = await startWorld({ script: [], jiraIssues: [LOGIN_TICKET] });
  world.github.setPermission('octocat', 'write');
  world.github.addIssue({ number: 1, title: 'Login crashes', body: 'It throws.' });
  world.github.addPull({ number: 2, title: 'Spec', body: 'spec body', head: 'specgate/issue-1' });
  const deps = buildDeps(loadConfig(world.inputs), {
    repo: { owner: world.github.owner, repo: world.github.repo },
    workspace: world.repo.work,
    apiUrl: world.github.url,
    serverUrl: 'https://github.com',
    processEnv: { PATH: process.env.PATH },
    log,
    githubRetries: 0,
    githubPacing: false,
  });
  dry = dryRun(deps);
});
afterEach(() => world.stop());

/** Requests that could change something: anything but a read. */
function writesReceived(w: World): string[] {
  return [...w.github.requests, ...w.slack.requests, ...w.jira.requests]
    .filter((r) => !['GET', 'HEAD'].includes(r.method))
    .map((r) => `${r.method} ${r.path}`);
}

describe('a dry run', () => {
  it('records every code host write and sends none of them', async () => {
    const { host } = dry.deps;
    const pull = await host.createDraftPull({
      title: 'Spec: fix login',
      head: 'specgate/issue-1',
      base: 'main',
      body: `<!-- specgate-state {} -->\nThe plan, with ${SECRETS.github} in it.`,
    });
    expect(pull).toMatchObject({ number: 0, draft: true, open: true });
    await host.updatePull(pull.number, { body: 'new body' });
    await host.updatePull(2, { title: 'Spec: better' });
    await host.comment(1, 'specgate wrote a spec');
    await host.closePull(2);
    await host.markReadyForReview(pull);
    await host.requestReviewers(2, ['octocat']);
    await host.closeIssue(1, 'Done in #2.');

    expect(dry.recorder.writes).toEqual([
      'GitHub: open a draft pull request "Spec: fix login" (specgate/issue-1 into main): "The plan, with [REDACTED] in it."',
      'GitHub: update the new pull request: body "new body"',
      'GitHub: update pull request #2: title "Spec: better"',
      'GitHub: comment on #1: "specgate wrote a spec"',
      'GitHub: close pull request #2',
      'GitHub: mark the new pull request ready for review',
      'GitHub: request reviews on pull request #2 from octocat',
      'GitHub: close issue #1 with the comment "Done in #2."',
    ]);
    expect(world.github.requests).toEqual([]);
    expect(world.github.pullsList()).toHaveLength(1);
    expect(logged).toContain('Dry run, not written: GitHub: close pull request #2');
    expect(logged.join('\n')).not.toContain(SECRETS.github);
  });

  it('passes code host reads through', async () => {
    const { host } = dry.deps;
    expect((await host.getIssue(1)).title).toBe('Login crashes');
    expect((await host.getPull(2)).title).toBe('Spec');
    expect((await host.findPullByBranch('specgate/issue-1'))?.number).toBe(2);
    expect(await host.permissionOf('octocat')).toMatchObject({ permission: 'write' });
    expect(await host.defaultBranch()).toBe('main');
    expect(world.github.requests.length).toBeGreaterThanOrEqual(5);
    expect(writesReceived(world)).toEqual([]);
    expect(dry.recorder.writes).toEqual([]);
  });

  it('records Jira and Slack writes, reads Jira tickets', async () => {
    const { tracker, chat } = dry.deps;
    expect((await tracker!.getTicket('ABC-123')).key).toBe('ABC-123');
    expect(tracker!.browseUrl('ABC-123')).toContain('/browse/ABC-123');
    await tracker!.comment('ABC-123', 'Spec ready for approval');
    expect(await tracker!.transition('ABC-123', 'Spec Review')).toBe(true);
    await tracker!.linkPullRequest('ABC-123', { url: 'https://x/pull/2', title: 'PR #2: Spec' });
    const message = { title: 'Login', detail: '', ticket: {}, links: [] };
    const thread = await chat!.post({ ...message, stage: 'Spec ready' });
    await chat!.post({ ...message, stage: 'Approved', thread });

    expect(dry.recorder.writes).toEqual([
      'Jira: comment on ABC-123: "Spec ready for approval"',
      'Jira: move ABC-123 to "Spec Review"',
      'Jira: link ABC-123 to "PR #2: Spec" (https://x/pull/2)',
      `Slack: start the ticket's thread: "Spec ready: Login"`,
      `Slack: reply in the ticket's thread: "Approved: Login"`,
    ]);
    expect(world.jira.requests.length).toBeGreaterThan(0);
    expect(writesReceived(world)).toEqual([]);
    expect(world.slack.requests).toEqual([]);
  });

  it('records pushes, from the checkout and from a trusted store, and leaves the remote as it was', async () => {
    const { git: dryGit } = dry.deps;
    const base = await dryGit.revParse('HEAD');
    expect(await dryGit.remoteBranch('main')).toBe(base);
    const commit = await dryGit.commitFiles(base, [{ path: 'SPEC.md', content: 'spec' }], 'spec');
    await dryGit.push(commit, 'specgate/issue-1');
    const store = await dryGit.openTrustedStore(commit);
    try {
      await store.git.push(commit, 'specgate/issue-1');
    } finally {
      await store.dispose();
    }
    await dryGit.startBranch('specgate/local', commit);
    await dryGit.advanceHead(commit, base);

    const short = commit.slice(0, 12);
    expect(dry.recorder.writes).toEqual([
      `git: push ${short} to the branch specgate/issue-1`,
      `git: push ${short} to the branch specgate/issue-1`,
      `git: create the branch specgate/local at ${short} and check it out`,
      `git: move the checked-out branch to ${short}`,
    ]);
    expect(world.repo.remoteBranches()).toEqual(['main']);
    expect(git(world.repo.work, 'rev-parse', 'HEAD').trim()).toBe(base);
    expect(git(world.repo.work, 'branch', '--list').trim()).toBe('* main');
  });

  it('reports a dry run in the outcome, without the pull request it did not open', async () => {
    await dry.deps.host.comment(1, 'hello');
    const outcome = dry.finish({
      state: 'AWAITING_SPEC_APPROVAL',
      failed: false,
      message: 'Opened spec pull request #0',
      prNumber: 0,
      prUrl: 'dry-run:pull-request-not-opened',
      warnings: [],
    });
    expect(outcome).toEqual({
      state: 'AWAITING_SPEC_APPROVAL',
      failed: false,
      message: 'Dry run, nothing was written: Opened spec pull request #0',
      warnings: [],
      dryRun: ['GitHub: comment on #1: "hello"'],
    });
    const existing = dry.finish({
      state: 'SPEC_REJECTED',
      failed: false,
      message: 'Rejected',
      prNumber: 2,
      prUrl: 'https://github.com/o/r/pull/2',
      warnings: [],
    });
    expect(existing).toMatchObject({ prNumber: 2, prUrl: 'https://github.com/o/r/pull/2' });
  });
});
