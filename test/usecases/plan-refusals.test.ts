import { beforeEach, describe, expect, it } from '@jest/globals';
import type { State, TicketState } from '../../src/core/state.js';
import type { TicketCommand, TicketRef } from '../../src/intake/command.js';
import { runCommand } from '../../src/intake/run-command.js';
import { fakeDeps, type FakeDeps, type ScriptedAnswer } from '../support/fakes/index.js';
import { LOGIN_SPEC, SAMPLE_REPO } from '../support/sample-repo.js';
import {
  addSpecPull,
  LOGIN_ISSUE,
  LOGIN_JIRA,
  stateOf,
  ticketState,
} from '../support/spec-pulls.js';

/**
 * What planning refuses, and the spec it cannot write, before anything is
 * pushed: these tests give no checkout, so any git work would fail them.
 */
let deps: FakeDeps;
const octocat = { source: 'github', actor: { login: 'octocat' } } as const;

function setup(script: ScriptedAnswer[] = []) {
  deps = fakeDeps({ files: SAMPLE_REPO, tickets: [LOGIN_JIRA], script });
  deps.host.setPermission('octocat', 'write');
  deps.host.addIssue(LOGIN_ISSUE);
}
beforeEach(() => setup());

function plan(
  trigger: 'label' | 'dispatch',
  ticket: TicketRef = { issueNumber: 1 },
  requestedAt?: string,
): TicketCommand {
  return {
    kind: 'plan',
    requester: octocat,
    trigger,
    ticket,
    ...(requestedAt ? { requestedAt } : {}),
  };
}

/** Issue #1's spec pull request (#2), its ticket in `state` since `hours` ago. */
function specPull(state: State, hours = 1, pull = {}): number {
  return addSpecPull(deps.host, ticketState(1, state, deps.clock.hoursAgo(hours)), pull).number;
}

function timedOutFrom(waiting: 'AWAITING_SPEC_APPROVAL' | 'AWAITING_PR_APPROVAL'): number {
  const state = ticketState(1, waiting, deps.clock.hoursAgo(60));
  const timedOut: TicketState = {
    ...state,
    state: 'TIMED_OUT',
    history: [...state.history, { state: 'TIMED_OUT', at: deps.clock.hoursAgo(10) }],
  };
  return addSpecPull(deps.host, timedOut).number;
}

/** Nothing was written, said or asked. */
function nothingDone() {
  expect(deps.host.writes).toEqual([]);
  expect(deps.model.calls).toEqual([]);
  expect(deps.tracker.calls).toEqual([]);
  expect(deps.chat.calls).toEqual([]);
}

