import { beforeEach, describe, expect, it } from '@jest/globals';
import { type State } from '../../src/core/state.js';
import { encodeStateMarker } from '../../src/tickets/marker.js';
import { runCommand } from '../../src/intake/run-command.js';
import type { SweepOutcome } from '../../src/usecases/sweep-timeouts.js';
import { fakeDeps, type FakeDeps } from '../support/fakes/index.js';
import { addSpecPull, stateOf, THREAD, ticketState } from '../support/spec-pulls.js';

const TIMED_OUT_LABEL = 'specgate:timed-out';
let deps: FakeDeps;

beforeEach(() => {
  deps = fakeDeps();
});

/** Issue `issue` and its open ticket pull request, in `state` for `hours`. */
function waiting(issue: number, state: State, hours: number, pull = {}): number {
  deps.host.addIssue({ number: issue, title: `Issue ${issue}` });
  const ticket = ticketState(issue, state, deps.clock.hoursAgo(hours));
  return addSpecPull(deps.host, ticket, pull).number;
}

/** A scheduled run, with these inputs on top of the defaults. */
async function sweep(inputs: Record<string, string> = {}): Promise<SweepOutcome> {
  const { policy } = fakeDeps({ inputs });
  const command = { kind: 'sweep', requester: { source: 'schedule' } } as const;
  return (await runCommand(command, { ...deps, policy })) as SweepOutcome;
}

