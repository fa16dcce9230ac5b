import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  ALL_KEYS,
  configSchema,
  INPUT_ONLY_KEYS,
  POLICY_KEYS,
  policyFileSchema,
  type Config,
} from './schema.js';

export const CONFIG_FILE = '.github/specgate.yml';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid specgate configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Merges the repo's policy file with the action inputs (an input that is set
 * wins) and validates both with the one schema. Every problem is reported,
 * naming the key, where it came from and what is allowed.
 */
export function loadConfig(inputs: Record<string, string | undefined>, fileText?: string): Config {
  const problems: string[] = [];
  const fromFile = parsePolicyFile(fileText, problems);
  const fromInputs = Object.fromEntries(
    Object.entries(inputs).filter(
      (entry): entry is [string, string] => (entry[1] ?? '').trim() !== '',
    ),
  );
  for (const key of Object.keys(fromInputs)) {
    if (!ALL_KEYS.includes(key))
      problems.push(`input "${key}" is not a specgate input; known inputs: ${ALL_KEYS.join(', ')}`);
  }
  if (problems.length) throw new ConfigError(problems);

  const merged = { ...fromFile, ...fromInputs };
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) =>
        describe(
          issue,
          (key) => (key in fromFile && !(key in fromInputs) ? CONFIG_FILE : 'action input'),
          merged,
        ),
      ),
    );
  }
  return parsed.data;
}

function parsePolicyFile(text: string | undefined, problems: string[]): Record<string, unknown> {
  if (text === undefined || text.trim() === '') return {};
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    problems.push(
      `${CONFIG_FILE} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
    return {};
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`${CONFIG_FILE} must be a mapping of keys to values`);
    return {};
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (INPUT_ONLY_KEYS.includes(key)) {
      problems.push(
        `"${key}" in ${CONFIG_FILE}: secrets and per-run values belong in the workflow's action inputs, not in the repository`,
      );
    }
  }
  const policyOnly = Object.fromEntries(
    Object.entries(record).filter(([k]) => !INPUT_ONLY_KEYS.includes(k)),
  );
  const parsed = policyFileSchema.safeParse(policyOnly);
  if (!parsed.success)
    problems.push(
      ...parsed.error.issues.map((issue) => describe(issue, () => CONFIG_FILE, policyOnly)),
    );
  return policyOnly;
}

function describe(
  issue: z.core.$ZodIssue,
  sourceOf: (key: string) => string,
  given: Record<string, unknown>,
): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map(
        (key) =>
          `unknown key "${key}" in ${sourceOf(key)}; allowed keys: ${POLICY_KEYS.join(', ')}`,
      )
      .join('\n- ');
  }
  const key = String(issue.path[0] ?? '(root)');
  const where = issue.path.length > 1 ? `${key}[${issue.path.slice(1).join('.')}]` : key;
  const message = issue.code === 'invalid_type' && !(key in given) ? 'is required' : issue.message;
  return `"${where}" (${sourceOf(key)}): ${message}`;
}
