import type { State, TicketState } from './state.js';

/** What a ticket waits for in the states that time out, and which limit applies. */
export const WAITS = {
  AWAITING_SPEC_APPROVAL: { what: 'spec', waitsFor: 'approval', limit: 'spec-timeout-hours' },
  AWAITING_PR_APPROVAL: {
    what: 'pull request',
    waitsFor: 'review',
    limit: 'pr-timeout-hours',
  },
} as const satisfies Partial<Record<State, { what: string; waitsFor: string; limit: string }>>;

export type WaitingState = keyof typeof WAITS;

export interface TimeoutLimits {
  specTimeoutHours: number;
  prTimeoutHours: number;
}

export type Wait =
  | {
      overdue: true;
      state: WaitingState;
      since: Date;
      waitedHours: number;
      limitHours: number;
    }
  | { overdue: false; reason: string };

const HOUR_MS = 3_600_000;

/**
 * When the ticket entered its current state: the last history entry naming it
 * (a spec pushed again waits anew). A marker whose history lost that entry
 * falls back to its latest entry, the closest time known; with no readable
 * time at all the ticket is left alone rather than guessed overdue.
 */
export function waitingSince(ticket: TicketState): Date | undefined {
  const dated = ticket.history
    .map((entry) => ({ state: entry.state, at: new Date(entry.at) }))
    .filter((entry) => !Number.isNaN(entry.at.getTime()));
  const current = dated.filter((entry) => entry.state === ticket.state).at(-1);
  return (current ?? dated.at(-1))?.at;
}

/** Whether a ticket has waited on a person longer than its limit, as of `now`. */
export function waitOf(ticket: TicketState, now: Date, limits: TimeoutLimits): Wait {
  const state = ticket.state;
  if (state !== 'AWAITING_SPEC_APPROVAL' && state !== 'AWAITING_PR_APPROVAL')
    return { overdue: false, reason: `it is ${state}, not waiting for a person` };
  const since = waitingSince(ticket);
  if (!since) return { overdue: false, reason: 'its history has no readable time' };
  const limitHours =
    state === 'AWAITING_SPEC_APPROVAL' ? limits.specTimeoutHours : limits.prTimeoutHours;
  const waitedHours = (now.getTime() - since.getTime()) / HOUR_MS;
  if (waitedHours <= limitHours)
    return {
      overdue: false,
      reason: `it has waited ${formatHours(waitedHours)} of ${limitHours} h`,
    };
  return { overdue: true, state, since, waitedHours, limitHours };
}

/** Hours as a person reads them: whole hours, or minutes under one hour. */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(0, Math.floor(hours * 60))} min`;
  return `${Math.floor(hours)} h`;
}
