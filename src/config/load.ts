import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  ALL_KEYS,
  configSchema,
  INPUT_ONLY_KEYS,
  OPERATOR_KEYS,
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
 * wins) and validates both with the one schema. Every problem is reported at
 * once, naming the key, where it came from and what is allowed. A value of
 * the file that an input overrides does not count: if it is invalid, `warn`
 * is told, and the run goes on with the input.
 */
export function loadConfig(
  inputs: Record<string, string | undefined>,
  fileText?: string,
  warn: (message: string) => void = () => undefined,
): Config {
  const problems: string[] = [];
  const fromInputs = Object.fromEntries(
    Object.entries(inputs).filter(
      (entry): entry is [string, string] => (entry[1] ?? '').trim() !== '',
    ),
  );
  for (const key of Object.keys(fromInputs)) {
    if (!ALL_KEYS.includes(key))
      problems.push(`input "${key}" is not a specgate input; known inputs: ${ALL_KEYS.join(', ')}`);
  }
  const file = parsePolicyFile(fileText);
  problems.push(...file.problems);
  for (const key of OPERATOR_KEYS) {
    if (!(key in file.values)) continue;
    // Where the operator's credentials go is never the repository's to say.
    warn(
      `"${key}" in ${CONFIG_FILE} is ignored: it decides where the operator's credentials go, ` +
        "so only the operator sets it (the workflow's inputs, the app's or the command line's environment)",
    );
    delete file.values[key];
    file.invalid.delete(key);
  }
  for (const [key, messages] of file.invalid) {
    if (key in fromInputs)
      for (const message of messages)
        warn(`${message} (ignored: the action input "${key}" is set and wins)`);
    else problems.push(...messages);
  }

  // Unknown and invalid values are reported above (or overridden): only the others are merged.
  const merged = {
    ...Object.fromEntries(Object.entries(file.values).filter(([key]) => !file.invalid.has(key))),
    ...Object.fromEntries(Object.entries(fromInputs).filter(([key]) => ALL_KEYS.includes(key))),
  };
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    problems.push(
      ...parsed.error.issues.map((issue) =>
        describe(
          issue,
          (key) => (key in file.values && !(key in fromInputs) ? CONFIG_FILE : 'action input'),
          merged,
        ),
      ),
    );
  }
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  return parsed.data;
}

interface PolicyFile {
  values: Record<string, unknown>;
  /** Problems of the file as a whole (not YAML, not a mapping, secrets in it). */
  problems: string[];
  /** Problems of single keys, by key: an input of the same key overrides them. */
  invalid: Map<string, string[]>;
}

function parsePolicyFile(text: string | undefined): PolicyFile {
  const result: PolicyFile = { values: {}, problems: [], invalid: new Map() };
  if (text === undefined || text.trim() === '') return result;
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    result.problems.push(
      `${CONFIG_FILE} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    result.problems.push(`${CONFIG_FILE} must be a mapping of keys to values`);
    return result;
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (INPUT_ONLY_KEYS.includes(key)) {
      result.problems.push(
        `"${key}" in ${CONFIG_FILE}: secrets and per-run values belong in the workflow's action inputs, not in the repository`,
      );
    }
  }
  result.values = Object.fromEntries(
    Object.entries(record).filter(([k]) => !INPUT_ONLY_KEYS.includes(k)),
  );
  const parsed = policyFileSchema.safeParse(result.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys =
        issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '(root)')];
      const message = describe(issue, () => CONFIG_FILE, result.values);
      // An unknown key is a problem whatever the inputs say.
      if (issue.code === 'unrecognized_keys') result.problems.push(message);
      for (const key of keys) {
        if (issue.code === 'unrecognized_keys') result.invalid.set(key, []);
        else result.invalid.set(key, [...(result.invalid.get(key) ?? []), message]);
      }
    }
  }
  return result;
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
