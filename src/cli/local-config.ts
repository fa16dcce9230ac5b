import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE, ConfigError, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { CliError, EXIT } from './cli-error.js';

/** Environment variables the CLI reads, by configuration key. */
export const ENV_KEYS: Record<string, string> = {
  'github-token': 'GITHUB_TOKEN',
  'openai-api-key': 'OPENAI_API_KEY',
  'openai-base-url': 'OPENAI_BASE_URL',
  model: 'SPECGATE_MODEL',
  'jira-base-url': 'JIRA_BASE_URL',
  'jira-email': 'JIRA_EMAIL',
  'jira-api-token': 'JIRA_API_TOKEN',
};

/** The repo's .github/specgate.yml plus the environment, through the Action's own schema. */
export async function loadLocalConfig(
  repo: string,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void = () => undefined,
): Promise<Config> {
  const inputs = Object.fromEntries(
    Object.entries(ENV_KEYS).map(([key, name]) => [key, env[name]]),
  );
  const file = await readFile(path.join(repo, CONFIG_FILE), 'utf8').catch(() => undefined);
  try {
    return loadConfig(inputs, file, (w) =>
      warn(w.replace(/the action input "[^"]+"/, (input) => envName(input))),
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      const problems = error.problems.map((p) => p.replace(/\(action input\)/g, '(environment)'));
      throw new CliError(
        EXIT.config,
        `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
    throw error;
  }
}

export function requireModel(env: NodeJS.ProcessEnv): void {
  if (!env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
    throw new CliError(
      EXIT.config,
      'No model is configured. Set OPENAI_API_KEY to use OpenAI, or OPENAI_BASE_URL (with SPECGATE_MODEL) for any ' +
        'OpenAI-compatible endpoint, e.g. OPENAI_BASE_URL=http://localhost:11434/v1 SPECGATE_MODEL=qwen2.5-coder:14b for Ollama.',
    );
  }
}

/** "the action input "model"" as the CLI says it: the environment variable. */
function envName(phrase: string): string {
  const key = /"([^"]+)"/.exec(phrase)?.[1] ?? '';
  return ENV_KEYS[key] ? `the environment variable ${ENV_KEYS[key]}` : phrase;
}
