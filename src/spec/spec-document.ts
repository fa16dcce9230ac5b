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

/** A spec: machine-readable front matter, then the sections a person reads. */
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
    `# ${oneLine(answer.title)}`,
    links.length ? `Ticket: ${links.join(' · ')}` : '',
    `## Problem\n\n${answer.problem}`,
    `## Acceptance criteria\n\n${bullets(answer.acceptanceCriteria)}`,
    `## Scope\n\nThe implementation may change these files and no others.\n\n${scopeTable(answer)}`,
    `## Plan\n\n${answer.plan.map((step, i) => `${i + 1}. ${oneLine(step)}`).join('\n')}`,
    `## Tests\n\n${bullets(answer.tests, 'No new tests proposed.')}`,
    `## Risks\n\n${bullets(answer.risks, 'None identified.')}`,
    `## Checklist\n\n${answer.checklist.map((item) => `- [ ] ${oneLine(item)}`).join('\n')}`,
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
  return items.length ? items.map((item) => `- ${oneLine(item)}`).join('\n') : empty;
}

function scopeTable(answer: SpecAnswer): string {
  const rows = answer.scope.map((e) => `| \`${e.path}\` | ${e.change} | ${cell(e.reason)} |`);
  return ['| File | Change | Why |', '| --- | --- | --- |', ...rows].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}
