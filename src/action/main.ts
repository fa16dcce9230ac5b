import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Redactor } from '../core/redact.js';
import { CONFIG_FILE, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { createGitHubClient } from '../github/client.js';
import { GitHubCodeHost } from '../github/code-host.js';
import { Git } from '../git/git.js';
import { JiraTracker } from '../jira/jira-tracker.js';
import { OpenAiModel } from '../model/openai-model.js';
import type { Logger, RepoRef } from '../ports.js';
import { SlackChat } from '../slack/slack-chat.js';
import { planTicket, type PlanOutcome, type PlanRequest } from '../usecases/plan-ticket.js';
import { parseEvent, type ActionEvent } from './events.js';
import { readInputs, SECRET_INPUTS } from './inputs.js';
import { writeSummary } from './summary.js';

const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

const log: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
};

/** The Action's entry: adapts the runner's environment into a use-case call. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const config = loadConfig(inputs, await readOptional(path.join(workspace, CONFIG_FILE)));
    const event = parseEvent(env.GITHUB_EVENT_NAME, await readEventPayload(env.GITHUB_EVENT_PATH));
    if (event.kind === 'ignored') {
      core.info(`Nothing to do: ${event.reason}.`);
      core.setOutput('state', 'SKIPPED');
      return;
    }
    const repo = repoFromEnv(env.GITHUB_REPOSITORY);
    const outcome = await planTicket(toRequest(event, config), buildDeps(config, repo, workspace, env));
    await writeSummary(outcome, Boolean(env.GITHUB_STEP_SUMMARY));
    if (outcome.failed) core.setFailed(outcome.message);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

function toRequest(event: Exclude<ActionEvent, { kind: 'ignored' }>, config: Config): PlanRequest {
  if (event.kind === 'issue-labeled') {
    return { trigger: 'label', actor: event.actor, label: event.label, issueNumber: event.issueNumber };
  }
  // Action inputs (the workflow's `with:`) win over the raw dispatch inputs; both are validated.
  const fallback = loadConfig({ 'github-token': config['github-token'], issue: event.issue, 'jira-key': event.jiraKey });
  const issueNumber = config.issue ?? fallback.issue;
  const jiraKey = config['jira-key'] ?? fallback['jira-key'];
  return {
    trigger: 'dispatch',
    actor: event.actor,
    ...(issueNumber !== undefined ? { issueNumber } : {}),
    ...(jiraKey ? { jiraKey } : {}),
  };
}

function buildDeps(config: Config, repo: RepoRef, workspace: string, env: NodeJS.ProcessEnv) {
  const redactor = new Redactor(SECRET_INPUTS.map((key) => config[key]));
  const octokit = createGitHubClient({
    token: config['github-token'],
    baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    log,
  });
  const jira =
    config['jira-base-url'] && config['jira-email'] && config['jira-api-token']
      ? new JiraTracker(
          {
            baseUrl: config['jira-base-url'],
            email: config['jira-email'],
            apiToken: config['jira-api-token'],
            acceptanceCriteriaField: config['jira-acceptance-criteria-field'],
          },
          redactor,
        )
      : undefined;
  const slack =
    config['slack-token'] && config['slack-channel']
      ? new SlackChat({ token: config['slack-token'], channel: config['slack-channel'], apiUrl: config['slack-api-url'] }, redactor)
      : undefined;
  return {
    host: new GitHubCodeHost(octokit, repo, redactor),
    git: new Git({
      cwd: workspace,
      token: config['github-token'],
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      identity: BOT_IDENTITY,
      baseEnv: { PATH: env.PATH, HOME: env.HOME },
    }),
    model: new OpenAiModel({
      apiKey: config['openai-api-key'],
      baseUrl: config['openai-base-url'],
      model: config.model,
      timeoutMs: config['model-timeout-seconds'] * 1000,
    }),
    ...(jira ? { tracker: jira } : {}),
    ...(slack ? { chat: slack } : {}),
    redactor,
    log,
    clock: { now: () => new Date() },
    policy: {
      triggerLabel: config['trigger-label'],
      specPath: config['spec-path'],
      branchPrefix: config['branch-prefix'],
      maxScopeFiles: config['max-scope-files'],
      deniedPaths: config['denied-paths'],
      contextTokens: config['context-tokens'],
      specAttempts: config['spec-attempts'],
      jiraProjectKeys: config['jira-project-keys'],
      ...(config['jira-status-spec-review'] ? { jiraStatusSpecReview: config['jira-status-spec-review'] } : {}),
    },
  };
}

function repoFromEnv(value: string | undefined): RepoRef {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value ?? '');
  if (!match?.[1] || !match[2]) throw new Error(`GITHUB_REPOSITORY must be "owner/repo", got "${value ?? ''}"`);
  return { owner: match[1], repo: match[2] };
}

async function readEventPayload(file: string | undefined): Promise<unknown> {
  if (!file) throw new Error('GITHUB_EVENT_PATH is not set: specgate must run inside a GitHub Actions job');
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`The event payload at GITHUB_EVENT_PATH is not valid JSON`);
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

export type { PlanOutcome };
