import { z } from 'zod';

/** Where a Jira ticket goes: by a `[identifier]` prefix in its summary, else by project key. */
export interface JiraRoute {
  match: { prefix: string } | { project: string };
  owner: string;
  repo: string;
}

/** The app's configuration, read once from the environment at start. */
export interface AppSettings {
  appId: string;
  privateKey: string;
  webhookSecret: string;
  webhookPath: string;
  port: number;
  host?: string;
  /** The GitHub REST API: api.github.com, or `<GHE_PROTOCOL>://<GHE_HOST>/api/v3`. */
  githubApiUrl: string;
  /** The workflow file dispatched when none of the repository's workflows names specgate. */
  workflowFile: string;
  /** The app's own values for the use cases it runs (Jira, Slack, limits), as config keys. */
  inputs: Record<string, string>;
  jira?: {
    webhookSecret: string;
    /** A ticket created with this label starts a spec. */
    label: string;
    /** A ticket moved to this status starts a spec. */
    status?: string;
    routes: JiraRoute[];
    baseUrl?: string;
  };
  slack?: { signingSecret: string };
  model: { configured: boolean };
  statusSecret?: string;
  /** PostgreSQL for the app's store (several replicas); without it, the embedded file. */
  databaseUrl?: string;
  /** Where the embedded store keeps its file. */
  dataDir: string;
  /** GitHub retries of the app's own clients (tests turn them off). */
  githubRetries?: number;
}

export class SettingsError extends Error {
  constructor(problems: string[]) {
    super(`Invalid specgate app environment:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const env = z.object({
  APP_ID: z.string().regex(/^\d+$/, 'the GitHub App id, a number'),
  WEBHOOK_SECRET: z.string().min(1, 'the GitHub App webhook secret'),
  WEBHOOK_PATH: optional,
  PORT: optional,
  HOST: optional,
  GHE_HOST: optional,
  GHE_PROTOCOL: optional,
  SPECGATE_WORKFLOW: optional,
  JIRA_WEBHOOK_SECRET: optional,
  JIRA_TRIGGER_LABEL: optional,
  JIRA_TRIGGER_STATUS: optional,
  JIRA_ROUTES: optional,
  JIRA_BASE_URL: optional,
  JIRA_EMAIL: optional,
  JIRA_API_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_CHANNEL: optional,
  SLACK_API_URL: optional,
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  STATUS_PAGE_SECRET: optional,
  DATABASE_URL: optional,
  SPECGATE_DATA_DIR: optional,
});

/**
 * Probot's standard variables plus specgate's own. The private key is read
 * by the caller (Probot's own reader handles PRIVATE_KEY and PRIVATE_KEY_PATH).
 */
export function readSettings(vars: NodeJS.ProcessEnv, privateKey: string | undefined): AppSettings {
  const parsed = env.safeParse(vars);
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (!privateKey) problems.push('PRIVATE_KEY or PRIVATE_KEY_PATH: the GitHub App private key');
  const port = Number(e.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push('PORT: a port number');
  if (e.DATABASE_URL !== undefined && !/^postgres(ql)?:\/\//.test(e.DATABASE_URL))
    problems.push('DATABASE_URL: a postgresql:// URL');
  if (e.STATUS_PAGE_SECRET !== undefined && e.STATUS_PAGE_SECRET.length < 16)
    problems.push('STATUS_PAGE_SECRET: at least 16 characters');
  const routes = parseRoutes(e.JIRA_ROUTES, problems);
  if (problems.length) throw new SettingsError(problems);
  const inputs: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value) inputs[key] = value;
  };
  put('jira-base-url', e.JIRA_BASE_URL);
  put('jira-email', e.JIRA_EMAIL);
  put('jira-api-token', e.JIRA_API_TOKEN);
  put('slack-token', e.SLACK_BOT_TOKEN);
  put('slack-channel', e.SLACK_CHANNEL);
  put('slack-api-url', e.SLACK_API_URL);
  put('openai-api-key', e.OPENAI_API_KEY);
  put('openai-base-url', e.OPENAI_BASE_URL);
  return {
    appId: e.APP_ID,
    privateKey: privateKey ?? '',
    webhookSecret: e.WEBHOOK_SECRET,
    webhookPath: e.WEBHOOK_PATH ?? '/api/github/webhooks',
    port,
    ...(e.HOST ? { host: e.HOST } : {}),
    githubApiUrl: e.GHE_HOST
      ? `${e.GHE_PROTOCOL ?? 'https'}://${e.GHE_HOST}/api/v3`
      : 'https://api.github.com',
    workflowFile: e.SPECGATE_WORKFLOW ?? 'specgate.yml',
    inputs,
    ...(e.JIRA_WEBHOOK_SECRET
      ? {
          jira: {
            webhookSecret: e.JIRA_WEBHOOK_SECRET,
            label: e.JIRA_TRIGGER_LABEL ?? 'specgate',
            ...(e.JIRA_TRIGGER_STATUS ? { status: e.JIRA_TRIGGER_STATUS } : {}),
            routes,
            ...(e.JIRA_BASE_URL ? { baseUrl: e.JIRA_BASE_URL } : {}),
          },
        }
      : {}),
    ...(e.SLACK_SIGNING_SECRET ? { slack: { signingSecret: e.SLACK_SIGNING_SECRET } } : {}),
    model: { configured: Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL) },
    ...(e.STATUS_PAGE_SECRET ? { statusSecret: e.STATUS_PAGE_SECRET } : {}),
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    dataDir: e.SPECGATE_DATA_DIR ?? 'data',
  };
}

const REPO = /^([\w.-]+)\/([\w.-]+)$/;

/** `ABC=acme/api, [web]=acme/web`: a project key or a `[identifier]`, then the repository. */
export function parseRoutes(text: string | undefined, problems: string[] = []): JiraRoute[] {
  const routes: JiraRoute[] = [];
  for (const entry of (text ?? '').split(',').map((part) => part.trim())) {
    if (!entry) continue;
    const [left = '', right = ''] = entry.split('=').map((part) => part.trim());
    const repo = REPO.exec(right);
    const prefix = /^\[([^\]\s]+)\]$/.exec(left)?.[1];
    const project = /^[A-Z][A-Z0-9_]{1,9}$/.test(left) ? left : undefined;
    if (!repo?.[1] || !repo[2] || (!prefix && !project)) {
      problems.push(`JIRA_ROUTES: "${entry}" is not KEY=owner/repo or [identifier]=owner/repo`);
      continue;
    }
    routes.push({
      match: prefix ? { prefix: prefix.toLowerCase() } : { project: project ?? '' },
      owner: repo[1],
      repo: repo[2],
    });
  }
  return routes;
}
