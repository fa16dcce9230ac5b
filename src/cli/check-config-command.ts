import { access } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { splitCommand } from '../qa/command-line.js';
import { ENV_KEYS } from './local-config.js';
import { publicUrl } from '../core/public-url.js';
import { probeModel } from './model-probe.js';
import { compareWorkflows, readWorkflows } from './workflow-check.js';
import type { Check, CheckOptions } from './check-marks.js';

export type { Check, CheckOptions } from './check-marks.js';

/** `specgate check-config`: what is set, what is missing, what is wrong, and how to fix it. */
export async function checkConfig(
  config: Config,
  env: NodeJS.ProcessEnv,
  options: CheckOptions,
): Promise<Check[]> {
  const { repoRoot } = options;
  const hasFile = await access(path.join(repoRoot, CONFIG_FILE)).then(
    () => true,
    () => false,
  );
  const checks: Check[] = [
    options.isRepository
      ? { ok: true, what: 'repository', detail: repoRoot }
      : {
          ok: false,
          what: 'repository',
          detail: `${repoRoot} is not a git repository: run specgate in a checkout, or pass --repo DIR`,
        },
    {
      ok: true,
      what: 'configuration',
      detail: hasFile
        ? `${CONFIG_FILE} and the environment are valid`
        : `no ${CONFIG_FILE}: specgate's defaults are used (the environment is valid)`,
    },
  ];
  const hasModel = Boolean(env.OPENAI_API_KEY || env.OPENAI_BASE_URL);
  checks.push({
    ok: hasModel,
    what: 'model',
    detail: hasModel
      ? `${config.model} at ${publicUrl(config['openai-base-url'])}`
      : 'not configured: set OPENAI_API_KEY, or OPENAI_BASE_URL and SPECGATE_MODEL for another OpenAI-compatible endpoint',
  });
  if (hasModel && !options.offline) {
    const probe = await probeModel(config['openai-base-url'], config['openai-api-key']);
    checks.push({ ok: probe.reachable, what: 'model endpoint', detail: probe.detail });
  } else if (hasModel) {
    checks.push({
      ok: true,
      warning: true,
      what: 'model endpoint',
      detail: 'not probed (--offline)',
    });
  }
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
      warning: true,
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
