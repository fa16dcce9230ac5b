import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import type { SpecAnswer } from './spec-answer.js';

export interface SpecMeta {
  issue?: number;
  jiraKey?: string;
  jiraUrl?: string;
  model: string;
  notes: string[];
}

const frontMatterSchema = z.object({
  specgate: z.literal(1),
  issue: z.number().int().positive().optional(),
  jira: z.string().optional(),
  model: z.string(),
  title: z.string(),
  scope: z
    .array(z.object({ path: z.string(), change: z.enum(['modify', 'create']), reason: z.string() }))
    .min(1),
});

export type SpecFrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * A spec: machine-readable front matter, then the sections a person reads.
 * It is committed to the repository, so it is written the way Prettier writes
 * Markdown (a repository that checks its Markdown must not fail on it): `-`
 * lists, one blank line between blocks, no table (Prettier pads tables),
 * code in code spans, and elsewhere `*`, `_` and `+` escaped so no formatter
 * rewrites them.
 */
export function renderSpec(answer: SpecAnswer, meta: SpecMeta): string {
  const front: SpecFrontMatter = {
    specgate: 1,
    ...(meta.issue !== undefined ? { issue: meta.issue } : {}),
    ...(meta.jiraKey ? { jira: meta.jiraKey } : {}),
    model: meta.model,
    title: answer.title,
    scope: answer.scope.map(({ path, change, reason }) => ({ path, change, reason })),
  };
  const links = [
    meta.issue !== undefined ? `GitHub issue #${meta.issue}` : undefined,
    meta.jiraKey ? (meta.jiraUrl ? `[${meta.jiraKey}](${meta.jiraUrl})` : meta.jiraKey) : undefined,
  ].filter(Boolean);

  const sections = [
    `# ${inline(answer.title)}`,
    links.length ? `Ticket: ${links.join(' · ')}` : '',
    `## Problem\n\n${block(answer.problem)}`,
    `## Acceptance criteria\n\n${bullets(answer.acceptanceCriteria)}`,
    `## Scope\n\nThe implementation may change these files and no others.\n\n${scopeList(answer)}`,
    `## Plan\n\n${answer.plan.map((step, i) => `${i + 1}. ${inline(step)}`).join('\n')}`,
    `## Tests\n\n${bullets(answer.tests, 'No new tests proposed.')}`,
    `## Risks\n\n${bullets(answer.risks, 'None identified.')}`,
    `## Checklist\n\n${answer.checklist.map((item) => `- [ ] ${inline(item)}`).join('\n')}`,
    meta.notes.length ? `## Notes\n\n${bullets(meta.notes)}` : '',
  ];
  return `---\n${stringifyYaml(front, { lineWidth: 0 })}---\n\n${sections.filter(Boolean).join('\n\n')}\n`;
}

export type ParsedSpec =
  { ok: true; front: SpecFrontMatter; body: string } | { ok: false; error: string };

export function parseSpec(text: string): ParsedSpec {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match)
    return { ok: false, error: 'The spec has no front matter (a block between --- lines)' };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    return { ok: false, error: `The spec's front matter is not valid YAML: ${String(error)}` };
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: `The spec's front matter: ${first?.path.join('.') || '(root)'}: ${first?.message}`,
    };
  }
  return { ok: true, front: parsed.data, body: match[2] ?? '' };
}

/** The checklist items of a spec body, for the PR description. */
export function specChecklist(body: string): string[] {
  return [...body.matchAll(/^- \[[ xX]\] (.+)$/gm)].map((m) => m[1] ?? '');
}

function bullets(items: readonly string[], empty = ''): string {
  return items.length ? items.map((item) => `- ${inline(item)}`).join('\n') : empty;
}

function scopeList(answer: SpecAnswer): string {
  return answer.scope
    .map((e) => `- ${codeSpan(e.path)} (${e.change}): ${inline(e.reason)}`)
    .join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** One line of the model's text, with what a formatter would rewrite escaped. */
function inline(text: string): string {
  return escapeLine(oneLine(text));
}

/**
 * Paragraphs of the model's text: fenced code kept as it is; elsewhere lines
 * lose trailing spaces, blank runs become one blank line, and each line is escaped.
 */
function block(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of text.replace(/\r\n?/g, '\n').trim().split('\n')) {
    const opens = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      out.push(raw);
      if (opens && opens[0] === fence[0] && opens.length >= fence.length && raw.trim() === opens)
        fence = undefined;
    } else if (opens) {
      fence = opens;
      out.push(raw.trimEnd());
    } else {
      const line = raw.trimEnd();
      if (line === '' && out.at(-1) === '') continue;
      out.push(escapeLine(line));
    }
  }
  return out.join('\n');
}

/**
 * Writes the model's text so that it renders as what it says and no formatter
 * rewrites it: code spans are kept; a word that is code (it holds a backslash,
 * or `_` or `*` inside it: `normalize_and_validate`, `.before\:bottom-1\/2`)
 * becomes a code span, which needs no escape; elsewhere `*`, `_` and a leading
 * `+` (emphasis and list markers Prettier rewrites) are escaped.
 */
function escapeLine(line: string): string {
  let out = '';
  let text = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = findRun(line, run.length, i + run.length);
      if (close === -1) {
        text += run;
        i += run.length;
        continue;
      }
      out += escapeText(text) + line.slice(i, close + run.length);
      text = '';
      i = close + run.length;
    } else {
      text += c;
      i += 1;
    }
  }
  return (out + escapeText(text)).replace(/^(\s*)\+(?=\s|$)/, '$1\\+');
}

/** Text outside code spans, a word at a time (spaces kept as they are). */
function escapeText(text: string): string {
  return text.replace(/\S+/g, (word) => {
    const [, lead = '', body = '', punctuation = ''] =
      /^([(["']*)(.*?)([.,;:!?"']*)$/.exec(word) ?? [];
    // A closing bracket belongs to the code when the code opened it: `f(x)`, `a[0]`.
    let core = body;
    let trail = punctuation;
    while (/[)\]]$/.test(core) && unbalanced(core)) {
      trail = core.slice(-1) + trail;
      core = core.slice(0, -1);
    }
    if (core && (core.includes('\\') || /[\w./-][_*]+[\w./-]/.test(core)))
      return `${lead}${codeSpan(core)}${trail}`;
    return word.replace(/[*_]/g, (m) => `\\${m}`);
  });
}

function unbalanced(text: string): boolean {
  const count = (c: string) => text.split(c).length - 1;
  return count(')') > count('(') || count(']') > count('[');
}

/** Where the next run of exactly `length` backticks starts, or -1. */
function findRun(line: string, length: number, from: number): number {
  for (const match of line.slice(from).matchAll(/`+/g)) {
    if (match[0].length === length) return from + match.index;
  }
  return -1;
}

/** A path as inline code, fenced the way Prettier fences it. */
function codeSpan(text: string): string {
  const runs = new Set([...text.matchAll(/`+/g)].map((m) => m[0].length));
  let ticks = 1;
  while (runs.has(ticks)) ticks += 1;
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  const fence = '`'.repeat(ticks);
  return `${fence}${pad}${text}${pad}${fence}`;
}