describe('the scheduled sweep', () => {
  it('times out a spec waiting past spec-timeout-hours, everywhere, and leaves a fresh one', async () => {
    const old = waiting(1, 'AWAITING_SPEC_APPROVAL', 30);
    const fresh = waiting(3, 'AWAITING_SPEC_APPROVAL', 20);

    const outcome = await sweep();

    expect(outcome).toMatchObject({ state: 'SWEPT', failed: false, warnings: [] });
    expect(outcome.message).toBe(`Timed out 1 of 2 open tickets: #${old} (spec, 30 h)`);
    expect(stateOf(deps.host, old)?.history.at(-1)).toEqual({
      state: 'TIMED_OUT',
      at: deps.clock.now().toISOString(),
      note: 'the spec waited 30 h for approval (spec-timeout-hours: 24)',
    });
    expect(deps.host.pull(old).body).toContain('**State:** `TIMED_OUT`');
    expect(deps.host.labelsOf(old)).toEqual([TIMED_OUT_LABEL]);
    expect(deps.host.commentsOn(old)).toEqual([
      ':hourglass: This spec waited 30 h for approval, longer than `spec-timeout-hours` (24 h). ' +
        'The ticket is now `TIMED_OUT`.\n\nA late `/approve` still starts the implementation. ' +
        'To change the spec, run the specgate workflow by hand for issue #1 to plan it again; ' +
        'or close this pull request.',
    ]);
    expect(deps.host.pull(old).open).toBe(true);
    expect(deps.chat.posts).toEqual([
      expect.objectContaining({
        thread: THREAD,
        message: expect.objectContaining({ stage: 'Timed out' }),
      }),
    ]);
    expect(deps.tracker.comments.map((c) => c.key)).toEqual(['ABC-123']);

    expect(stateOf(deps.host, fresh)?.state).toBe('AWAITING_SPEC_APPROVAL');
    expect(deps.host.labelsOf(fresh)).toEqual([]);
    expect(deps.host.commentsOn(fresh)).toEqual([]);
  });

  it('times out a ready pull request past pr-timeout-hours, and nothing that is not waiting', async () => {
    const late = waiting(1, 'AWAITING_PR_APPROVAL', 49);
    const spec = waiting(3, 'AWAITING_SPEC_APPROVAL', 30);
    const early = waiting(5, 'AWAITING_PR_APPROVAL', 30);
    const working = waiting(7, 'EXECUTING', 100);
    const failed = waiting(9, 'QA_FAILED', 100);

    const outcome = await sweep({ 'spec-timeout-hours': '36' });

    expect(outcome.swept.map((t) => t.pullNumber)).toEqual([late]);
    expect(stateOf(deps.host, late)?.state).toBe('TIMED_OUT');
    expect(deps.host.commentsOn(late)[0]).toContain(
      'This pull request waited 49 h for review, longer than `pr-timeout-hours` (48 h)',
    );
    for (const n of [spec, early, working, failed]) {
      expect(deps.host.commentsOn(n)).toEqual([]);
      expect(deps.host.labelsOf(n)).toEqual([]);
    }
  });

  it('closes what timed out when close-on-timeout is set, and says how to go on', async () => {
    const spec = waiting(1, 'AWAITING_SPEC_APPROVAL', 25);
    const ready = waiting(3, 'AWAITING_PR_APPROVAL', 50);

    const outcome = await sweep({ 'close-on-timeout': 'true' });

    expect(outcome.swept.map((t) => [t.pullNumber, t.closed])).toEqual([
      [ready, true],
      [spec, true],
    ]);
    expect(deps.host.pull(spec).open).toBe(false);
    expect(deps.host.pull(ready).open).toBe(false);
    expect(deps.host.commentsOn(spec)[0]).toContain(
      'and this pull request is closed.\n\nTo plan it again, add the `specgate` label to issue #1 again',
    );
    expect(deps.host.commentsOn(ready)[0]).toContain(
      'reopen this pull request to review and merge it',
    );
    expect(deps.chat.posts[0]?.message.detail).toContain('The pull request is closed.');
  });

  it('sweeps a ticket once: a second sweep writes nothing', async () => {
    waiting(1, 'AWAITING_SPEC_APPROVAL', 30);
    await sweep();
    const writes = deps.host.writes.length + deps.chat.calls.length + deps.tracker.calls.length;

    const again = await sweep({ 'spec-timeout-hours': '1' });

    expect(again).toMatchObject({ state: 'SWEPT', failed: false, swept: [] });
    expect(again.message).toBe('Timed out 0 of 1 open ticket');
    expect(deps.host.writes.length + deps.chat.calls.length + deps.tracker.calls.length).toBe(
      writes,
    );
  });

  it('still times out, with warnings, when Slack and Jira are down', async () => {
    const pull = waiting(1, 'AWAITING_SPEC_APPROVAL', 30);
    deps.chat.down(new Error('Slack is unreachable'));
    deps.tracker.down(new Error('Jira is unreachable'));

    const outcome = await sweep();

    expect(outcome).toMatchObject({ state: 'SWEPT', failed: false });
    expect(outcome.warnings).toEqual([
      'Posting to Slack failed: Slack is unreachable',
      'Commenting on Jira failed: Jira is unreachable',
    ]);
    expect(stateOf(deps.host, pull)?.state).toBe('TIMED_OUT');
    expect(deps.host.labelsOf(pull)).toEqual([TIMED_OUT_LABEL]);
    expect(deps.host.commentsOn(pull)).toHaveLength(1);
  });

  it('goes on with the others when one state cannot be saved, fails, and tries it again next time', async () => {
    const first = waiting(1, 'AWAITING_SPEC_APPROVAL', 30);
    const second = waiting(3, 'AWAITING_PR_APPROVAL', 60);
    // Newest first: the first save is the second pull request's.
    deps.host.failNext('updatePull', new Error('Server Error'));

    const outcome = await sweep();

    expect(outcome).toMatchObject({ state: 'ERROR', failed: true });
    expect(outcome.failures).toEqual([{ pullNumber: second, error: 'Server Error' }]);
    expect(outcome.message).toContain(`#${second} could not be timed out: Server Error`);
    expect(stateOf(deps.host, second)?.state).toBe('AWAITING_PR_APPROVAL');
    expect(deps.host.commentsOn(second)).toEqual([]);
    expect(stateOf(deps.host, first)?.state).toBe('TIMED_OUT');
    expect(deps.host.commentsOn(first)).toHaveLength(1);

    const retry = await sweep();
    expect(retry.swept.map((t) => t.pullNumber)).toEqual([second]);
  });

  it('reports the code host work that failed after the state was saved', async () => {
    const pull = waiting(1, 'AWAITING_SPEC_APPROVAL', 30);
    deps.host.failNext('comment', new Error('Resource not accessible by integration'));

    const outcome = await sweep();

    expect(outcome.failed).toBe(true);
    expect(outcome.message).toContain(
      `#${pull}: Commenting failed: Resource not accessible by integration`,
    );
    expect(stateOf(deps.host, pull)?.state).toBe('TIMED_OUT');
    expect(deps.host.labelsOf(pull)).toEqual([TIMED_OUT_LABEL]);
  });

  it('leaves a ticket that moved since it was listed as it is', async () => {
    const pull = waiting(1, 'AWAITING_SPEC_APPROVAL', 30);
    const listOpenPulls = deps.host.listOpenPulls.bind(deps.host);
    // Between the listing and the sweep of it, an /approve moves the ticket on.
    deps.host.listOpenPulls = async () => {
      const listed = await listOpenPulls();
      const moved = ticketState(1, 'EXECUTING', deps.clock.hoursAgo(0));
      deps.host.setPull(pull, { body: encodeStateMarker(moved) });
      return listed;
    };

    const outcome = await sweep();

    expect(outcome).toMatchObject({ state: 'SWEPT', swept: [] });
    expect(deps.host.writes).toEqual([]);
  });

  it('ignores a state marker on a pull request specgate does not own', async () => {
    const forged = waiting(1, 'AWAITING_SPEC_APPROVAL', 100, { headRef: 'feature/mine' });
    const forked = waiting(3, 'AWAITING_SPEC_APPROVAL', 100, { fromFork: true });
    const person = waiting(5, 'AWAITING_SPEC_APPROVAL', 100, { author: { login: 'reader' } });

    const outcome = await sweep();

    expect(outcome.message).toBe('Timed out 0 of 0 open tickets');
    for (const n of [forged, forked, person]) expect(deps.host.labelsOf(n)).toEqual([]);
    expect(deps.host.writes).toEqual([]);
  });
});
