import { parseDestination } from '../core/network-allowlist.js';
import { z } from 'zod';

/**
 * One schema for action inputs and `.github/specgate.yml`. Keys are spelled
 * the same in both places. Inputs arrive as strings, so numbers and lists
 * accept their string forms too.
 */
const int = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: `expected a whole number from ${min} to ${max}` })
      .int({ error: `expected a whole number from ${min} to ${max}` })
      .min(min, { error: `expected a whole number from ${min} to ${max}` })
      .max(max, { error: `expected a whole number from ${min} to ${max}` }),
  );

const list = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(/[\n,]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.string().trim().min(1), { error: 'expected a list of strings' }),
);

const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const text = (max = 200) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

/**
 * A repository path in which `{ticket}` stands for the ticket's id. A path
 * without it is accepted (one file shared by every ticket), as before.
 */
const specPathTemplate = z
  .string()
  .trim()
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))(?:[\w./-]|\{ticket\})+$/, {
    error:
      'expected a relative path inside the repository, with {ticket} where the ticket id goes (such as specs/{ticket}/spec.md)',
  })
  .transform((v) => v.replace(/^(?:\.\/)+/, ''))
  .refine((v) => v.split('/').every((part) => part !== '' && part !== '.'), {
    error: 'expected the path of a file, such as specs/{ticket}/spec.md',
  });

const branchPrefix = z
  .string()
  .trim()
  .regex(/^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]{1,50}$/, {
    error: 'expected letters, digits, ".", "_", "-" and "/" (a valid git branch prefix)',
  });

const bool = z.preprocess(
  (v) => (typeof v === 'string' ? ({ true: true, false: false }[v.trim().toLowerCase()] ?? v) : v),
  z.boolean({ error: 'expected true or false' }),
);

const money = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
  z.number({ error: 'expected an amount in US dollars, such as 2.50' }).min(0).max(10_000),
);

/** A command line, split into arguments without a shell (quotes group words). */
const command = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(1000)
  .refine((v) => !/[\n\r\0]/.test(v), { error: 'must be one line' });

const price = z.strictObject({
  input: z.number({ error: 'expected USD per million input tokens' }).min(0),
  output: z.number({ error: 'expected USD per million output tokens' }).min(0),
});

/** Per-model prices in USD per million tokens; an input gives them as JSON. */
const prices = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  },
  z.record(z.string(), price, {
    error: 'expected a map of model name to { input, output } prices',
  }),
);

/** Policy: may come from the repo file or from inputs. */
export const policyShape = {
  'trigger-label': text(50).default('specgate'),
  model: text(100).default('gpt-4.1'),
  'openai-base-url': url.default('https://api.openai.com/v1'),
  'model-timeout-seconds': int(5, 900).default(120),
  'rate-limit-wait-seconds': int(0, 3600).default(120),
  'notify-budget-seconds': int(1, 300).default(10),
  'spec-path': specPathTemplate.default('specs/{ticket}/spec.md'),
  'branch-prefix': branchPrefix.default('specgate/'),
  'spec-authors': list.default([]),
  'max-scope-files': int(1, 100).default(15),
  'denied-paths': list.default([]),
  'context-tokens': int(1000, 200000).default(16000),
  'spec-attempts': int(1, 5).default(2),
  'jira-base-url': url.optional(),
  'jira-project-keys': list.default([]),
  'jira-acceptance-criteria-field': z
    .string()
    .trim()
    .regex(/^customfield_\d+$/, { error: 'expected a Jira field id such as customfield_10035' })
    .optional(),
  'jira-status-spec-review': text().optional(),
  'slack-channel': text(80).optional(),
  'slack-api-url': url.default('https://slack.com/api/'),
  'test-command': command.optional(),
  'lint-command': command.optional(),
  'build-command': command.optional(),
  'qa-timeout-seconds': int(10, 7200).default(900),
  'qa-env-passthrough': list.default([]),
  'qa-isolation': z
    .enum(['auto', 'required', 'none'], { error: 'expected auto, required or none' })
    .default('auto'),
  'qa-home': list
    .pipe(
      z.array(
        z.string().regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+$/, {
          error: 'expected folders relative to HOME, such as .cache/my-tool',
        }),
      ),
    )
    .default([]),
  'qa-network': list
    .transform((entries, ctx) =>
      entries.map((entry) => {
        const parsed = parseDestination(entry);
        if ('error' in parsed) {
          ctx.addIssue({ code: 'custom', message: parsed.error });
          return { host: '', port: 0 };
        }
        return parsed;
      }),
    )
    .default([]),
  'repair-rounds': int(0, 5).default(2),
  reviewer: bool.default(false),
  reviewers: list.default([]),
  'max-turns': int(1, 500).default(40),
  'max-tokens': int(1000, 50_000_000).default(1_000_000),
  'max-cost-usd': money.default(5),
  'max-minutes': int(1, 600).default(30),
  'model-prices': prices.default({}),
  'draft-on-failure': bool.default(true),
  'commit-convention': z
    .enum(['auto', 'conventional', 'plain'], { error: 'expected auto, conventional or plain' })
    .default('auto'),
  'jira-status-in-review': text().optional(),
  'jira-status-done': text().optional(),
  'dry-run': bool.default(false),
  'spec-timeout-hours': int(1, 8760).default(24),
  'pr-timeout-hours': int(1, 8760).default(48),
  'close-on-timeout': bool.default(false),
} as const;

