import type { Actor } from '../core/bots.js';
import { parseCommand } from '../core/commands.js';
import { decodeStateMarker } from '../core/state.js';
import { next } from '../core/ticket-machine.js';
import { ownershipProblem } from './ownership.js';
import { approveSpec } from './approve-spec.js';
import { authorize } from './authorize.js';
import type { Deps, Outcome } from './deps.js';
import { planTicket } from './plan-ticket.js';
import { rejectSpec } from './reject-spec.js';
import { SideEffects } from './side-effects.js';

export interface CommentEvent {
  action: string;
  pullNumber: number;
  body: string;
  createdAt: Date;
  actor: Actor;
}

/**
 * A comment on a pull request. Only a newly created comment whose line starts
 * with a command, from a human with write access, on a specgate PR, counts.
 * Everything else is ignored with a log line that says why.
 */
export async function handleComment(event: CommentEvent, deps: Deps): Promise<Outcome> {
  const skip = (message: string): Outcome => {
    deps.log.info(`Ignored: ${message}`);
    return { state: 'SKIPPED', failed: false, message, warnings: [] };
  };
  if (event.action !== 'created')
    return skip(`comment ${event.action}; only new comments give commands`);
  const command = parseCommand(event.body);
  if (!command) return skip('the comment holds no command at the start of a paragraph');
  const allowed = await authorize(deps.host, event.actor);
  if (!allowed.ok) return skip(`/${command.kind} from ${event.actor.login}: ${allowed.reason}`);

  const pull = await deps.host.getPull(event.pullNumber);
  const state = decodeStateMarker(pull.body);
  if (!state) return skip(`#${pull.number} is not a specgate pull request`);
  const foreign = ownershipProblem(pull, state, deps.policy);
  if (foreign) return skip(`#${pull.number}: ${foreign}`);
  const effects = new SideEffects(deps.log);
  switch (command.kind) {
    case 'approve':
      return approveSpec({ pull, state, approver: event.actor.login }, deps, effects);
    case 'reject':
      return rejectSpec(pull, state, event.actor.login, command.reason, deps, effects);
    case 'revise': {
      const revisable = next(state.state, 'revise-requested');
      if (!revisable.ok)
        return skip(`the spec of #${pull.number} is ${state.state}; ${revisable.reason}`);
      return planTicket(
        {
          trigger: 'revise',
          actor: event.actor,
          feedback: command.feedback,
          ...(state.issue !== undefined ? { issueNumber: state.issue } : {}),
          ...(state.jiraKey ? { jiraKey: state.jiraKey } : {}),
        },
        deps,
      );
    }
  }
}
