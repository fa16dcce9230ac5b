import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { type TicketState } from '../../src/core/state.js';
import { decodeStateMarker, encodeStateMarker } from '../../src/tickets/marker.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';
import { FakeJira } from '../../src/stand-ins/jira.js';
import { FakeSlack } from '../../src/stand-ins/slack.js';
import type { Deps } from '../../src/usecases/deps.js';
import { sweepTimeouts, TIMED_OUT_LABEL } from '../../src/usecases/sweep-timeouts.js';
import { buildDeps } from '../../src/wiring/build-deps.js';
import { LOGIN_TICKET } from '../support/world.js';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let github: FakeGitHub;
let slack: FakeSlack;
let jira: FakeJira;
let workspace: string;

beforeEach(async () => {
  github = new FakeGitHub();
  slack = new FakeSlack();
  jira = new FakeJira([LOGIN_TICKET]);
  await Promise.all([github.start(), slack.start(), jira.start()]);
  workspace = mkdtempSync(path.join(tmpdir(), 'specgate-sweep-'));
});
afterEach(async () => {
  await Promise.all([github.stop(), slack.stop(), jira.stop()]);
  rmSync(workspace, { recursive: true, force: true });
});

function deps(inputs: Record<string, string> = {}): Deps {
  const config = loadConfig({
    'github-token': 'ghs_test',
    'slack-token': 'xoxb-test',
    'slack-channel': 'C0123456',
    'slack-api-url': `${slack.url}/api/`,
    'jira-base-url': jira.url,
    'jira-email': 'bot@example.com',
    'jira-api-token': 'jira-test',
    'notify-budget-seconds': '2',
    ...inputs,
  });
  return buildDeps(config, {
    repo: { owner: github.owner, repo: github.repo },
    workspace,
    apiUrl: github.url,
    serverUrl: 'https://github.com',
    processEnv: { PATH: process.env.PATH },
    log: quiet,
    clock: { now: () => NOW },
    githubRetries: 0,
    githubPacing: false,
  });
}

/** An open spec pull request whose ticket entered `state` `hours` ago. */
function ticketPull(
  issue: number,
  state: TicketState['state'],
  hours: number,
  options: { head?: string; jiraKey?: string } = {},
) {
  const branch = `specgate/issue-${issue}`;
  const ticket: TicketState = {
    version: 1,
    state,
    issue,
    branch,
    specPath: `specs/issue-${issue}/spec.md`,
    ...(options.jiraKey ? { jiraKey: options.jiraKey } : {}),
    slack: { channel: 'C0123456', ts: '1700000000.000001' },
    history: [
      { state: 'PLANNING', at: hoursAgo(hours + 1) },
      { state, at: hoursAgo(hours) },
    ],
  };
  return github.addPull({
    title: `Spec for #${issue}`,
    head: options.head ?? branch,
    body: `The spec.\n\n${encodeStateMarker(ticket)}`,
    draft: state === 'AWAITING_SPEC_APPROVAL',
  });
}

const stateOf = (n: number) =>
  decodeStateMarker(github.pullsList().find((p) => p.number === n)?.body)?.state;
const labelsOf = (n: number) => github.getIssue(n)?.labels ?? [];

