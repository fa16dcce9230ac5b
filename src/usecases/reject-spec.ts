import { transition, type TicketState } from '../core/state.js';
import type { PullRequest } from '../ports.js';
import { announce } from './announce.js';
import type { Deps, Outcome } from './deps.js';
import { withState } from './pull-body.js';
import type { SideEffects } from './side-effects.js';

/** `/reject [reason]`: closes the PR and says why on the issue, in Jira and in Slack. */
export async function rejectSpec(
  pull: PullRequest,
  state: TicketState,
  by: string,
  reason: string,
  deps: Deps,
  effects: SideEffects,
): Promise<Outcome> {
  if (!pull.open) {
    return {
      state: state.state,
      failed: false,
      message: `pull request #${pull.number} is already closed`,
      warnings: [],
    };
  }
  const why = reason || 'no reason given';
  const next = transition(state, 'SPEC_REJECTED', deps.clock.now(), { by, note: why });
  await deps.host.updatePull(pull.number, { body: withState(pull.body, next) });
  await deps.host.closePull(pull.number);
  if (next.issue !== undefined) {
    await deps.host.comment(
      next.issue,
      `The spec in #${pull.number} was rejected by @${by}: ${why}`,
    );
  }
  await announce(deps, effects, next, {
    stage: 'Spec rejected',
    detail: `Rejected by ${by}: ${why}`,
    pull,
    title: pull.title,
  });
  return {
    state: next.state,
    failed: false,
    message: `Rejected the spec in #${pull.number}`,
    prNumber: pull.number,
    prUrl: pull.url,
    warnings: effects.warnings,
    ...(next.jiraKey ? { jiraKey: next.jiraKey } : {}),
  };
}
