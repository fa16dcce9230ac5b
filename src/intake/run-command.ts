import { next } from '../core/ticket-machine.js';
import { withApplied, type TicketState } from '../core/state.js';
import type { StoredTicket } from '../ports.js';
import { approveSpec } from '../usecases/approve-spec.js';
import type { Deps, Outcome } from '../usecases/deps.js';
import { implementHere, type ImplementHereResult } from '../usecases/implement-here.js';
import { planHere, type HereRefusal, type PlanHereResult } from '../usecases/plan-here.js';
import { planTicket } from '../usecases/plan-ticket.js';
import { pullClosed } from '../usecases/pull-closed.js';
import { rejectSpec } from '../usecases/reject-spec.js';
import { SideEffects } from '../usecases/side-effects.js';
import { sweepTimeouts } from '../usecases/sweep-timeouts.js';
import { authorize } from './authorize.js';
import { requesterName, type Command, type LocalCommand, type TicketCommand } from './command.js';

type PlanHere = Extract<LocalCommand, { kind: 'plan-here' }>;
type ImplementHere = Extract<LocalCommand, { kind: 'implement-here' }>;

/**
 * The one way into the use cases, whatever the door: the requester is
 * authorized, the ticket the command concerns is loaded from the store, and
 * the use case runs. A command that cannot apply is skipped with the reason.
 * Local work (the CLI in its checkout) answers with its own result.
 */
export function runCommand(command: PlanHere, deps: Deps): Promise<PlanHereResult | HereRefusal>;
export function runCommand(
  command: ImplementHere,
  deps: Deps,
): Promise<ImplementHereResult | HereRefusal>;
export function runCommand(command: TicketCommand, deps: Deps): Promise<Outcome>;
export async function runCommand(
  command: Command,
  deps: Deps,
): Promise<Outcome | PlanHereResult | ImplementHereResult | HereRefusal> {
  const skip = (message: string, state = 'SKIPPED'): Outcome => {
    deps.log.info(`Ignored: ${message}`);
    return { state, failed: false, message, warnings: [] };
  };
  const allowed = await authorize(command, deps.host, deps.policy);
  if (!allowed.ok) {
    if (command.kind === 'plan-here' || command.kind === 'implement-here')
      return { refused: 'precondition', message: allowed.reason };
    const what = command.kind === 'plan' ? 'a plan' : `/${command.kind}`;
    const who = 'requester' in command ? ` from ${requesterName(command.requester)}` : '';
    return skip(`${what}${who}: ${allowed.reason}`);
  }
  switch (command.kind) {
    case 'plan-here':
      return planHere(command.ticket, deps, command.progress);
    case 'implement-here':
      return implementHere(command.specPath, command.confirm, deps, command.progress);
    case 'plan':
      return planTicket(
        {
          trigger: command.trigger,
          requestedBy: requesterName(command.requester),
          ...(command.ticket.issueNumber !== undefined
            ? { issueNumber: command.ticket.issueNumber }
            : {}),
          ...(command.ticket.jiraKey ? { jiraKey: command.ticket.jiraKey } : {}),
          ...(command.defaultBranch ? { defaultBranch: command.defaultBranch } : {}),
          ...(command.requestedAt ? { requestedAt: command.requestedAt } : {}),
        },
        deps,
      );
    case 'sweep':
      return sweepTimeouts(deps);
  }
  const loaded = await deps.tickets.load(command.pullNumber);
  if ('refused' in loaded) return skip(loaded.refused);
  return onTicket(command, loaded, deps, skip);
}

function onTicket(
  command: Extract<Command, { pullNumber: number }>,
  ticket: StoredTicket,
  deps: Deps,
  skip: (message: string, state?: string) => Outcome,
): Promise<Outcome> {
  const { pull, state } = ticket;
  const effects = new SideEffects(deps.log);
  // A command written before the spec it would act on was recorded was not about
  // this spec: a queued or replayed /approve never approves a later version.
  const stale = 'writtenAt' in command ? staleCommand(command.writtenAt, state) : undefined;
  if (stale)
    return Promise.resolve(skip(`/${command.kind} on #${pull.number}: ${stale}`, state.state));
  const origin = 'origin' in command ? command.origin : undefined;
  if (origin && state.applied?.includes(origin))
    return Promise.resolve(
      skip(
        `/${command.kind} on #${pull.number}: ${origin} was already carried out; a command runs once`,
        state.state,
      ),
    );
  if (origin)
    return recordApplied(ticket, origin, deps).then((recorded) =>
      carryOut(command, recorded, deps, effects, skip),
    );
  return carryOut(command, ticket, deps, effects, skip);
}

/**
 * Records the command's origin on the ticket before it is carried out: a
 * second hand-over of the same comment (a replayed dispatch) finds it there.
 */
async function recordApplied(
  ticket: StoredTicket,
  origin: string,
  deps: Deps,
): Promise<StoredTicket> {
  return deps.tickets.save(ticket, withApplied(ticket.state, origin));
}

function carryOut(
  command: Extract<Command, { pullNumber: number }>,
  ticket: StoredTicket,
  deps: Deps,
  effects: SideEffects,
  skip: (message: string, state?: string) => Outcome,
): Promise<Outcome> {
  const { pull, state } = ticket;
  switch (command.kind) {
    case 'pull-closed':
      return pullClosed(ticket, deps);
    case 'approve':
      return approveSpec(
        { pull, state, approver: requesterName(command.requester) },
        deps,
        effects,
      );
    case 'reject':
      return rejectSpec(
        pull,
        state,
        requesterName(command.requester),
        command.reason,
        deps,
        effects,
      );
    case 'revise': {
      const revisable = next(state.state, 'revise-requested');
      if (!revisable.ok)
        return Promise.resolve(
          skip(`the spec of #${pull.number} is ${state.state}; ${revisable.reason}`),
        );
      return planTicket(
        {
          trigger: 'revise',
          requestedBy: requesterName(command.requester),
          feedback: command.feedback,
          ...(state.issue !== undefined ? { issueNumber: state.issue } : {}),
          ...(state.jiraKey ? { jiraKey: state.jiraKey } : {}),
        },
        deps,
      );
    }
  }
}

/** Why a command written at `writtenAt` does not apply to the spec now recorded, if it does not. */
function staleCommand(writtenAt: string | undefined, state: TicketState): string | undefined {
  if (!writtenAt) return undefined;
  const spec = state.history.filter((h) => h.state === 'AWAITING_SPEC_APPROVAL').at(-1);
  if (!spec) return undefined;
  // GitHub's times are whole seconds: within the second the spec was recorded is not "before".
  if (Date.parse(writtenAt) + 1000 > Date.parse(spec.at)) return undefined;
  return `it was written at ${writtenAt}, before the spec now on the pull request was recorded (${spec.at}); read the spec as it is now and comment again`;
}
