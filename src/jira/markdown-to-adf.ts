/** Converts the small Markdown subset we post as Jira comments into an ADF document. */

// Type aliases rather than interfaces so they stay assignable to jira.js's `Record<string, any>`.
export type AdfMark = { type: string; attrs?: Record<string, unknown> };

export type AdfNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: AdfMark[];
};

export type AdfDoc = { type: 'doc'; version: 1; content: AdfNode[] };

/** Nodes parsed from a run of lines or characters, and where parsing continues. */
interface Parsed {
  nodes: AdfNode[];
  next: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*)$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
// Sticky and bounded so scanning many `[` or backticks stays linear.
const LINK = /\[([^\]]{1,1000})\]\(\s*<?([^\s<>()]{1,2000})>?(?:\s+"[^"]*")?\s*\)/y;
const TICKS = /`+/y;
const ESCAPABLE = /[!-/:-@[-`{-~]/;

export function markdownToAdf(markdown: string): AdfDoc {
  const lines = (typeof markdown === 'string' ? markdown : '').replace(/\r\n?/g, '\n').split('\n');
  return { type: 'doc', version: 1, content: parseBlocks(lines) };
}

function parseBlocks(lines: string[]): AdfNode[] {
  const blocks: AdfNode[] = [];
  for (let i = nextNonBlank(lines, 0); i < lines.length;) {
    const parsed =
      parseFence(lines, i) ??
      parseHeading(lines, i) ??
      parseList(lines, i) ??
      parseParagraph(lines, i);
    blocks.push(...parsed.nodes);
    i = nextNonBlank(lines, parsed.next);
  }
  return blocks;
}

function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || LIST_ITEM.test(line);
}

function parseFence(lines: string[], start: number): Parsed | undefined {
  const open = FENCE.exec(lines[start] ?? '');
  if (!open) return undefined;
  const fence = open[1] ?? '```';
  const isClose = (line: string) => {
    const trimmed = line.trim();
    return trimmed.length >= fence.length && trimmed === fence.charAt(0).repeat(trimmed.length);
  };
  let end = start + 1;
  while (end < lines.length && !isClose(lines[end] ?? '')) end++;
  const code = lines.slice(start + 1, end).join('\n');
  const language = open[2];
  const node: AdfNode = {
    type: 'codeBlock',
    ...(language ? { attrs: { language } } : {}),
    content: textNodes(code, []),
  };
  // An empty code block carries nothing worth posting.
  return { nodes: code.trim() ? [node] : [], next: end + 1 };
}

function parseHeading(lines: string[], start: number): Parsed | undefined {
  const match = HEADING.exec(lines[start] ?? '');
  if (!match) return undefined;
  const content = parseInline((match[2] ?? '').trim());
  const level = match[1]?.length ?? 1;
  return {
    nodes: content.length ? [{ type: 'heading', attrs: { level }, content }] : [],
    next: start + 1,
  };
}

function parseParagraph(lines: string[], start: number): Parsed {
  const content: AdfNode[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim() || (i > start && startsBlock(line))) break;
    appendLine(content, line);
  }
  return { nodes: content.length ? [{ type: 'paragraph', content }] : [], next: i };
}

/** Appends one source line to inline content; lines within a block are joined by hardBreak. */
function appendLine(content: AdfNode[], line: string): void {
  const inline = parseInline(line.trim());
  if (inline.length === 0) return;
  if (content.length > 0) content.push({ type: 'hardBreak' });
  content.push(...inline);
}

const isOrdered = (marker: string) => /\d/.test(marker);
const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;

function nextNonBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && !lines[i]?.trim()) i++;
  return i;
}

function parseList(lines: string[], start: number): Parsed | undefined {
  const first = LIST_ITEM.exec(lines[start] ?? '');
  if (!first) return undefined;
  const indent = first[1]?.length ?? 0;
  const ordered = isOrdered(first[2] ?? '');
  const items: AdfNode[] = [];
  const orphans: AdfNode[] = [];
  let i = start;
  while (i < lines.length) {
    const match = LIST_ITEM.exec(lines[i] ?? '');
    if (!match || match[1]?.length !== indent || isOrdered(match[2] ?? '') !== ordered) break;
    const item = parseListItem(lines, i, indent);
    // ADF requires an item to start with a paragraph; nested lists of an empty item move up.
    if (item.nodes[0]?.type === 'paragraph') items.push({ type: 'listItem', content: item.nodes });
    else if (items.at(-1)) items.at(-1)?.content?.push(...item.nodes);
    else orphans.push(...item.nodes);
    i = item.next;
    const after = nextNonBlank(lines, i);
    if (after > i && LIST_ITEM.exec(lines[after] ?? '')?.[1]?.length === indent) i = after;
  }
  const order = Number.parseInt(first[2] ?? '1', 10);
  const attrs = ordered && order !== 1 ? { attrs: { order } } : {};
  const list: AdfNode = { type: ordered ? 'orderedList' : 'bulletList', ...attrs, content: items };
  return { nodes: items.length ? [list, ...orphans] : orphans, next: i };
}