/** Secrets and per-run values: action inputs only, never in the repo file. */
export const inputOnlyShape = {
  'github-token': z.string().optional(),
  'openai-api-key': z.string().optional(),
  'slack-token': z.string().optional(),
  'jira-email': z.string().optional(),
  'jira-api-token': z.string().optional(),
  issue: int(1, 1_000_000_000).optional(),
  'jira-key': z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,9}$/, {
      error: 'expected a Jira key such as ABC-123',
    })
    .optional(),
} as const;

export const configSchema = z.strictObject({ ...policyShape, ...inputOnlyShape });

/**
 * Who owns each setting. `operator`: where the operator's credentials go
 * (endpoints, channels) — the app's environment, the workflow's inputs or
 * the CLI's environment, never a repository's file. `repository`: policy,
 * from `.github/specgate.yml` or an input. `input`: secrets and per-run
 * values, inputs only. Every key must be listed (the type says so).
 */
export const KEY_OWNERS = {
  'trigger-label': 'repository',
  model: 'repository',
  'openai-base-url': 'operator',
  'model-timeout-seconds': 'repository',
  'rate-limit-wait-seconds': 'repository',
  'notify-budget-seconds': 'repository',
  'spec-path': 'repository',
  'branch-prefix': 'repository',
  'spec-authors': 'repository',
  'max-scope-files': 'repository',
  'denied-paths': 'repository',
  'context-tokens': 'repository',
  'spec-attempts': 'repository',
  'jira-base-url': 'operator',
  'jira-project-keys': 'repository',
  'jira-acceptance-criteria-field': 'repository',
  'jira-status-spec-review': 'repository',
  'slack-channel': 'operator',
  'slack-api-url': 'operator',
  'test-command': 'repository',
  'lint-command': 'repository',
  'build-command': 'repository',
  'qa-timeout-seconds': 'repository',
  'qa-env-passthrough': 'repository',
  'qa-isolation': 'repository',
  'qa-home': 'repository',
  'qa-network': 'repository',
  'repair-rounds': 'repository',
  reviewer: 'repository',
  reviewers: 'repository',
  'max-turns': 'repository',
  'max-tokens': 'repository',
  'max-cost-usd': 'repository',
  'max-minutes': 'repository',
  'model-prices': 'repository',
  'draft-on-failure': 'repository',
  'commit-convention': 'repository',
  'jira-status-in-review': 'repository',
  'jira-status-done': 'repository',
  'dry-run': 'repository',
  'spec-timeout-hours': 'repository',
  'pr-timeout-hours': 'repository',
  'close-on-timeout': 'repository',
  'github-token': 'input',
  'openai-api-key': 'input',
  'slack-token': 'input',
  'jira-email': 'input',
  'jira-api-token': 'input',
  issue: 'input',
  'jira-key': 'input',
} as const satisfies Record<keyof typeof policyShape | keyof typeof inputOnlyShape, string>;

/** Settings a repository's file may never set: they route the operator's credentials. */
export const OPERATOR_KEYS: readonly string[] = Object.entries(KEY_OWNERS)
  .filter(([, owner]) => owner === 'operator')
  .map(([key]) => key);
export const policyFileSchema = z.strictObject(policyShape).partial();

export type Config = z.infer<typeof configSchema>;
export const POLICY_KEYS = Object.keys(policyShape);
export const INPUT_ONLY_KEYS = Object.keys(inputOnlyShape);
export const ALL_KEYS = [...POLICY_KEYS, ...INPUT_ONLY_KEYS];

/** Inputs whose values are masked in logs and redacted from everything posted. */
export const SECRET_INPUTS = [
  'github-token',
  'openai-api-key',
  'slack-token',
  'jira-api-token',
] as const;
