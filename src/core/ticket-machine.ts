import { STATES, transition, type State, type TicketState } from './state.js';

/** Everything that can happen to a ticket, in the product's words. */
export const EVENTS = [
  'plan-requested',
  'revise-requested',
  'spec-drafted',
  'spec-changed-outside',
  'spec-approved',
  'implementation-started',
  'qa-started',
  'agent-resumed',
  'ready-for-review',
  'qa-failed',
  'implementation-failed',
  'spec-rejected',
  'merged',
  'closed-unmerged',
  'timed-out',
] as const;

export type TicketEvent = (typeof EVENTS)[number];

export type Move = { ok: true; to: State } | { ok: false; reason: string };

interface Rule {
  /** From which state the event leads where; a state left out refuses it. */
  moves: Partial<Record<State, State>>;
  /** Why the event is refused, said to whoever sent it. */
  refusal: string;
}

/** A finished ticket (merged or rejected) no longer moves on its own pull request. */
const FINISHED: ReadonlySet<State> = new Set(['COMPLETED', 'SPEC_REJECTED']);
const OPEN = STATES.filter((s) => !FINISHED.has(s));

const to = (from: readonly State[], target: State): Partial<Record<State, State>> =>
  Object.fromEntries(from.map((s) => [s, target]));
const stay = (from: readonly State[]): Partial<Record<State, State>> =>
  Object.fromEntries(from.map((s) => [s, s]));

// EXECUTING is approvable for a run that died (job timeout, runner lost): runs
// of one ticket never overlap (the workflow's concurrency group), and a push
// on a moved branch is refused anyway. QA_FAILED and ERROR take a new /approve
// to try again. A timeout is a notice, not a verdict: a late /approve still holds.
const APPROVABLE: readonly State[] = [
  'AWAITING_SPEC_APPROVAL',
  'QA_FAILED',
  'ERROR',
  'EXECUTING',
  'TIMED_OUT',
];

const TABLE: Record<TicketEvent, Rule> = {
  // Re-planning is allowed until the spec is approved (a rejected spec whose
  // pull request was reopened too); after that, /revise.
  'plan-requested': {
    moves: to(
      ['PENDING', 'PLANNING', 'AWAITING_SPEC_APPROVAL', 'SPEC_REJECTED', 'ERROR', 'TIMED_OUT'],
      'PLANNING',
    ),
    refusal: 'the spec can no longer be re-planned',
  },
  'revise-requested': {
    moves: to(['AWAITING_SPEC_APPROVAL'], 'PLANNING'),
    refusal: '/revise applies to a spec awaiting approval',
  },
  'spec-drafted': {
    moves: to(['PLANNING'], 'AWAITING_SPEC_APPROVAL'),
    refusal: 'a spec is drafted only while planning',
  },
  // A push specgate did not record: the approver may not have seen it, so the
  // spec waits for an approval of this version.
  'spec-changed-outside': {
    moves: to(APPROVABLE, 'AWAITING_SPEC_APPROVAL'),
    refusal: '/approve applies to a spec awaiting approval',
  },
  'spec-approved': {
    moves: to(APPROVABLE, 'SPEC_APPROVED'),
    refusal: '/approve applies to a spec awaiting approval',
  },
  'implementation-started': {
    moves: to(['SPEC_APPROVED'], 'EXECUTING'),
    refusal: 'only an approved spec is implemented',
  },
  'qa-started': {
    moves: to(['EXECUTING'], 'QA_RUNNING'),
    refusal: 'QA runs only on an implementation under way',
  },
  // The gates ended and the agent works again: a repair round, review
  // findings, or the agent's own check of its work.
  'agent-resumed': {
    moves: to(['QA_RUNNING'], 'EXECUTING'),
    refusal: 'the agent resumes only after a QA run',
  },
  // From EXECUTING when no QA gates are configured: there was nothing to run.
  'ready-for-review': {
    moves: to(['QA_RUNNING', 'EXECUTING'], 'AWAITING_PR_APPROVAL'),
    refusal: 'only an implementation under way becomes ready for review',
  },
  'qa-failed': {
    moves: to(['QA_RUNNING'], 'QA_FAILED'),
    refusal: 'QA fails only while it runs',
  },
  'implementation-failed': {
    moves: to(['EXECUTING', 'QA_RUNNING'], 'ERROR'),
    refusal: 'only an implementation under way can fail',
  },
  // A person may stop the ticket at any point before it is finished.
  'spec-rejected': {
    moves: to(OPEN, 'SPEC_REJECTED'),
    refusal: 'the ticket is already finished',
  },
  merged: { moves: to(OPEN, 'COMPLETED'), refusal: 'the ticket is already finished' },
  // Closing without merging is recorded, but the state stays: reopening the
  // pull request picks the ticket up where it was.
  'closed-unmerged': { moves: stay(OPEN), refusal: 'the ticket is already finished' },
  // Only a ticket waiting on a person times out; once swept it is not swept again.
  'timed-out': {
    moves: to(['AWAITING_SPEC_APPROVAL', 'AWAITING_PR_APPROVAL'], 'TIMED_OUT'),
    refusal: 'only a ticket waiting for an approval times out',
  },
};

/** Where `event` takes a ticket in `state`, or why it does not. */
export function next(state: State, event: TicketEvent): Move {
  const rule = TABLE[event];
  const target = rule.moves[state];
  return target ? { ok: true, to: target } : { ok: false, reason: rule.refusal };
}

/**
 * The ticket after an accepted event, with its history entry. A use case asks
 * `next` first wherever a person can send a refused event; here a refusal is a
 * broken invariant, so it throws.
 */
export function advance(
  ticket: TicketState,
  event: TicketEvent,
  at: Date,
  details: { by?: string; note?: string } = {},
): TicketState {
  const move = next(ticket.state, event);
  if (!move.ok) throw new Error(`${event} refused in ${ticket.state}: ${move.reason}`);
  return transition(ticket, move.to, at, details);
}

/**
 * Why a TIMED_OUT ticket stopped waiting: for its spec's approval or for the
 * review of its change. The table cannot tell (one state), the history can.
 * A change that timed out waiting for review is done work: approving or
 * re-planning it again would redo or overwrite it.
 */
export function timedOutWaiting(ticket: TicketState): 'spec' | 'review' | undefined {
  if (ticket.state !== 'TIMED_OUT') return undefined;
  const last = ticket.history.map((h) => h.state).lastIndexOf('TIMED_OUT');
  const before = last > 0 ? ticket.history[last - 1]?.state : undefined;
  return before === 'AWAITING_PR_APPROVAL' ? 'review' : 'spec';
}

export const REVIEW_TIMED_OUT =
  'its change timed out waiting for review and is still ready: review and merge it, or close it';