/** Parses one item: its paragraphs (indented lines) and nested lists. */
function parseListItem(lines: string[], start: number, indent: number): Parsed {
  const blocks: AdfNode[] = [];
  let paragraph: AdfNode[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', content: paragraph });
    paragraph = [];
  };
  appendLine(paragraph, LIST_ITEM.exec(lines[start] ?? '')?.[3] ?? '');
  let i = start + 1;
  while (i < lines.length) {
    const after = nextNonBlank(lines, i);
    const line = lines[after] ?? '';
    if (after >= lines.length || indentOf(line) <= indent) break;
    const list = LIST_ITEM.test(line) ? parseList(lines, after) : undefined;
    if (list || after > i) flush();
    if (list) blocks.push(...list.nodes);
    else appendLine(paragraph, line);
    i = list ? list.next : after + 1;
  }
  flush();
  return { nodes: blocks, next: i };
}

function textNodes(text: string, marks: AdfMark[]): AdfNode[] {
  if (!text) return [];
  return [{ type: 'text', text, ...(marks.length ? { marks: [...marks] } : {}) }];
}

function withMark(marks: AdfMark[], mark: AdfMark): AdfMark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

function parseInline(text: string, marks: AdfMark[] = []): AdfNode[] {
  const out: AdfNode[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '\\' && ESCAPABLE.test(text.charAt(i + 1))) {
      plain += text.charAt(i + 1);
      i += 2;
      continue;
    }
    const match = matchInline(text, i, marks);
    if (match) {
      out.push(...textNodes(plain, marks), ...match.nodes);
      plain = '';
      i = match.next;
      continue;
    }
    // An unmatched backtick run stays literal as a whole.
    const literal = char === '`' ? tickRun(text, i) : char;
    plain += literal;
    i += literal.length;
  }
  return [...out, ...textNodes(plain, marks)];
}

function matchInline(text: string, at: number, marks: AdfMark[]): Parsed | undefined {
  switch (text.charAt(at)) {
    case '`':
      return matchCode(text, at, marks);
    case '[':
      return matchLink(text, at, marks);
    case '*':
      return matchDelimited(text, at, marks, '**') ?? matchDelimited(text, at, marks, '*');
    case '_':
      return matchDelimited(text, at, marks, '_');
    default:
      return undefined;
  }
}

function tickRun(text: string, at: number): string {
  TICKS.lastIndex = at;
  return TICKS.exec(text)?.[0] ?? '`';
}

function matchCode(text: string, at: number, marks: AdfMark[]): Parsed | undefined {
  const open = tickRun(text, at);
  const runs = /`+/g;
  runs.lastIndex = at + open.length;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    if (run[0].length !== open.length) continue;
    let code = text.slice(at + open.length, run.index);
    if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim()) {
      code = code.slice(1, -1);
    }
    // ADF only lets `code` combine with `link`.
    const codeMarks = [...marks.filter((m) => m.type === 'link'), { type: 'code' }];
    return { nodes: textNodes(code, codeMarks), next: run.index + open.length };
  }
  return undefined;
}

function matchLink(text: string, at: number, marks: AdfMark[]): Parsed | undefined {
  LINK.lastIndex = at;
  const match = LINK.exec(text);
  if (!match) return undefined;
  const [source, label = '', href = ''] = match;
  const linkMarks = /^https?:\/\//i.test(href)
    ? withMark(marks, { type: 'link', attrs: { href } })
    : marks;
  return { nodes: parseInline(label, linkMarks), next: at + source.length };
}

function matchDelimited(
  text: string,
  at: number,
  marks: AdfMark[],
  delim: string,
): Parsed | undefined {
  const from = at + delim.length;
  const single = delim.length === 1;
  const char = delim.charAt(0);
  const mark = { type: delim === '**' ? 'strong' : 'em' };
  if (!text.startsWith(delim, at) || /^\s|^$/.test(text.charAt(from))) return undefined;
  if (single && text.charAt(from) === char) return undefined;
  // snake_case_words are not emphasis.
  if (char === '_' && /\w/.test(text.charAt(at - 1))) return undefined;
  for (
    let close = text.indexOf(delim, from + 1);
    close >= 0;
    close = text.indexOf(delim, close + 1)
  ) {
    const before = text.charAt(close - 1);
    const after = text.charAt(close + delim.length);
    if (/\s/.test(before) || (single && (before === char || after === char))) continue;
    if (char === '_' && /\w/.test(after)) continue;
    const inner = parseInline(text.slice(from, close), withMark(marks, mark));
    return { nodes: inner, next: close + delim.length };
  }
  return undefined;
}