describe('planning refuses', () => {
  it('a pull request given as the issue', async () => {
    const pull = specPull('AWAITING_SPEC_APPROVAL');
    const outcome = await runCommand(plan('dispatch', { issueNumber: pull }), deps);
    expect(outcome).toMatchObject({ state: 'SKIPPED', failed: false });
    expect(outcome.message).toBe(`#${pull} is a pull request, not an issue`);
    nothingDone();
  });

  it('a request with neither an issue nor a Jira key', async () => {
    const outcome = await runCommand(plan('dispatch', {}), deps);
    expect(outcome).toMatchObject({
      state: 'ERROR',
      failed: true,
      message: 'Give an issue number or a Jira key to plan.',
    });
    nothingDone();
  });

  it.each(['label', 'dispatch'] as const)(
    'on a %s, a pull request someone else opened on the spec branch: its state is not taken',
    async (trigger) => {
      const real = specPull('AWAITING_SPEC_APPROVAL');
      const copy = addSpecPull(deps.host, stateOf(deps.host, real)!, {
        author: { login: 'reader' },
      });
      const outcome = await runCommand(plan(trigger), deps);
      expect(outcome).toMatchObject({ state: 'ERROR', failed: true });
      expect(outcome.message).toBe(
        `Pull request #${copy.number} is open on specgate/issue-1, but it was opened by reader, not by specgate (a bot, or a login in spec-authors); specgate acts only on its own spec pull requests. Close it, then plan again.`,
      );
      expect(deps.host.pull(copy.number).body).toBe(copy.body);
      nothingDone();
    },
  );

  it('a request older than the end of the ticket’s last pull request', async () => {
    const ended = deps.clock.hoursAgo(2);
    const pull = addSpecPull(deps.host, ticketState(1, 'SPEC_REJECTED', ended), { open: false });
    const asked = deps.clock.hoursAgo(3);
    const outcome = await runCommand(plan('label', { issueNumber: 1 }, asked), deps);
    expect(outcome).toMatchObject({ state: 'SKIPPED', failed: false });
    expect(outcome.message).toBe(
      `the request (${asked}) is older than the end of this ticket's last pull request #${pull.number} (${ended}); add the label again to plan it anew`,
    );
    nothingDone();
  });

  it('a label added again while the spec pull request is open: one pull request per ticket', async () => {
    const pull = specPull('AWAITING_SPEC_APPROVAL');
    const outcome = await runCommand(plan('label'), deps);
    expect(outcome).toMatchObject({
      state: 'AWAITING_SPEC_APPROVAL',
      failed: false,
      prNumber: pull,
      branch: 'specgate/issue-1',
      specPath: 'specs/issue-1/spec.md',
      jiraKey: 'ABC-123',
    });
    expect(outcome.message).toBe(
      `spec pull request #${pull} already exists; comment /revise on it to change the spec`,
    );
    nothingDone();
  });

  it('a label added again on a spec that timed out: a late /approve still holds', async () => {
    const pull = timedOutFrom('AWAITING_SPEC_APPROVAL');
    const outcome = await runCommand(plan('label'), deps);
    expect(outcome.state).toBe('TIMED_OUT');
    expect(outcome.message).toBe(
      `spec pull request #${pull} already exists; it timed out waiting for approval: comment /approve on it, or run the workflow by hand to plan it again`,
    );
    nothingDone();
  });

  it.each(['label', 'dispatch'] as const)(
    'on a %s, a change that timed out waiting for review',
    async (trigger) => {
      timedOutFrom('AWAITING_PR_APPROVAL');
      const outcome = await runCommand(plan(trigger), deps);
      expect(outcome.state).toBe('TIMED_OUT');
      expect(outcome.message).toContain(
        'its change timed out waiting for review and is still ready: review and merge it, or close it',
      );
      nothingDone();
    },
  );

  it.each<State>(['SPEC_APPROVED', 'EXECUTING', 'QA_FAILED', 'AWAITING_PR_APPROVAL'])(
    'to plan again a spec already approved (%s)',
    async (state) => {
      const pull = specPull(state);
      const outcome = await runCommand(plan('dispatch'), deps);
      expect(outcome).toMatchObject({ state, failed: false, prNumber: pull });
      expect(outcome.message).toBe(
        `pull request #${pull} is ${state}; the spec can no longer be re-planned`,
      );
      nothingDone();
    },
  );
});

describe('a spec the model cannot write', () => {
  const workflow = JSON.stringify({
    ...LOGIN_SPEC,
    scope: [{ path: '.github/workflows/x.yml', change: 'create', reason: 'ci' }],
  });

  it('is never pushed: the issue and Jira are told why', async () => {
    setup(['Sure! Here is the spec: {title: oops', 'still not json']);
    const outcome = await runCommand(plan('label'), deps);
    expect(outcome).toMatchObject({ state: 'ERROR', failed: true });
    expect(outcome.message).toContain('could not write an acceptable spec after 2 attempt(s)');
    const [comment, ...more] = deps.host.commentsOn(1);
    expect(more).toEqual([]);
    expect(comment).toMatch(/^:x: specgate could not write an acceptable spec/);
    expect(comment).toContain('not a JSON object');
    expect(comment).toContain('Nothing was pushed.');
    expect(deps.tracker.comments).toEqual([{ key: 'ABC-123', markdown: outcome.message }]);
    expect(deps.host.writes.map((w) => w.method)).toEqual(['comment']);
    expect(deps.model.calls).toHaveLength(2);
  });

  it('keeps proposing a workflow file: refused as a protected path, the errors fed back', async () => {
    setup([workflow, workflow]);
    const outcome = await runCommand(plan('label'), deps);
    expect(outcome.state).toBe('ERROR');
    const [comment] = deps.host.commentsOn(1);
    expect(comment).toContain('.github/workflows/x.yml');
    expect(comment).toContain('protected path');
    expect(JSON.stringify(deps.model.prompts[1]!.at(-1))).toContain('protected path');
    expect(deps.host.callsOf('createDraftPull')).toEqual([]);
  });

  it('when the model fails, says so with its reason', async () => {
    setup([new Error('the model endpoint failed: 401 Incorrect API key provided')]);
    const outcome = await runCommand(plan('label'), deps);
    expect(outcome.message).toBe(
      'specgate could not write a spec: the model endpoint failed: 401 Incorrect API key provided',
    );
    expect(deps.host.commentsOn(1)[0]).toContain('401 Incorrect API key provided');
    expect(deps.host.callsOf('createDraftPull')).toEqual([]);
  });
});
