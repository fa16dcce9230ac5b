import { advance } from '../core/ticket-machine.js';
import { formatHours, waitOf, WAITS, type Wait } from '../core/timeouts.js';
import type { StoredTicket } from '../ports.js';
import { announce } from './announce.js';
import type { Deps, Outcome, Policy } from './deps.js';
import { SideEffects } from './side-effects.js';

/** The label a timed-out pull request gets, for people and their saved searches. */
export const TIMED_OUT_LABEL = 'specgate:timed-out';

export interface SweptTicket {
  pullNumber: number;
  url: string;
  /** The state it waited in. */
  waited: 'AWAITING_SPEC_APPROVAL' | 'AWAITING_PR_APPROVAL';
  waitedHours: number;
  closed: boolean;
  /** GitHub work that failed after the state was saved, or the save itself. */
  problems: string[];
}

export interface SweepOutcome extends Outcome {
  swept: SweptTicket[];
  /** Tickets that could not be swept at all (their state was not saved). */
  failures: { pullNumber: number; error: string }[];
}

/**
 * The scheduled sweep: every open ticket waiting on a person longer than its
 * limit is recorded TIMED_OUT first, then labelled, told, announced and, if
 * configured, closed. A TIMED_OUT ticket no longer waits, so a later sweep
 * (or one that crashed after the save) never sweeps it again.
 */
export async function sweepTimeouts(deps: Deps): Promise<SweepOutcome> {
  const effects = new SideEffects(deps.log);
  const now = deps.clock.now();
  const open = await deps.tickets.listOpen();
  const swept: SweptTicket[] = [];
  const failures: SweepOutcome['failures'] = [];
  for (const ticket of open) {
    const wait = waitOf(ticket.state, now, deps.policy);
    if (!wait.overdue) {
      deps.log.debug(`#${ticket.pull.number} is not overdue: ${wait.reason}`);
      continue;
    }
    try {
      const done = await sweepOne(ticket, now, deps, effects);
      if (done) swept.push(done);
    } catch (error) {
      // Its state was not saved: the next sweep tries it again.
      const message = error instanceof Error ? error.message : String(error);
      deps.log.error(`Could not time out #${ticket.pull.number}: ${message}`);
      failures.push({ pullNumber: ticket.pull.number, error: message });
    }
  }
  const failed = failures.length > 0 || swept.some((t) => t.problems.length > 0);
  return {
    state: failed ? 'ERROR' : 'SWEPT',
    failed,
    message: summarise(open.length, swept, failures),
    warnings: effects.warnings,
    swept,
    failures,
  };
}

async function sweepOne(
  listed: StoredTicket,
  now: Date,
  deps: Deps,
  effects: SideEffects,
): Promise<SweptTicket | undefined> {
  // Read again just before writing: a run for this ticket (an /approve, a
  // merge) may have moved it since the list was taken.
  const ticket = await deps.tickets.load(listed.pull.number);
  const wait = 'state' in ticket ? waitOf(ticket.state, now, deps.policy) : undefined;
  if (!('state' in ticket) || !wait?.overdue || !ticket.pull.open) {
    deps.log.info(`#${listed.pull.number} changed since it was listed; left as it is`);
    return undefined;
  }
  const { pull } = ticket;
  const { what, waitsFor, limit } = WAITS[wait.state];
  const waited = formatHours(wait.waitedHours);
  const note = `the ${what} waited ${waited} for ${waitsFor} (${limit}: ${wait.limitHours})`;
  // Saved before anything is said, so a crash later on never sweeps it twice.
  const saved = await deps.tickets.save(ticket, advance(ticket.state, 'timed-out', now, { note }));
  const problems: string[] = [];
  const github = async (step: string, work: () => Promise<void>): Promise<boolean> => {
    try {
      await work();
      return true;
    } catch (error) {
      const message = `${step} failed: ${error instanceof Error ? error.message : String(error)}`;
      deps.log.error(`#${pull.number}: ${message}`);
      problems.push(message);
      return false;
    }
  };
  const close = deps.policy.closeOnTimeout;
  await github('Labelling', () => deps.host.addLabels(pull.number, [TIMED_OUT_LABEL]));
  await github('Commenting', () =>
    deps.host.comment(pull.number, timeoutComment(saved, wait, deps.policy)),
  );
  await announce(deps, effects, saved.state, {
    stage: 'Timed out',
    detail: `The ${what} waited ${waited} for ${waitsFor}, longer than ${wait.limitHours} h.${close ? ' The pull request is closed.' : ''}`,
    pull,
    title: pull.title,
  });
  const closed = close && (await github('Closing', () => deps.host.closePull(pull.number)));
  deps.log.info(`Timed out #${pull.number}: ${note}`);
  return {
    pullNumber: pull.number,
    url: pull.url,
    waited: wait.state,
    waitedHours: wait.waitedHours,
    closed,
    problems,
  };
}

/** What timed out, how long it waited, and what a person can do now. */
export function timeoutComment(
  ticket: StoredTicket,
  wait: Extract<Wait, { overdue: true }>,
  policy: Pick<Policy, 'closeOnTimeout' | 'triggerLabel'>,
): string {
  const { what, waitsFor, limit } = WAITS[wait.state];
  const head =
    `:hourglass: This ${what} waited ${formatHours(wait.waitedHours)} for ${waitsFor}, ` +
    `longer than \`${limit}\` (${wait.limitHours} h). The ticket is now \`TIMED_OUT\`` +
    (policy.closeOnTimeout ? ' and this pull request is closed.' : '.');
  const { issue, jiraKey } = ticket.state;
  const target =
    issue !== undefined ? `issue #${issue}` : jiraKey ? `Jira ticket ${jiraKey}` : 'the ticket';
  let next: string;
  if (wait.state === 'AWAITING_PR_APPROVAL') {
    next = policy.closeOnTimeout
      ? 'The change is kept on its branch: reopen this pull request to review and merge it.'
      : 'The change is still here: review and merge it as usual, or close it.';
  } else if (policy.closeOnTimeout) {
    next =
      issue !== undefined
        ? `To plan it again, add the \`${policy.triggerLabel}\` label to ${target} again, ` +
          'or run the specgate workflow by hand for it.'
        : `To plan it again, run the specgate workflow by hand for ${target}.`;
  } else {
    next =
      `A late \`/approve\` still starts the implementation. To change the spec, run the ` +
      `specgate workflow by hand for ${target} to plan it again; or close this pull request.`;
  }
  return `${head}\n\n${next}`;
}

function summarise(open: number, swept: SweptTicket[], failures: SweepOutcome['failures']): string {
  const parts = [
    `Timed out ${swept.length} of ${open} open ticket${open === 1 ? '' : 's'}` +
      (swept.length
        ? `: ${swept.map((t) => `#${t.pullNumber} (${WAITS[t.waited].what}, ${formatHours(t.waitedHours)})`).join(', ')}`
        : ''),
  ];
  const partial = swept.filter((t) => t.problems.length);
  for (const t of partial) parts.push(`#${t.pullNumber}: ${t.problems.join('; ')}`);
  for (const f of failures) parts.push(`#${f.pullNumber} could not be timed out: ${f.error}`);
  return parts.join('. ');
}
