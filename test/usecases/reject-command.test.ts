import { beforeEach, describe, expect, it } from '@jest/globals';
import type { State } from '../../src/core/state.js';
import { runCommand } from '../../src/intake/run-command.js';
import type { FakeDeps } from '../support/fakes/index.js';
import {
  addSpecPull,
  depsWithLoginIssue,
  OCTOCAT,
  stateOf,
  THREAD,
  ticketState,
} from '../support/spec-pulls.js';

let deps: FakeDeps;
const octocat = OCTOCAT;

beforeEach(() => {
  deps = depsWithLoginIssue();
});

/** Issue #1's spec pull request (#2), its ticket in `state`. */
function specPull(state: State = 'AWAITING_SPEC_APPROVAL', open = true): number {
  const at = deps.clock.hoursAgo(2);
  return addSpecPull(deps.host, ticketState(1, state, at), { open }).number;
}

const reject = (pullNumber: number, reason = 'we will redo the login page instead') =>
  runCommand({ kind: 'reject', requester: octocat, pullNumber, reason }, deps);

describe('/reject', () => {
  it('records the rejection, closes the pull request, and says why on the issue, in Jira and in Slack', async () => {
    const pull = specPull();
    const outcome = await reject(pull);

    expect(outcome).toMatchObject({
      state: 'SPEC_REJECTED',
      failed: false,
      message: `Rejected the spec in #${pull}`,
      prNumber: pull,
      jiraKey: 'ABC-123',
      warnings: [],
    });
    expect(stateOf(deps.host, pull)?.history.at(-1)).toEqual({
      state: 'SPEC_REJECTED',
      at: deps.clock.now().toISOString(),
      by: 'octocat',
      note: 'we will redo the login page instead',
    });
    expect(deps.host.pull(pull).open).toBe(false);
    // The state is saved before the pull request is closed.
    expect(deps.host.writes.map((w) => w.method)).toEqual(['updatePull', 'closePull', 'comment']);
    expect(deps.host.commentsOn(1)).toEqual([
      `The spec in #${pull} was rejected by @octocat: we will redo the login page instead`,
    ]);
    expect(deps.tracker.comments).toEqual([
      {
        key: 'ABC-123',
        markdown: `Spec rejected: Rejected by octocat: we will redo the login page instead\n\n[GitHub PR #${pull}](${deps.host.pull(pull).url})`,
      },
    ]);
    expect(deps.tracker.transitions).toEqual([]);
    expect(deps.chat.posts).toEqual([
      expect.objectContaining({
        thread: THREAD,
        message: expect.objectContaining({ stage: 'Spec rejected' }),
      }),
    ]);
  });

  it('says no reason was given when none was', async () => {
    const pull = specPull();
    await reject(pull, '');
    expect(deps.host.commentsOn(1)).toEqual([
      `The spec in #${pull} was rejected by @octocat: no reason given`,
    ]);
    expect(stateOf(deps.host, pull)?.history.at(-1)?.note).toBe('no reason given');
  });

  it('leaves a closed pull request alone', async () => {
    const pull = specPull('AWAITING_SPEC_APPROVAL', false);
    const outcome = await reject(pull);
    expect(outcome).toMatchObject({
      state: 'AWAITING_SPEC_APPROVAL',
      failed: false,
      message: `pull request #${pull} is already closed`,
    });
    expect(deps.host.writes).toEqual([]);
    expect(deps.tracker.calls).toEqual([]);
    expect(deps.chat.calls).toEqual([]);
  });

  it.each<State>(['COMPLETED', 'SPEC_REJECTED'])('refuses a ticket already %s', async (state) => {
    const pull = specPull(state);
    const outcome = await reject(pull);
    expect(outcome).toMatchObject({ state, failed: false });
    expect(outcome.message).toBe(
      `the spec of #${pull} is ${state}; the ticket is already finished`,
    );
    expect(deps.host.writes).toEqual([]);
    expect(deps.host.pull(pull).open).toBe(true);
  });

  it('stops a ticket at any point before it is finished, its implementation too', async () => {
    const pull = specPull('EXECUTING');
    expect((await reject(pull)).state).toBe('SPEC_REJECTED');
    expect(deps.host.pull(pull).open).toBe(false);
  });

  it('still rejects, with warnings, when Jira and Slack are down', async () => {
    const pull = specPull();
    deps.tracker.down();
    deps.chat.down();
    const outcome = await reject(pull);
    expect(outcome).toMatchObject({ state: 'SPEC_REJECTED', failed: false });
    expect(outcome.warnings).toEqual([
      'Posting to Slack failed: the service is down',
      'Commenting on Jira failed: the service is down',
    ]);
    expect(deps.host.pull(pull).open).toBe(false);
    expect(stateOf(deps.host, pull)?.state).toBe('SPEC_REJECTED');
  });
});
