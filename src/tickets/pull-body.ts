import { type TicketState } from '../core/state.js';
import { encodeStateMarker } from './marker.js';

const AUDIT_START = '<details><summary>Audit trail</summary>';
const STATE_LINE = /^\*\*State:\*\* `[A-Z_]+`/m;

/** The audit trail a person reads and the marker a later run reads. */
export function stateFooter(state: TicketState): string {
  const rows = state.history.map(
    (h) => `| ${h.at} | ${h.state} | ${h.by ? `@${h.by}` : ''} | ${oneLine(h.note ?? '')} |`,
  );
  return [
    `${AUDIT_START}\n\n| When | State | By | Note |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\n</details>`,
    encodeStateMarker(state),
  ].join('\n\n');
}

export function stateLine(state: TicketState): string {
  return `**State:** \`${state.state}\``;
}

/** A PR body with its state line, audit trail and marker brought up to date. */
export function withState(body: string, state: TicketState): string {
  // The last one is specgate's own: text quoted earlier in the body may hold the same words.
  const cut = body.lastIndexOf(AUDIT_START);
  const head = (
    cut >= 0 ? body.slice(0, cut) : body.replace(/<!-- specgate-state [\s\S]*?-->/, '')
  ).trimEnd();
  const updated = STATE_LINE.test(head)
    ? head.replace(STATE_LINE, stateLine(state))
    : `${stateLine(state)}\n\n${head}`;
  return `${updated}\n\n${stateFooter(state)}`;
}

export function oneLine(text: string): string {
  return inert(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** Untrusted text in a PR body cannot open or close an HTML comment (and so cannot forge state). */
export function inert(text: string): string {
  return text.replace(/<!--/g, '&lt;!--').replace(/-->/g, '--&gt;');
}
