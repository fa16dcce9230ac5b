import type { Redactor } from '../core/redact.js';
import { NotifyBudget, NotifyBudgetError, type FailureAdvice } from '../notify/notify-budget.js';
import type { Ticket, Tracker } from '../ports.js';
import { adfToMarkdown } from '../core/adf-to-markdown.js';
import { markdownToAdf } from './markdown-to-adf.js';

export interface JiraOptions {
  baseUrl: string;
  email: string;
  apiToken: string;
  acceptanceCriteriaField?: string;
}

export class TrackerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrackerError';
  }
}

type Sdk = typeof import('jira.js');
type CloudClient = ReturnType<Sdk['createCloudClient']>;

/** Jira Cloud (REST v3, ADF) through jira.js. Every text it posts is redacted. */
export class JiraTracker implements Tracker {
  private connection: Promise<{ sdk: Sdk; client: CloudClient }> | undefined;

  constructor(
    private readonly options: JiraOptions,
    private readonly redactor: Redactor,
    private readonly budget = new NotifyBudget(10),
  ) {}

  browseUrl(key: string): string {
    return `${this.options.baseUrl.replace(/\/+$/, '')}/browse/${key}`;
  }

  async getTicket(key: string): Promise<Ticket> {
    const field = this.options.acceptanceCriteriaField;
    const issue = await this.call(`read ${key}`, key, (client) =>
      client.issues.getIssue({
        issueIdOrKey: key,
        fields: [
          'summary',
          'description',
          'priority',
          'labels',
          'status',
          ...(field ? [field] : []),
        ],
      }),
    );
    const fields = (issue.fields ?? {}) as Record<string, unknown>;
    const criteria = field ? fields[field] : undefined;
    const priority = nameOf(fields.priority);
    const status = nameOf(fields.status);
    return {
      key: issue.key ?? key,
      url: this.browseUrl(key),
      summary: typeof fields.summary === 'string' ? fields.summary : '',
      description: adfToMarkdown(fields.description),
      ...(criteria !== undefined && criteria !== null
        ? { acceptanceCriteria: adfToMarkdown(criteria) }
        : {}),
      ...(priority ? { priority } : {}),
      ...(status ? { status } : {}),
      labels: Array.isArray(fields.labels)
        ? fields.labels.filter((l): l is string => typeof l === 'string')
        : [],
    };
  }

  async comment(key: string, markdown: string): Promise<void> {
    await this.call(`comment on ${key}`, key, (client) =>
      client.issueComments.addComment({
        issueIdOrKey: key,
        body: markdownToAdf(this.redactor.redact(markdown)),
      }),
    );
  }

  async transition(key: string, statusName: string): Promise<boolean> {
    const wanted = statusName.trim().toLowerCase();
    const { transitions = [] } = await this.call(`list transitions of ${key}`, key, (client) =>
      client.issues.getTransitions({ issueIdOrKey: key }),
    );
    const match = transitions.find(
      (t) => t.to?.name?.toLowerCase() === wanted || t.name?.toLowerCase() === wanted,
    );
    if (!match?.id) return false;
    await this.call(`move ${key} to ${statusName}`, key, (client) =>
      client.issues.doTransition({ issueIdOrKey: key, transition: { id: match.id } }),
    );
    return true;
  }

  async linkPullRequest(key: string, pull: { url: string; title: string }): Promise<void> {
    // globalId makes the link idempotent: a second run updates it.
    await this.call(`link the pull request to ${key}`, key, (client) =>
      client.issueRemoteLinks.createOrUpdateRemoteIssueLink({
        issueIdOrKey: key,
        globalId: pull.url,
        application: { type: 'com.github', name: 'GitHub' },
        relationship: 'implemented in',
        object: { url: pull.url, title: this.redactor.redact(pull.title) },
      }),
    );
  }

  // jira.js builds a schema per endpoint when loaded (a third of a second):
  // load it only for runs that talk to Jira.
  private connect(): Promise<{ sdk: Sdk; client: CloudClient }> {
    this.connection ??= import('jira.js').then((sdk) => ({
      sdk,
      client: sdk.createCloudClient({
        host: this.options.baseUrl,
        auth: { type: 'basic', email: this.options.email, apiToken: this.options.apiToken },
        // One attempt per call: retries and waits belong to the run's notification budget.
        retry: { maxAttempts: 1 },
        onSchemaMismatch: 'silent',
      }),
    }));
    return this.connection;
  }

  private async call<T>(
    action: string,
    key: string,
    request: (client: CloudClient) => Promise<T>,
  ): Promise<T> {
    const { sdk, client } = await this.connect();
    try {
      return await this.budget.call(
        'Jira',
        () => request(client),
        (error) => advise(error, sdk),
      );
    } catch (error) {
      throw new TrackerError(`could not ${action}: ${describe(error, key, sdk)}`);
    }
  }
}

function advise(error: unknown, sdk: Sdk): FailureAdvice {
  if (sdk.isRateLimitError(error)) {
    const waitMs = error.retryAfterMs;
    return { retry: true, ...(waitMs !== undefined ? { waitMs } : {}) };
  }
  return { retry: sdk.isServerError(error) || (sdk.isNetworkError(error) && error.transient) };
}

function describe(error: unknown, key: string, sdk: Sdk): string {
  if (error instanceof TrackerError || error instanceof NotifyBudgetError) return error.message;
  if (sdk.isNotFoundError(error)) return `Jira has no ticket ${key}, or this account cannot see it`;
  if (sdk.isAuthError(error))
    return 'Jira rejected the credentials (check jira-email and jira-api-token)';
  if (sdk.isForbiddenError(error)) return 'the Jira account lacks permission';
  if (sdk.isRateLimitError(error)) return "Jira's rate limit was hit";
  if (sdk.isNetworkError(error)) return 'Jira is unreachable';
  return error instanceof Error ? error.message : String(error);
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'name' in value) {
    const name = value.name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}
