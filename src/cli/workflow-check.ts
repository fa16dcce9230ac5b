import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../config/schema.js';

export interface WorkflowFile {
  /** Path relative to the repository, e.g. .github/workflows/specgate.yml. */
  file: string;
  text: string;
}

/** What one comparison of a workflow with the configuration found. */
export interface WorkflowFinding {
  level: 'ok' | 'warning' | 'error';
  detail: string;
}

export const WORKFLOWS_DIR = '.github/workflows';

/** The repository's workflow files; none when the folder does not exist. */
export async function readWorkflows(repoRoot: string): Promise<WorkflowFile[]> {
  const dir = path.join(repoRoot, WORKFLOWS_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const files: WorkflowFile[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const text = await readFile(path.join(dir, name), 'utf8').catch(() => undefined);
    if (text !== undefined) files.push({ file: `${WORKFLOWS_DIR}/${name}`, text });
  }
  return files;
}

interface Job {
  if?: unknown;
  steps?: { uses?: unknown }[];
}

/** A value the `if:` compares with: a literal, or a repository variable with a literal fallback. */
interface Expected {
  literal: string;
  variable?: string;
}

const VALUE = String.raw`(?:\(?\s*vars\.([A-Za-z_][\w]*)\s*\|\|\s*)?'([^']*)'`;
const LABEL_TEST = new RegExp(String.raw`github\.event\.label\.name\s*==\s*${VALUE}`, 'g');
const PREFIX_TEST = new RegExp(
  String.raw`startsWith\(\s*[\w.-]*(?:head_ref|branch)[\w.-]*\s*,\s*${VALUE}`,
  'g',
);

/**
 * Compares the `if:` of every job that uses specgate with the configured
 * trigger label and branch prefix: an `if:` that tests another label or
 * prefix skips every run, silently.
 */
export function compareWorkflows(workflows: WorkflowFile[], config: Config): WorkflowFinding[] {
  const findings: WorkflowFinding[] = [];
  let jobs = 0;
  for (const { file, text } of workflows) {
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch {
      continue;
    }
    const all = (data as { jobs?: Record<string, Job> } | null)?.jobs;
    if (!all || typeof all !== 'object') continue;
    for (const [name, job] of Object.entries(all)) {
      if (!usesSpecgate(job)) continue;
      jobs++;
      const condition = typeof job.if === 'string' ? job.if : '';
      const where = `${file} (job ${name})`;
      findings.push(
        ...compare(where, 'trigger-label', 'label', config['trigger-label'], LABEL_TEST, condition),
        ...compare(
          where,
          'branch-prefix',
          'branch prefix',
          config['branch-prefix'],
          PREFIX_TEST,
          condition,
        ),
      );
    }
  }
  if (jobs === 0)
    return [
      {
        level: 'warning',
        detail: `no job in ${WORKFLOWS_DIR}/ uses specgate: the Action runs only from a workflow (see the README)`,
      },
    ];
  if (!findings.length)
    findings.push({ level: 'ok', detail: `the workflow matches trigger-label and branch-prefix` });
  return findings;
}

function usesSpecgate(job: Job): boolean {
  return (job.steps ?? []).some(
    (step) => typeof step.uses === 'string' && /(^|\/)specgate(@|$)/i.test(step.uses),
  );
}

function compare(
  where: string,
  key: string,
  what: string,
  configured: string,
  pattern: RegExp,
  condition: string,
): WorkflowFinding[] {
  const tests: Expected[] = [...condition.matchAll(pattern)].map((m) => ({
    literal: m[2] ?? '',
    ...(m[1] ? { variable: m[1] } : {}),
  }));
  const findings: WorkflowFinding[] = [];
  for (const test of tests) {
    if (test.literal === configured) continue;
    findings.push(
      test.variable
        ? {
            level: 'warning',
            detail: `${where} expects the ${what} from the repository variable ${test.variable}, else "${test.literal}"; ${key} is "${configured}": set ${test.variable} to "${configured}" in the repository's Actions variables`,
          }
        : {
            level: 'error',
            detail: `${where} runs only for the ${what} "${test.literal}", but ${key} is "${configured}": every run is skipped. Change the workflow's if: (or use vars.${key === 'trigger-label' ? 'SPECGATE_LABEL' : 'SPECGATE_BRANCH_PREFIX'} as the README's workflow does)`,
          },
    );
  }
  return dedupe(findings);
}

function dedupe(findings: WorkflowFinding[]): WorkflowFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.detail) && seen.add(f.detail));
}