describe('sweepTimeouts', () => {
  it('times out a spec waiting past spec-timeout-hours, everywhere, and leaves a fresh one', async () => {
    const old = ticketPull(1, 'AWAITING_SPEC_APPROVAL', 30, { jiraKey: 'ABC-123' });
    const fresh = ticketPull(3, 'AWAITING_SPEC_APPROVAL', 20);

    const outcome = await sweepTimeouts(deps());

    expect(outcome).toMatchObject({ state: 'SWEPT', failed: false, warnings: [] });
    expect(outcome.message).toContain(`Timed out 1 of 2 open tickets: #${old.number} (spec, 30 h)`);
    expect(stateOf(old.number)).toBe('TIMED_OUT');
    const body = github.pullsList().find((p) => p.number === old.number)?.body ?? '';
    expect(body).toContain('**State:** `TIMED_OUT`');
    expect(body).toContain('the spec waited 30 h for approval (spec-timeout-hours: 24)');
    expect(labelsOf(old.number)).toContain(TIMED_OUT_LABEL);
    const [comment, ...more] = github.commentsOn(old.number);
    expect(more).toEqual([]);
    expect(comment?.body).toContain('This spec waited 30 h for approval');
    expect(comment?.body).toContain('run the specgate workflow by hand for issue #1');
    expect(github.pullsList().find((p) => p.number === old.number)?.state).toBe('open');
    expect(slack.messages).toHaveLength(1);
    expect(slack.messages[0]).toMatchObject({ thread_ts: '1700000000.000001' });
    expect(JSON.stringify(slack.messages[0])).toContain('Timed out');
    expect(jira.comments.map((c) => c.key)).toEqual(['ABC-123']);

    expect(stateOf(fresh.number)).toBe('AWAITING_SPEC_APPROVAL');
    expect(labelsOf(fresh.number)).toEqual([]);
    expect(github.commentsOn(fresh.number)).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  it('times out a ready pull request past pr-timeout-hours, not before', async () => {
    const late = ticketPull(1, 'AWAITING_PR_APPROVAL', 49);
    const spec = ticketPull(3, 'AWAITING_SPEC_APPROVAL', 30);
    const early = ticketPull(5, 'AWAITING_PR_APPROVAL', 30);
    const working = ticketPull(7, 'EXECUTING', 100);

    const outcome = await sweepTimeouts(deps({ 'spec-timeout-hours': '36' }));

    expect(outcome.swept.map((t) => t.pullNumber)).toEqual([late.number]);
    expect(stateOf(late.number)).toBe('TIMED_OUT');
    expect(github.commentsOn(late.number)[0]?.body).toContain(
      'This pull request waited 49 h for review, longer than `pr-timeout-hours` (48 h)',
    );
    for (const n of [spec.number, early.number, working.number]) {
      expect(github.commentsOn(n)).toEqual([]);
      expect(labelsOf(n)).toEqual([]);
    }
  });

  it('closes what timed out when close-on-timeout is set', async () => {
    const pull = ticketPull(1, 'AWAITING_SPEC_APPROVAL', 25);

    const outcome = await sweepTimeouts(deps({ 'close-on-timeout': 'true' }));

    expect(outcome.swept).toEqual([expect.objectContaining({ closed: true })]);
    expect(github.pullsList()[0]?.state).toBe('closed');
    expect(stateOf(pull.number)).toBe('TIMED_OUT');
    expect(github.commentsOn(pull.number)[0]?.body).toContain(
      'and this pull request is closed.\n\nTo plan it again, add the `specgate` label to issue #1 again',
    );
  });

  it('sweeps a ticket once: a second sweep posts nothing', async () => {
    ticketPull(1, 'AWAITING_SPEC_APPROVAL', 30, { jiraKey: 'ABC-123' });
    await sweepTimeouts(deps());
    const writes = () =>
      github.requests.filter((r) => r.method !== 'GET').length +
      slack.requests.length +
      jira.requests.length;
    const before = writes();

    const again = await sweepTimeouts(deps({ 'spec-timeout-hours': '1' }));

    expect(again).toMatchObject({ state: 'SWEPT', failed: false, swept: [] });
    expect(again.message).toBe('Timed out 0 of 1 open ticket');
    expect(writes()).toBe(before);
  });

  it('still times out with warnings when Slack and Jira are down', async () => {
    const pull = ticketPull(1, 'AWAITING_SPEC_APPROVAL', 30, { jiraKey: 'ABC-123' });
    slack.down();
    jira.down();

    const outcome = await sweepTimeouts(deps());

    expect(outcome.failed).toBe(false);
    expect(outcome.warnings).toEqual([
      expect.stringContaining('Posting to Slack failed'),
      expect.stringContaining('Commenting on Jira failed'),
    ]);
    expect(stateOf(pull.number)).toBe('TIMED_OUT');
    expect(labelsOf(pull.number)).toContain(TIMED_OUT_LABEL);
    expect(github.commentsOn(pull.number)).toHaveLength(1);
  });

  it('goes on with the others when one update fails, and fails the sweep', async () => {
    const first = ticketPull(1, 'AWAITING_SPEC_APPROVAL', 30);
    const second = ticketPull(3, 'AWAITING_PR_APPROVAL', 60);
    // Newest first: the first update is the second pull request's.
    github.failNext('pulls/update', { status: 500, body: { message: 'Server Error' } });

    const outcome = await sweepTimeouts(deps());

    expect(outcome).toMatchObject({ state: 'ERROR', failed: true });
    expect(outcome.failures).toEqual([
      { pullNumber: second.number, error: expect.stringContaining('Server Error') },
    ]);
    expect(outcome.message).toContain(`#${second.number} could not be timed out`);
    expect(stateOf(second.number)).toBe('AWAITING_PR_APPROVAL');
    expect(github.commentsOn(second.number)).toEqual([]);
    expect(stateOf(first.number)).toBe('TIMED_OUT');
    expect(github.commentsOn(first.number)).toHaveLength(1);

    // Its state was never saved, so the next sweep picks it up.
    const retry = await sweepTimeouts(deps());
    expect(retry.swept.map((t) => t.pullNumber)).toEqual([second.number]);
  });

  it('reports GitHub work that failed after the state was saved', async () => {
    const pull = ticketPull(1, 'AWAITING_SPEC_APPROVAL', 30);
    github.failNext('issues/create-comment', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });

    const outcome = await sweepTimeouts(deps());

    expect(outcome.failed).toBe(true);
    expect(outcome.message).toContain(`#${pull.number}: Commenting failed`);
    expect(stateOf(pull.number)).toBe('TIMED_OUT');
    expect(labelsOf(pull.number)).toContain(TIMED_OUT_LABEL);
  });

  it('ignores a state marker forged on a branch specgate does not own', async () => {
    const forged = ticketPull(1, 'AWAITING_SPEC_APPROVAL', 100, { head: 'feature/mine' });
    const forked = ticketPull(3, 'AWAITING_SPEC_APPROVAL', 100, {
      head: 'forker:specgate/issue-3',
    });

    const outcome = await sweepTimeouts(deps());

    expect(outcome.message).toBe('Timed out 0 of 0 open tickets');
    for (const n of [forged.number, forked.number]) {
      expect(github.commentsOn(n)).toEqual([]);
      expect(labelsOf(n)).toEqual([]);
    }
    expect(github.requestsFor('pulls/update')).toEqual([]);
  });
});
