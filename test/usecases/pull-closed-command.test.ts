import { beforeEach, describe, expect, it } from '@jest/globals';
import type { TicketState } from '../../src/core/state.js';
import { runCommand } from '../../src/intake/run-command.js';
import { fakeDeps, type FakeDeps } from '../support/fakes/index.js';
import { addSpecPull, LOGIN_ISSUE, stateOf, THREAD, ticketState } from '../support/spec-pulls.js';

let deps: FakeDeps;

beforeEach(() => {
  deps = fakeDeps();
  deps.host.addIssue(LOGIN_ISSUE);
});

/** Issue #1's spec pull request, closed by a person (merged or not), its ticket in `state`. */
function closedPull(merged: boolean, state: TicketState = ready()): number {
  const pull = addSpecPull(deps.host, state).number;
  deps.host.setPull(pull, { open: false, merged });
  return pull;
}

function ready(): TicketState {
  return ticketState(1, 'AWAITING_PR_APPROVAL', deps.clock.hoursAgo(3));
}

/** A ticket the sweep timed out, waiting for its spec's approval. */
function timedOut(): TicketState {
  const state = ticketState(1, 'AWAITING_SPEC_APPROVAL', deps.clock.hoursAgo(30));
  const at = deps.clock.hoursAgo(1);
  return { ...state, state: 'TIMED_OUT', history: [...state.history, { state: 'TIMED_OUT', at }] };
}

const closed = (pullNumber: number, d: FakeDeps = deps) =>
  runCommand({ kind: 'pull-closed', pullNumber }, d);

describe('a ticket’s pull request closed', () => {
  it('merged: completes the ticket, closes the issue, moves Jira to done and tells Slack', async () => {
    const pull = closedPull(true);
    const outcome = await closed(pull);
    expect(outcome).toMatchObject({
      state: 'COMPLETED',
      failed: false,
      message: `#${pull} merged`,
      warnings: [],
    });
    expect(stateOf(deps.host, pull)?.history.at(-1)).toMatchObject({
      state: 'COMPLETED',
      note: 'merged',
    });
    expect(deps.host.issue(1).open).toBe(false);
    expect(deps.host.commentsOn(1)).toEqual([`Done in #${pull}.`]);
    expect(deps.tracker.transitions).toEqual([{ key: 'ABC-123', status: 'Done' }]);
    expect(deps.tracker.comments).toEqual([
      {
        key: 'ABC-123',
        markdown: expect.stringContaining(`Merged: Pull request #${pull} was merged.`),
      },
    ]);
    expect(deps.chat.posts).toEqual([
      expect.objectContaining({
        thread: THREAD,
        message: expect.objectContaining({ stage: 'Merged' }),
      }),
    ]);
  });

  it('merged, with a Jira status that no transition leads to: a warning, the rest done', async () => {
    const pull = closedPull(true);
    deps.tracker.statuses.splice(0);
    const outcome = await closed(pull);
    expect(outcome.state).toBe('COMPLETED');
    expect(outcome.warnings).toEqual([
      'Moving ABC-123 to "Done" failed: no transition of ABC-123 leads to "Done"',
    ]);
    expect(deps.host.issue(1).open).toBe(false);
  });

  it('without merging: records it, tells Jira and Slack, and leaves the issue open', async () => {
    const pull = closedPull(false);
    const outcome = await closed(pull);
    expect(outcome).toMatchObject({
      state: 'AWAITING_PR_APPROVAL',
      message: `#${pull} closed without merging`,
    });
    expect(stateOf(deps.host, pull)?.history.at(-1)).toMatchObject({
      state: 'AWAITING_PR_APPROVAL',
      note: 'closed without merging',
    });
    expect(deps.host.issue(1).open).toBe(true);
    expect(deps.host.commentsOn(1)).toEqual([]);
    expect(deps.tracker.transitions).toEqual([]);
    expect(deps.tracker.comments[0]?.markdown).toContain('closed without merging');
    expect(deps.chat.stages).toEqual(['Closed without merging']);
  });

  it('after a /reject, says nothing more: the rejection was announced', async () => {
    deps.host.setPermission('octocat', 'write');
    const pull = addSpecPull(
      deps.host,
      ticketState(1, 'AWAITING_SPEC_APPROVAL', deps.clock.hoursAgo(3)),
    ).number;
    const requester = { source: 'github', actor: { login: 'octocat' } } as const;
    await runCommand({ kind: 'reject', requester, pullNumber: pull, reason: 'no' }, deps);
    const writes = deps.host.writes.length;

    const outcome = await closed(pull);

    expect(outcome).toMatchObject({ state: 'SPEC_REJECTED', failed: false });
    expect(outcome.message).toBe(`#${pull} is already SPEC_REJECTED`);
    expect(deps.host.writes).toHaveLength(writes);
    expect(deps.chat.stages).toEqual(['Spec rejected']);
    expect(deps.tracker.comments).toHaveLength(1);
  });

  it('closed by the sweep on its timeout: announced once, by the sweep', async () => {
    const closing = fakeDeps({ inputs: { 'close-on-timeout': 'true' } });
    closing.host.addIssue(LOGIN_ISSUE);
    const pull = addSpecPull(closing.host, timedOut()).number;
    closing.host.setPull(pull, { open: false });
    const outcome = await closed(pull, closing);
    expect(outcome.message).toBe(`#${pull} was closed as it timed out; the timeout was announced`);
    expect(closing.host.writes).toEqual([]);
    expect(closing.chat.calls).toEqual([]);
    expect(closing.tracker.calls).toEqual([]);
  });

  it('closed by a person after it timed out: announced as closed', async () => {
    const pull = closedPull(false, timedOut());
    expect((await closed(pull)).message).toBe(`#${pull} closed without merging`);
    expect(deps.chat.stages).toEqual(['Closed without merging']);
  });

  it('takes no copy a reader opened from the spec branch as the ticket', async () => {
    const pull = addSpecPull(deps.host, ready(), { author: { login: 'reader' } }).number;
    deps.host.setPull(pull, { open: false });
    const outcome = await closed(pull);
    expect(outcome.state).toBe('SKIPPED');
    expect(outcome.message).toContain('it was opened by reader, not by specgate');
    expect(deps.host.writes).toEqual([]);
    expect(deps.chat.calls).toEqual([]);
    expect(deps.tracker.calls).toEqual([]);
  });
});
