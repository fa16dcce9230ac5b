import { beforeEach, expect, it } from '@jest/globals';
import type { State, TicketState } from '../../src/core/state.js';
import { runCommand } from '../../src/intake/run-command.js';
import type { FakeDeps } from '../support/fakes/index.js';
import {
  addSpecPull,
  depsWithLoginIssue,
  OCTOCAT,
  stateOf,
  ticketState,
} from '../support/spec-pulls.js';

/**
 * What /approve refuses before it reads the branch: these tests give no
 * checkout, so any git work would fail them.
 */
let deps: FakeDeps;
const octocat = OCTOCAT;

beforeEach(() => {
  deps = depsWithLoginIssue();
});

function specPull(state: TicketState, open = true): number {
  return addSpecPull(deps.host, state, { open }).number;
}

const approve = (pullNumber: number) =>
  runCommand({ kind: 'approve', requester: octocat, pullNumber }, deps);

/** Nothing was written, said or asked. */
function nothingDone() {
  expect(deps.host.writes).toEqual([]);
  expect(deps.tracker.calls).toEqual([]);
  expect(deps.chat.calls).toEqual([]);
  expect(deps.model.calls).toEqual([]);
}

it('refuses a closed pull request', async () => {
  const pull = specPull(ticketState(1, 'AWAITING_SPEC_APPROVAL', deps.clock.hoursAgo(1)), false);
  const outcome = await approve(pull);
  expect(outcome).toMatchObject({
    state: 'AWAITING_SPEC_APPROVAL',
    failed: false,
    message: `pull request #${pull} is closed`,
    prNumber: pull,
    branch: 'specgate/issue-1',
  });
  nothingDone();
});

it.each<State>([
  'PENDING',
  'PLANNING',
  'SPEC_APPROVED',
  'QA_RUNNING',
  'AWAITING_PR_APPROVAL',
  'COMPLETED',
  'SPEC_REJECTED',
])('refuses a ticket in %s: an approval applies to a spec awaiting it', async (state) => {
  const pull = specPull(ticketState(1, state, deps.clock.hoursAgo(1)));
  const outcome = await approve(pull);
  expect(outcome).toMatchObject({ state, failed: false });
  expect(outcome.message).toBe(
    `the spec of #${pull} is ${state}; /approve applies to a spec awaiting approval`,
  );
  expect(stateOf(deps.host, pull)?.state).toBe(state);
  nothingDone();
});

it('refuses a ticket whose change timed out waiting for review: the work is done', async () => {
  const state = ticketState(1, 'AWAITING_PR_APPROVAL', deps.clock.hoursAgo(50));
  const pull = specPull({
    ...state,
    state: 'TIMED_OUT',
    history: [...state.history, { state: 'TIMED_OUT', at: deps.clock.hoursAgo(2) }],
  });
  const outcome = await approve(pull);
  expect(outcome).toMatchObject({ state: 'TIMED_OUT', failed: false });
  expect(outcome.message).toBe(
    `#${pull}: its change timed out waiting for review and is still ready: review and merge it, or close it`,
  );
  nothingDone();
});

it('takes a late /approve of a spec that timed out waiting for it to the branch', async () => {
  const state = ticketState(1, 'AWAITING_SPEC_APPROVAL', deps.clock.hoursAgo(30));
  const pull = specPull({
    ...state,
    state: 'TIMED_OUT',
    history: [...state.history, { state: 'TIMED_OUT', at: deps.clock.hoursAgo(2) }],
  });
  // The first thing past the refusals is reading the spec branch: this test has no checkout.
  await expect(approve(pull)).rejects.toThrow('git.remoteBranch was called');
  nothingDone();
});
