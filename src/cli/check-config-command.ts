import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { splitCommand } from '../qa/command-line.js';
import { ENV_KEYS } from './local-config.js';
import { compareWorkflows, readWorkflows } from './workflow-check.js';

export interface Check {
  /** False fails the command (exit 3). */
  ok: boolean;
  /** Works, but deserves a look: shown with ! instead of ✓. */
  warning?: boolean;
  what: string;
  detail: string;
}

/** `specgate check-config`: what is set, what is missing, what is wrong, and how to fix it. */
export async function checkConfig(
  config: Config,
  env: NodeJS.ProcessEnv,
  repoRoot: string,
): Promise<Check[]> {
  const checks: Check[] = [
    {
      ok: true,
      what: 'configuration',
      detail: '.github/specgate.yml and the environment are valid',
    },
  ];
  const hasModel = Boolean(env.OPENAI_API_KEY || env.OPENAI_BASE_URL);
  checks.push({
    ok: hasModel,
    what: 'model',
    detail: hasModel
      ? `${config.model} at ${config['openai-base-url']}`
      : 'not configured: set OPENAI_API_KEY, or OPENAI_BASE_URL and SPECGATE_MODEL for another OpenAI-compatible endpoint',
  });
  const jira = ['jira-base-url', 'jira-email', 'jira-api-token'] as const;
  const missing = jira.filter((key) => !config[key]).map((key) => ENV_KEYS[key] ?? key);
  checks.push({
    ok: missing.length === 0 || missing.length === jira.length,
    what: 'jira',
    detail:
      missing.length === jira.length
        ? 'not configured (optional)'
        : missing.length
          ? `incomplete: also set ${missing.join(', ')}`
          : `${config['jira-base-url']}`,
  });
  for (const name of ['test-command', 'lint-command', 'build-command'] as const) {
    const line = config[name];
    if (!line) continue;
    try {
      const [program = ''] = splitCommand(line);
      const found = await onPath(program, env.PATH ?? '');
      checks.push({ ok: found, what: name, detail: found ? line : `${program} is not on PATH` });
    } catch (error) {
      checks.push({
        ok: false,
        what: name,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
  if (!config['test-command'] && !config['lint-command'] && !config['build-command']) {
    checks.push({
      ok: true,
      what: 'qa',
      detail: 'no QA commands configured: changes are not tested (set test-command)',
    });
  }
  for (const finding of compareWorkflows(await readWorkflows(repoRoot), config))
    checks.push({
      ok: finding.level !== 'error',
      ...(finding.level === 'warning' ? { warning: true } : {}),
      what: 'workflow',
      detail: finding.detail,
    });
  return checks;
}

async function onPath(program: string, pathList: string): Promise<boolean> {
  if (program.includes('/'))
    return access(program).then(
      () => true,
      () => false,
    );
  for (const dir of pathList.split(path.delimiter).filter(Boolean)) {
    if (
      await access(path.join(dir, program)).then(
        () => true,
        () => false,
      )
    )
      return true;
  }
  return false;
}

/** ✓ fine, ! works but deserves a look, ✗ must be fixed. */
export function checkMark(check: Check): string {
  return !check.ok ? '✗' : check.warning ? '!' : '✓';
}
