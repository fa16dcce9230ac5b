import type { TicketState } from '../core/state.js';
import { advance, next } from '../core/ticket-machine.js';
import type { PullRequest } from '../ports.js';
import { announce } from './announce.js';
import type { Deps, Outcome } from './deps.js';
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
  const rejectable = next(state.state, 'spec-rejected');
  if (!rejectable.ok) {
    const message = `the spec of #${pull.number} is ${state.state}; ${rejectable.reason}`;
    deps.log.info(`Nothing to do: ${message}`);
    return { state: state.state, failed: false, message, warnings: [] };
  }
  const why = reason || 'no reason given';
  const rejected = advance(state, 'spec-rejected', deps.clock.now(), { by, note: why });
  await deps.tickets.save({ pull }, rejected);
  await deps.host.closePull(pull.number);
  if (rejected.issue !== undefined) {
    await deps.host.comment(
      rejected.issue,
      `The spec in #${pull.number} was rejected by @${by}: ${why}`,
    );
  }
  await announce(deps, effects, rejected, {
    stage: 'Spec rejected',
    detail: `Rejected by ${by}: ${why}`,
    pull,
    title: pull.title,
  });
  return {
    state: rejected.state,
    failed: false,
    message: `Rejected the spec in #${pull.number}`,
    prNumber: pull.number,
    prUrl: pull.url,
    branch: pull.headRef,
    warnings: effects.warnings,
    ...(rejected.jiraKey ? { jiraKey: rejected.jiraKey } : {}),
  };
}
