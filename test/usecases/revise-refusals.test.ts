import { beforeEach, expect, it } from '@jest/globals';
import type { State } from '../../src/core/state.js';
import { runCommand } from '../../src/intake/run-command.js';
import type { FakeDeps } from '../support/fakes/index.js';
import {
  addSpecPull,
  depsWithLoginIssue,
  OCTOCAT,
  stateOf,
  ticketState,
} from '../support/spec-pulls.js';

/** What /revise refuses before the model is asked: these tests give no checkout either. */
let deps: FakeDeps;
const octocat = OCTOCAT;

beforeEach(() => {
  deps = depsWithLoginIssue();
});

function specPull(state: State, pull = {}): number {
  return addSpecPull(deps.host, ticketState(1, state, deps.clock.hoursAgo(1)), pull).number;
}

const revise = (pullNumber: number) =>
  runCommand({ kind: 'revise', requester: octocat, pullNumber, feedback: 'shorter' }, deps);

function nothingDone() {
  expect(deps.host.writes).toEqual([]);
  expect(deps.model.calls).toEqual([]);
  expect(deps.tracker.calls).toEqual([]);
  expect(deps.chat.calls).toEqual([]);
}

it.each<State>([
  'SPEC_APPROVED',
  'EXECUTING',
  'QA_FAILED',
  'ERROR',
  'AWAITING_PR_APPROVAL',
  'TIMED_OUT',
  'COMPLETED',
])('refuses a spec that is %s: /revise applies to a spec awaiting approval', async (state) => {
  const pull = specPull(state);
  const outcome = await revise(pull);
  expect(outcome).toMatchObject({ state: 'SKIPPED', failed: false });
  expect(outcome.message).toBe(
    `the spec of #${pull} is ${state}; /revise applies to a spec awaiting approval`,
  );
  nothingDone();
});

it('refuses a closed pull request: there is no open spec to revise', async () => {
  const pull = specPull('AWAITING_SPEC_APPROVAL', { open: false });
  const outcome = await revise(pull);
  expect(outcome).toMatchObject({ state: 'SKIPPED', failed: false });
  expect(outcome.message).toBe('there is no open spec pull request for specgate/issue-1 to revise');
  nothingDone();
});

it('stops at a copy a reader opened from the spec branch, and changes neither', async () => {
  const real = specPull('AWAITING_SPEC_APPROVAL');
  const copy = addSpecPull(deps.host, stateOf(deps.host, real)!, { author: { login: 'reader' } });
  const outcome = await revise(real);
  expect(outcome).toMatchObject({ state: 'ERROR', failed: true });
  expect(outcome.message).toMatch(
    new RegExp(
      `^Pull request #${copy.number} is open on specgate/issue-1, but it was opened by reader`,
    ),
  );
  expect(deps.host.pull(copy.number).body).toBe(copy.body);
  expect(stateOf(deps.host, real)?.state).toBe('AWAITING_SPEC_APPROVAL');
  nothingDone();
});
