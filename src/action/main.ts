import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE, ConfigError, loadConfig } from '../config/load.js';
import { Redactor } from '../core/redact.js';
import type { Config } from '../config/schema.js';
import type { Logger, RepoRef } from '../ports.js';
import type { Deps, Outcome } from '../usecases/deps.js';
import { handleComment } from '../usecases/handle-comment.js';
import { planTicket, type PlanRequest } from '../usecases/plan-ticket.js';
import { pullClosed } from '../usecases/pull-closed.js';
import { sweepTimeouts } from '../usecases/sweep-timeouts.js';
import { parseEvent, type ActionEvent } from './events.js';
import { readInputs } from './inputs.js';
import { buildDeps } from '../wiring/build-deps.js';
import { writeSummary } from './summary.js';

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
    scrubEnvironment(env);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const config = loadConfig(inputs, await readOptional(path.join(workspace, CONFIG_FILE)));
    if (!config['github-token'])
      throw new ConfigError(['"github-token" (action input): is required']);
    const event = parseEvent(env.GITHUB_EVENT_NAME, await readEventPayload(env.GITHUB_EVENT_PATH));
    if (event.kind === 'ignored') {
      core.info(`Nothing to do: ${event.reason}.`);
      core.setOutput('state', 'SKIPPED');
      return;
    }
    const repo = repoFromEnv(env.GITHUB_REPOSITORY);
    const deps = buildDeps(config, {
      repo,
      workspace,
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      processEnv: env,
      log,
    });
    const outcome = await route(event, config, deps);
    await writeSummary(outcome, Boolean(env.GITHUB_STEP_SUMMARY), deps.redactor);
    if (outcome.failed) core.setFailed(deps.redactor.redact(outcome.message));
  } catch (error) {
    // Every ending sets the outputs and the summary, a failure before any use case too.
    const message = new Redactor([]).redact(error instanceof Error ? error.message : String(error));
    core.setOutput('state', 'ERROR');
    if (env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addHeading('specgate', 2)
        .addRaw(`State: ERROR\n\n`)
        .addCodeBlock(message)
        .write()
        .catch(() => undefined);
    }
    core.setFailed(message);
  }
}

function route(
  event: Exclude<ActionEvent, { kind: 'ignored' }>,
  config: Config,
  deps: Deps,
): Promise<Outcome> {
  switch (event.kind) {
    case 'issue-labeled':
    case 'dispatch':
      return planTicket(toRequest(event, config), deps);
    case 'pr-comment':
      return handleComment(event, deps);
    case 'pr-closed':
      return deps.host.getPull(event.pullNumber).then((pull) => pullClosed(pull, deps));
    case 'schedule':
      return sweepTimeouts(deps);
  }
}

function toRequest(
  event: Extract<ActionEvent, { kind: 'issue-labeled' | 'dispatch' }>,
  config: Config,
): PlanRequest {
  if (event.kind === 'issue-labeled') {
    return {
      trigger: 'label',
      actor: event.actor,
      label: event.label,
      issueNumber: event.issueNumber,
    };
  }
  // Action inputs (the workflow's `with:`) win over the raw dispatch inputs; both are validated.
  const fallback = loadConfig({ issue: event.issue, 'jira-key': event.jiraKey });
  const issueNumber = config.issue ?? fallback.issue;
  const jiraKey = config['jira-key'] ?? fallback['jira-key'];
  return {
    trigger: 'dispatch',
    actor: event.actor,
    ...(event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}),
    ...(issueNumber !== undefined ? { issueNumber } : {}),
    ...(jiraKey ? { jiraKey } : {}),
  };
}

function repoFromEnv(value: string | undefined): RepoRef {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value ?? '');
  if (!match?.[1] || !match[2])
    throw new Error(`GITHUB_REPOSITORY must be "owner/repo", got "${value ?? ''}"`);
  return { owner: match[1], repo: match[2] };
}

async function readEventPayload(file: string | undefined): Promise<unknown> {
  if (!file)
    throw new Error('GITHUB_EVENT_PATH is not set: specgate must run inside a GitHub Actions job');
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

/**
 * Once inputs are read, nothing else in this process needs them in its
 * environment: no library or child process can come across them there.
 */
function scrubEnvironment(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(env)) {
    if (
      name.startsWith('INPUT_') ||
      name === 'ACTIONS_RUNTIME_TOKEN' ||
      name.startsWith('ACTIONS_ID_TOKEN_REQUEST_')
    ) {
      delete env[name];
    }
  }
}
