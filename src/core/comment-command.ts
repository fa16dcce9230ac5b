import type { Nodes, Paragraph, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { OpenHtmlElements } from './open-html.js';

/** What a comment on a spec pull request asks for: the words a person types, not yet a request. */
export type CommentCommand =
  { kind: 'approve' } | { kind: 'revise'; feedback: string } | { kind: 'reject'; reason: string };

const COMMAND = /^\/(approve|revise|reject)(?:[ \t]+(.*))?$/;

/**
 * The command a comment gives, if any. What a command is follows what GitHub
 * shows, so the comment is parsed as CommonMark: only a paragraph at the top
 * level of the comment, outside any raw HTML element (`<details>`, `<pre>`...),
 * whose first line starts at the left margin with the command, counts. Quotes,
 * lists, code, headings (setext included), HTML blocks and comments, and a
 * command on a later line of a paragraph (shown mid-sentence) are not commands.
 * The first paragraph that starts with a command decides; `/revise` takes the
 * rest of the comment as feedback.
 */
export function parseCommand(body: string): CommentCommand | undefined {
  // An HTML comment left open hides the rest of the comment.
  const text = body.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const html = new OpenHtmlElements();
  for (const node of fromMarkdown(text).children) {
    const line = node.type === 'paragraph' && !html.any() ? commandLine(node, text) : undefined;
    const match = line === undefined ? null : COMMAND.exec(line.trimEnd());
    if (match) {
      const argument = (match[2] ?? '').trim();
      switch (match[1]) {
        case 'approve':
          // "/approve if tests pass" is a conversation, not an approval.
          return argument ? undefined : { kind: 'approve' };
        case 'reject':
          return { kind: 'reject', reason: argument };
        default: {
          const start = node.position?.start.offset ?? 0;
          const rest = text.slice(start + (line ?? '').length + 1);
          const feedback = `${argument}\n${rest}`.trim();
          return feedback ? { kind: 'revise', feedback } : undefined;
        }
      }
    }
    for (const value of htmlIn(node)) html.read(value);
  }
  return undefined;
}

/** The paragraph's first source line, when it starts with plain text at the left margin. */
function commandLine(paragraph: Paragraph, text: string): string | undefined {
  const first = paragraph.children[0];
  const start = paragraph.position?.start;
  if (first?.type !== 'text' || !start || start.column !== 1) return undefined;
  if (first.position?.start.offset !== start.offset) return undefined;
  return text.slice(start.offset).split('\n', 1)[0];
}

/** Raw HTML anywhere in a node, in document order. */
function htmlIn(node: RootContent): string[] {
  const found: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'html') found.push(n.value);
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return found;
}
