/** Renders Jira's Atlassian Document Format (untrusted JSON) as GitHub-flavoured Markdown. */

const MAX_DEPTH = 50;
const MAX_COLSPAN = 50;
const ATTACHMENT = '[attachment]';
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

interface AdfLike {
  type: string;
  attrs: Record<string, unknown>;
  content: unknown[];
  text: string;
  marks: unknown[];
}

type Renderer = (node: AdfLike, depth: number) => string;

export function adfToMarkdown(doc: unknown): string {
  // Jira Server / API v2 return descriptions as plain (wiki markup) strings.
  if (typeof doc === 'string') return doc.trimEnd();
  try {
    const node = toNode(doc);
    return node ? renderNode(node, 0).trimEnd() : '';
  } catch {
    // Only reachable for non-JSON exotica such as throwing getters or proxies.
    return '';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toNode(value: unknown): AdfLike | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  return {
    type: value.type,
    attrs: isRecord(value.attrs) ? value.attrs : {},
    content: Array.isArray(value.content) ? value.content : [],
    text: typeof value.text === 'string' ? value.text : '',
    marks: Array.isArray(value.marks) ? value.marks : [],
  };
}

function nodes(values: unknown[]): AdfLike[] {
  return values.map(toNode).filter((node): node is AdfLike => node !== undefined);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function renderNode(node: AdfLike, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  const render = RENDERERS.get(node.type);
  // Unknown node types degrade to their own text or their children's.
  return render ? render(node, depth) : node.text || renderFlow(node.content, depth);
}

const INLINE_TYPES = new Set(
  'text hardBreak mention emoji inlineCard status date media mediaInline'.split(' '),
);
const LIST_TYPES = new Set(['bulletList', 'orderedList', 'taskList', 'decisionList']);

function isInline(node: AdfLike): boolean {
  if (INLINE_TYPES.has(node.type)) return true;
  if (RENDERERS.has(node.type)) return false;
  // An unknown node is inline when it only wraps inline nodes (e.g. a future inline extension).
  return nodes(node.content).every((child) => INLINE_TYPES.has(child.type));
}

/** Renders mixed children: runs of inline nodes are concatenated, blocks get a blank line. */
function renderFlow(content: unknown[], depth: number): string {
  const chunks: string[] = [];
  let inline = '';
  for (const child of nodes(content)) {
    if (isInline(child)) {
      inline += renderNode(child, depth + 1);
      continue;
    }
    chunks.push(inline, renderNode(child, depth + 1));
    inline = '';
  }
  chunks.push(inline);
  return chunks.filter((chunk) => chunk.trim() !== '').join('\n\n');
}

// String methods rather than regexes like /\s*\n\s*/, which backtrack quadratically on long runs.
function oneLine(text: string): string {
  return text.split('\n').map(trim).filter(Boolean).join(' ');
}

const trim = (text: string) => text.trim();

function longestBacktickRun(text: string): number {
  return (text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
}

function codeSpan(text: string): string {
  const ticks = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** Wraps in a delimiter, keeping edge whitespace outside (`** x**` is not emphasis). */
function wrap(text: string, delimiter: string): string {
  const core = text.trim();
  const start = text.length - text.trimStart().length;
  const [lead, trail] = [text.slice(0, start), text.slice(start + core.length)];
  return core ? `${lead}${delimiter}${core}${delimiter}${trail}` : text;
}

const percentEncode = (char: string) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

function safeHref(href: unknown): string | undefined {
  const value = str(href).trim();
  return SAFE_HREF.test(value) ? value.replace(/[\s()<>]/g, percentEncode) : undefined;
}

function renderText(node: AdfLike): string {
  const marks = nodes(node.marks);
  const mark = (type: string) => marks.find((m) => m.type === type);
  const link = mark('link');
  const href = link ? safeHref(link.attrs.href) : undefined;
  let text = node.text;
  if (!text) return '';
  if (mark('code')) text = codeSpan(text);
  else if (href) text = text.replace(/[[\]]/g, '\\$&');
  if (mark('strike')) text = wrap(text, '~~');
  if (mark('em')) text = wrap(text, '*');
  if (mark('strong')) text = wrap(text, '**');
  return href ? `[${text}](${href})` : text;
}

function isoDate(timestamp: unknown): string {
  const ms = typeof timestamp === 'number' ? timestamp : Number(str(timestamp).trim() || NaN);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function quote(text: string): string {
  return text.replace(/^/gm, '> ').replace(/^> $/gm, '>');
}

function prefixLines(text: string, first: string, rest: string): string {
  return first + text.replace(/\n(?=.)/g, `\n${rest}`);
}

type Marker = (item: AdfLike, index: number) => string;

function renderList(node: AdfLike, depth: number, marker: Marker): string {
  const lines: string[] = [];
  let indent = '  ';
  let index = 0;
  for (const item of nodes(node.content)) {
    const body = renderNode(item, depth + 1);
    if (LIST_TYPES.has(item.type)) {
      // ADF nests task lists as siblings of the item they belong to.
      if (body) lines.push(prefixLines(body, indent, indent));
      continue;
    }
    const prefix = marker(item, index++);
    indent = ' '.repeat(prefix.indexOf(' ') + 1);
    lines.push(body ? prefixLines(body, prefix, indent) : prefix.trimEnd());
  }
  return lines.join('\n');
}

function renderListItem(node: AdfLike, depth: number): string {
  // A nested list hugs its parent item so the outer list stays tight.
  return nodes(node.content).reduce((out, child) => {
    const text = renderNode(child, depth + 1);
    if (!text.trim()) return out;
    return out ? out + (LIST_TYPES.has(child.type) ? '\n' : '\n\n') + text : text;
  }, '');
}

function orderedMarker(node: AdfLike): Marker {
  const order = node.attrs.order;
  const start = typeof order === 'number' && Number.isInteger(order) && order >= 0 ? order : 1;
  return (_item, index) => `${start + index}. `;
}

function renderCodeBlock(node: AdfLike): string {
  const code = nodes(node.content)
    .map((child) => (child.type === 'hardBreak' ? '\n' : child.text))
    .join('')
    .replace(/\n$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  const language = str(node.attrs.language).replace(/[^\w+#.-]/g, '');
  return `${fence}${language}\n${code}\n${fence}`;
}

function renderTable(node: AdfLike, depth: number): string {
  const rows = nodes(node.content).map((row) => renderRow(row, depth + 1));
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return '';
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  // GFM requires a header row, so the first row always serves as one.
  const [header = [], ...body] = rows;
  return [line(header), line(new Array<string>(width).fill('---')), ...body.map(line)].join('\n');
}

function renderRow(row: AdfLike, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  const cells: string[] = [];
  for (const cell of nodes(row.content)) {
    cells.push(oneLine(renderFlow(cell.content, depth + 1)).replace(/\|/g, '\\|'));
    const span = cell.attrs.colspan;
    const extra = typeof span === 'number' ? Math.min(Math.floor(span), MAX_COLSPAN) - 1 : 0;
    for (let i = 0; i < extra; i++) cells.push('');
  }
  return cells;
}

function renderPanel(node: AdfLike, depth: number): string {
  const type = str(node.attrs.panelType);
  const name = /^[a-z]+$/i.test(type) ? type : 'info';
  const label = `**${name.charAt(0).toUpperCase()}${name.slice(1).toLowerCase()}:**`;
  const body = renderFlow(node.content, depth);
  // Inline the label only before a paragraph: "**Note:** - item" would break a list.
  const startsWithParagraph = nodes(node.content)[0]?.type === 'paragraph';
  return quote(body ? `${label}${startsWithParagraph ? ' ' : '\n\n'}${body}` : label);
}

function renderExpand(node: AdfLike, depth: number): string {
  const title = oneLine(str(node.attrs.title));
  return [title && `**${title}**`, renderFlow(node.content, depth)].filter(Boolean).join('\n\n');
}

function renderHeading(node: AdfLike, depth: number): string {
  const level = node.attrs.level;
  const hashes = typeof level === 'number' ? Math.min(Math.max(Math.floor(level), 1), 6) : 1;
  const text = oneLine(renderFlow(node.content, depth));
  return text && `${'#'.repeat(hashes)} ${text}`;
}

const flow: Renderer = (node, depth) => renderFlow(node.content, depth);
const each = (types: string, render: Renderer) =>
  types.split(' ').map((type): [string, Renderer] => [type, render]);

const RENDERERS = new Map<string, Renderer>([
  ...each('doc paragraph tableHeader tableCell taskItem decisionItem', flow),
  ['text', renderText],
  ['hardBreak', () => '\n'],
  ['heading', renderHeading],
  ['bulletList', (node, depth) => renderList(node, depth, () => '- ')],
  ['orderedList', (node, depth) => renderList(node, depth, orderedMarker(node))],
  ['listItem', renderListItem],
  ['codeBlock', renderCodeBlock],
  ['blockquote', (node, depth) => quote(renderFlow(node.content, depth))],
  ['rule', () => '---'],
  ['table', renderTable],
  ['panel', renderPanel],
  ['mention', (node) => `@${str(node.attrs.text).replace(/^@/, '') || 'unknown'}`],
  ['emoji', (node) => str(node.attrs.text) || str(node.attrs.shortName)],
  ...each('inlineCard blockCard embedCard', (node) => str(node.attrs.url)),
  ['status', (node) => (str(node.attrs.text) ? `[${str(node.attrs.text)}]` : '')],
  ['date', (node) => isoDate(node.attrs.timestamp)],
  ...each('mediaSingle media mediaInline', () => ATTACHMENT),
  ['mediaGroup', (node) => new Array(nodes(node.content).length).fill(ATTACHMENT).join(' ')],
  ...each('expand nestedExpand', renderExpand),
  ['taskList', (node, depth) => renderList(node, depth, taskMarker)],
  ['decisionList', (node, depth) => renderList(node, depth, () => '- **Decision:** ')],
]);

function taskMarker(item: AdfLike): string {
  return item.attrs.state === 'DONE' ? '- [x] ' : '- [ ] ';
}
