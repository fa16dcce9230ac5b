import { afterEach, describe, expect, it } from '@jest/globals';
import { decodeStateMarker } from '../../src/tickets/marker.js';
import {
  BRANCH,
  commentOnPull,
  ISSUE,
  labelIssue,
  MAINTAINER,
  startWithSpecPull,
} from '../support/action-runs.js';
import { git } from '../support/git-fixture.js';
import { FIX_LOGIN, LOGIN_SPEC } from '../support/sample-repo.js';
import { LOGIN_TICKET, SECRETS, startWorld, type World } from '../support/world.js';

const DRY = { 'dry-run': 'true' };

let world: World | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

/** Requests that could change something at GitHub, Slack or Jira: anything but a read. */
function writesReceived(w: World, since = { github: 0, slack: 0, jira: 0 }): string[] {
  return [
    ...w.github.requests.slice(since.github),
    ...w.slack.requests.slice(since.slack),
    ...w.jira.requests.slice(since.jira),
  ]
    .filter((r) => !['GET', 'HEAD'].includes(r.method))
    .map((r) => `${r.method} ${r.path}`);
}

function counts(w: World) {
  return {
    github: w.github.requests.length,
    slack: w.slack.requests.length,
    jira: w.jira.requests.length,
  };
}

describe('dry-run: true', () => {
  it('plans a labelled issue and lists the PR, comments, push, Jira and Slack writes without making them', async () => {
    const w = await startWorld({
      script: [JSON.stringify(LOGIN_SPEC)],
      jiraIssues: [LOGIN_TICKET],
    });
    world = w;
    w.github.setPermission(MAINTAINER.login, 'write');
    w.github.addIssue({ ...ISSUE, user: { login: 'reporter' }, labels: ['specgate'] });

    const run = await labelIssue(w, MAINTAINER, ISSUE, DRY, true);

    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      state: 'AWAITING_SPEC_APPROVAL',
      'pr-number': '',
      'pr-url': '',
      branch: `specgate/issue-${ISSUE.number}`,
      'spec-path': `specs/issue-${ISSUE.number}/spec.md`,
    });
    expect(w.model.requests).toHaveLength(1);
    expect(w.jira.requests.length).toBeGreaterThan(0);
    expect(writesReceived(w)).toEqual([]);
    expect(w.slack.requests).toEqual([]);
    expect(w.github.pullsList()).toEqual([]);
    expect(w.github.commentsOn(1)).toEqual([]);
    expect(w.repo.remoteBranches()).toEqual(['main']);
    expect(git(w.repo.work, 'status', '--porcelain')).toBe('');
    // The spec it would have committed, whole, as a person would review it: log and summary.
    for (const shown of [run.stdout, run.summary]) {
      expect(shown).toContain(`specs/issue-${ISSUE.number}/spec.md`);
      expect(shown).toContain(LOGIN_SPEC.title);
      expect(shown).toContain('src/login.js');
      expect(shown).toContain(LOGIN_SPEC.plan[0]);
    }

    const title = `[ABC-123] Spec: ${LOGIN_SPEC.title}`;
    for (const output of [run.stdout, run.summary]) {
      expect(output).toContain(`git: push `);
      expect(output).toContain(`to the branch ${BRANCH}`);
      expect(output).toContain(
        `GitHub: open a draft pull request "${title}" (${BRANCH} into main)`,
      );
      expect(output).toContain('GitHub: comment on #1: "specgate wrote a spec for this issue');
      expect(output).toContain("Slack: start the ticket's thread");
      expect(output).toContain('Jira: comment on ABC-123: "Spec ready for approval');
      expect(output).toContain('Jira: link ABC-123');
      expect(output).toContain('Jira: move ABC-123 to "Spec Review"');
    }
    expect(run.stdout).toContain('Dry run, not written: ');
    expect(run.summary).toContain('Dry run: nothing was written');
    expect(run.summary).toContain('#0 stands for the pull request it would have opened');
    expect(run.summary).toContain('Dry run, nothing was written: Opened spec pull request');
    for (const secret of Object.values(SECRETS)) {
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(secret);
      expect(run.summary).not.toContain(secret);
    }
  });

  it('/approve runs the agent and QA but pushes nothing and leaves the PR as it was', async () => {
    const w = await startWithSpecPull([FIX_LOGIN.read, FIX_LOGIN.edit, FIX_LOGIN.finish]);
    world = w;
    const head = git(w.repo.origin, 'rev-parse', BRANCH).trim();
    const before = w.github.pullsList()[0]!;
    const since = counts(w);

    const run = await commentOnPull(w, '/approve', MAINTAINER, { inputs: DRY });

    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ state: 'AWAITING_PR_APPROVAL', 'pr-number': '2' });
    expect(w.model.remaining).toBe(0);
    expect(writesReceived(w, since)).toEqual([]);
    expect(w.slack.requests.length).toBe(since.slack);
    expect(git(w.repo.origin, 'rev-parse', BRANCH).trim()).toBe(head);
    const after = w.github.pullsList()[0]!;
    expect(after.draft).toBe(true);
    expect(after.body).toBe(before.body);
    expect(decodeStateMarker(after.body)?.state).toBe('AWAITING_SPEC_APPROVAL');

    expect(run.summary).toContain('GitHub: comment on #2: "Approved by @octocat');
    expect(run.summary).toMatch(/git: push [0-9a-f]{12} to the branch specgate\/issue-1/);
    expect(run.summary).toContain('GitHub: mark pull request #2 ready for review');
    expect(run.summary).toContain('GitHub: request reviews on pull request #2 from octocat');
    expect(run.summary).toContain("Slack: reply in the ticket's thread");
    expect(run.summary).toContain('QA sandbox');
  });

  it('/reject closes nothing and tells no one', async () => {
    const w = await startWithSpecPull([]);
    world = w;
    const since = counts(w);
    const run = await commentOnPull(w, '/reject not now', MAINTAINER, { inputs: DRY });
    expect(run.code).toBe(0);
    expect(run.outputs.state).toBe('SPEC_REJECTED');
    expect(writesReceived(w, since)).toEqual([]);
    expect(w.github.pullsList()[0]!.state).toBe('open');
    expect(run.summary).toContain('GitHub: close pull request #2');
    expect(run.summary).toContain(
      'GitHub: comment on #1: "The spec in #2 was rejected by @octocat: not now"',
    );
  });
});
