import { ticketStateSchema, type TicketState } from '../core/state.js';

// specgate appends its marker last; untrusted text placed earlier in a body
// (agent summaries, QA output) must not be able to stand in for it.
const MARKER = /<!-- specgate-state (\{[^\n]*\}) -->\s*$/;

/** The state as a hidden marker; `<` and `>` are escaped so it cannot end the comment early. */
export function encodeStateMarker(state: TicketState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- specgate-state ${json} -->`;
}

export function decodeStateMarker(body: string | null | undefined): TicketState | undefined {
  const match = MARKER.exec(body ?? '');
  if (!match?.[1]) return undefined;
  try {
    const parsed = ticketStateSchema.safeParse(JSON.parse(match[1]));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
