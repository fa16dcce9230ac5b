import { decodeStateMarker, transition } from '../core/state.js';
import type { PullRequest } from '../ports.js';
import { announce } from './announce.js';
import { ownershipProblem } from './ownership.js';
import type { Deps, Outcome } from './deps.js';
import { withState } from './pull-body.js';
import { SideEffects } from './side-effects.js';

/** A specgate PR closed: merged → Jira done, issue closed; unmerged → everyone is told. */
export async function pullClosed(pull: PullRequest, deps: Deps): Promise<Outcome> {
  const effects = new SideEffects(deps.log);
  const state = decodeStateMarker(pull.body);
  const skip = (message: string): Outcome => {
    deps.log.info(`Nothing to do: ${message}`);
    return { state: state?.state ?? 'SKIPPED', failed: false, message, warnings: [] };
  };
  if (!state) return skip(`#${pull.number} is not a specgate pull request`);
  const foreign = ownershipProblem(pull, state, deps.policy);
  if (foreign) return skip(`#${pull.number}: ${foreign}`);
  if (state.state === 'SPEC_REJECTED' || state.state === 'COMPLETED')
    return skip(`#${pull.number} is already ${state.state}`);
  const now = deps.clock.now();
  if (pull.merged) {
    const next = transition(state, 'COMPLETED', now, { note: 'merged' });
    await deps.host.updatePull(pull.number, { body: withState(pull.body, next) });
    if (next.issue !== undefined) {
      await effects.attempt('Closing the issue', () =>
        deps.host.closeIssue(next.issue!, `Done in #${pull.number}.`),
      );
    }
    await announce(deps, effects, next, {
      stage: 'Merged',
      detail: `Pull request #${pull.number} was merged.`,
      pull,
      title: pull.title,
      ...(deps.policy.jiraStatusDone ? { jiraStatus: deps.policy.jiraStatusDone } : {}),
    });
    return {
      state: next.state,
      failed: false,
      message: `#${pull.number} merged`,
      prNumber: pull.number,
      warnings: effects.warnings,
    };
  }
  const next = transition(state, state.state, now, { note: 'closed without merging' });
  await deps.host.updatePull(pull.number, { body: withState(pull.body, next) });
  await announce(deps, effects, next, {
    stage: 'Closed without merging',
    detail: `Pull request #${pull.number} was closed without merging.`,
    pull,
    title: pull.title,
  });
  return {
    state: next.state,
    failed: false,
    message: `#${pull.number} closed without merging`,
    prNumber: pull.number,
    warnings: effects.warnings,
  };
}
