export type Command =
  { kind: 'approve' } | { kind: 'revise'; feedback: string } | { kind: 'reject'; reason: string };

const COMMAND = /^\/(approve|revise|reject)(?:[ \t]+(.*))?$/;

/**
 * The command a comment gives, if any. A command counts only at the start of
 * a line of ordinary text: not inside a fenced or indented code block, not in
 * a quote (nor a line a quote carries on into), not in an HTML comment, not
 * mid-sentence. The first command wins; `/revise` takes the rest of the
 * comment as feedback.
 */
export function parseCommand(body: string): Command | undefined {
  const lines = body
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .split('\n');
  let fence: string | undefined;
  let inQuote = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence) {
      // Only a bare fence of the same kind, at least as long, closes the block.
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open) {
      fence = open;
      inQuote = false;
      continue;
    }
    if (line.trim() === '') {
      inQuote = false;
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      inQuote = true;
      continue;
    }
    // Markdown carries a quote on into the next non-blank line ("lazy continuation").
    if (inQuote) continue;
    // Commands are typed at the left margin; indented text is code.
    const match = COMMAND.exec(line.trimEnd());
    if (!match) continue;
    const argument = (match[2] ?? '').trim();
    switch (match[1]) {
      case 'approve':
        // "/approve if tests pass" is a conversation, not an approval.
        return argument ? undefined : { kind: 'approve' };
      case 'reject':
        return { kind: 'reject', reason: argument };
      default: {
        const feedback = [argument, ...lines.slice(i + 1)].join('\n').trim();
        return feedback ? { kind: 'revise', feedback } : undefined;
      }
    }
  }
  return undefined;
}
