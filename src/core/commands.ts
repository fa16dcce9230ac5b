export type Command =
  { kind: 'approve' } | { kind: 'revise'; feedback: string } | { kind: 'reject'; reason: string };

const COMMAND = /^\/(approve|revise|reject)(?:[ \t]+(.*))?$/;

/**
 * The command a comment gives, if any. A command counts only at the start of
 * a line of ordinary text: not inside a fenced or indented code block, not in
 * a quote, not mid-sentence. The first command wins; `/revise` takes the rest
 * of the comment as feedback.
 */
export function parseCommand(body: string): Command | undefined {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      if (!fence) fence = fenceMatch[1];
      else if (fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length)
        fence = undefined;
      continue;
    }
    if (fence) continue;
    // Commands are typed at the left margin; indented text is code or a quote.
    const match = COMMAND.exec(line.trimEnd());
    if (!match) continue;
    const argument = (match[2] ?? '').trim();
    switch (match[1]) {
      case 'approve':
        // "/approve if tests pass" is a conversation, not an approval.
        if (argument) return undefined;
        return { kind: 'approve' };
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
