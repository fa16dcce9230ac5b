import { z } from 'zod';

export const STATES = [
  'PENDING',
  'PLANNING',
  'AWAITING_SPEC_APPROVAL',
  'SPEC_APPROVED',
  'EXECUTING',
  'QA_RUNNING',
  'AWAITING_PR_APPROVAL',
  'COMPLETED',
  'SPEC_REJECTED',
  'QA_FAILED',
  'TIMED_OUT',
  'ERROR',
] as const;

export type State = (typeof STATES)[number];

const transitionSchema = z.object({
  state: z.enum(STATES),
  at: z.string(),
  by: z.string().optional(),
  note: z.string().optional(),
});

/** Everything a later run needs to pick the ticket up; it lives in the PR body. */
export const ticketStateSchema = z.object({
  version: z.literal(1),
  state: z.enum(STATES),
  issue: z.number().int().positive().optional(),
  // Checked as a key: it is put in links and messages, and a marker is text anyone can write.
  jiraKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,9}$/)
    .optional(),
  branch: z.string(),
  specPath: z.string(),
  specSha: z.string().optional(),
  /** The branch head specgate last pushed or recorded: an approval holds only for it. */
  head: z.string().optional(),
  approval: z.object({ by: z.string(), specSha: z.string(), at: z.string() }).optional(),
  slack: z.object({ channel: z.string(), ts: z.string() }).optional(),
  spent: z
    .object({ promptTokens: z.number(), completionTokens: z.number(), costUsd: z.number() })
    .optional(),
  /** The commands already carried out on this ticket, by origin (a comment's id): each once. */
  applied: z.array(z.string().max(100)).max(100).optional(),
  history: z.array(transitionSchema).max(200),
});

/** The state with a command's origin recorded as carried out (the latest hundred kept). */
export function withApplied(state: TicketState, origin: string): TicketState {
  return { ...state, applied: [...(state.applied ?? []), origin].slice(-100) };
}

export type TicketState = z.infer<typeof ticketStateSchema>;
export type Transition = z.infer<typeof transitionSchema>;

/**
 * Records a move in the history. Which moves are allowed is decided by the
 * ticket machine (`advance` in ticket-machine.ts), which is its only caller.
 */
export function transition(
  current: TicketState,
  to: State,
  at: Date,
  details: { by?: string; note?: string } = {},
): TicketState {
  const entry: Transition = { state: to, at: at.toISOString(), ...details };
  return { ...current, state: to, history: [...current.history, entry].slice(-200) };
}
