import { advance, next } from '../core/ticket-machine.js';
import type { StoredTicket } from '../ports.js';
import { announce } from './announce.js';
import type { Deps, Outcome } from './deps.js';
import { SideEffects } from './side-effects.js';

/** A specgate PR closed: merged → Jira done, issue closed; unmerged → everyone is told. */
export async function pullClosed(ticket: StoredTicket, deps: Deps): Promise<Outcome> {
  const effects = new SideEffects(deps.log);
  const { pull, state } = ticket;
  const skip = (message: string): Outcome => {
    deps.log.info(`Nothing to do: ${message}`);
    return { state: state.state, failed: false, message, warnings: [] };
  };
  const event = pull.merged ? 'merged' : 'closed-unmerged';
  // Only a finished ticket refuses a closing, so its state says it all.
  if (!next(state.state, event).ok) return skip(`#${pull.number} is already ${state.state}`);
  // The sweep closes what timed out (close-on-timeout) and has said so everywhere already.
  if (!pull.merged && deps.policy.closeOnTimeout && state.history.at(-1)?.state === 'TIMED_OUT')
    return skip(`#${pull.number} was closed as it timed out; the timeout was announced`);
  const now = deps.clock.now();
  if (pull.merged) {
    const closed = advance(state, event, now, { note: 'merged' });
    await deps.tickets.save(ticket, closed);
    if (closed.issue !== undefined) {
      await effects.attempt('Closing the issue', () =>
        deps.host.closeIssue(closed.issue!, `Done in #${pull.number}.`),
      );
    }
    await announce(deps, effects, closed, {
      stage: 'Merged',
      detail: `Pull request #${pull.number} was merged.`,
      pull,
      title: pull.title,
      ...(deps.policy.jiraStatusDone ? { jiraStatus: deps.policy.jiraStatusDone } : {}),
    });
    return {
      state: closed.state,
      failed: false,
      message: `#${pull.number} merged`,
      prNumber: pull.number,
      warnings: effects.warnings,
    };
  }
  const closed = advance(state, event, now, { note: 'closed without merging' });
  await deps.tickets.save(ticket, closed);
  await announce(deps, effects, closed, {
    stage: 'Closed without merging',
    detail: `Pull request #${pull.number} was closed without merging.`,
    pull,
    title: pull.title,
  });
  return {
    state: closed.state,
    failed: false,
    message: `#${pull.number} closed without merging`,
    prNumber: pull.number,
    warnings: effects.warnings,
  };
}
