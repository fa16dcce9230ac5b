import { SECRET_INPUTS, type Config } from '../config/schema.js';
import { Redactor } from '../core/redact.js';
import { createGitHubClient } from '../github/client.js';
import { GitHubCodeHost } from '../github/code-host.js';
import { Git } from '../git/git.js';
import { JiraTracker } from '../jira/jira-tracker.js';
import { NotifyBudget } from '../notify/notify-budget.js';
import { OpenAiModel } from '../model/openai-model.js';
import type { Clock, CodeHost, Logger, RepoRef } from '../ports.js';
import { CheckoutFiles } from '../repo/checkout-files.js';
import { SlackChat } from '../slack/slack-chat.js';
import type { Deps, Policy } from '../usecases/deps.js';
import { PullBodyTicketStore } from '../tickets/pull-body-store.js';
import { resolvePrograms } from '../process/programs.js';
import { cleanEnv } from '../qa/clean-env.js';
import { STEP_FILES } from '../sandbox/step-files.js';
import type { Gate } from '../qa/gates.js';

const BOT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface Environment {
  repo: RepoRef;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  /** The runner's environment; child processes get cleaned parts of it only. */
  processEnv: NodeJS.ProcessEnv;
  log: Logger;
  clock?: Clock;
  /** Retries of GitHub 5xx/network failures (tests turn them off). */
  githubRetries?: number;
  /** false only for a local stand-in: no spacing of writes as GitHub asks of clients. */
  githubPacing?: boolean;
}

/** Builds the adapters for one run from validated config. Reads no global state. */
export function buildDeps(config: Config, env: Environment): Deps {
  const { repo, workspace, log } = env;
  // Fixed now, before the agent or any QA command has run.
  const programs = resolvePrograms(env.processEnv.PATH, workspace);
  const redactor = new Redactor(SECRET_INPUTS.map((key) => config[key]));
  const token = config['github-token'];
  const host = token
    ? new GitHubCodeHost(
        createGitHubClient({
          token,
          baseUrl: env.apiUrl,
          log,
          maxRateLimitWaitSeconds: config['rate-limit-wait-seconds'],
          ...(env.githubRetries !== undefined ? { retries: env.githubRetries } : {}),
          ...(env.githubPacing === false ? { pacing: false } : {}),
        }),
        repo,
        redactor,
      )
    : unavailableHost(
        'GitHub is not configured: give a token (github-token, or GITHUB_TOKEN for the CLI)',
      );
  const git = new Git({
    cwd: workspace,
    program: programs.git,
    token: config['github-token'],
    serverUrl: env.serverUrl,
    identity: BOT_IDENTITY,
  });
  const policy = policyOf(config, env.processEnv);
  return {
    host,
    tickets: new PullBodyTicketStore(host, policy, redactor),
    files: new CheckoutFiles(git),
    git,
    model: new OpenAiModel({
      apiKey: config['openai-api-key'],
      baseUrl: config['openai-base-url'],
      model: config.model,
      timeoutMs: config['model-timeout-seconds'] * 1000,
    }),
    ...notifiersOf(config, redactor),
    redactor,
    log,
    clock: env.clock ?? { now: () => new Date() },
    policy,
    workspace,
    machine: {
      programs,
      env: Object.fromEntries(
        ['HOME', 'TMPDIR', 'RUNNER_TEMP', 'SSH_AUTH_SOCK', ...STEP_FILES].map((name) => [
          name,
          env.processEnv[name],
        ]),
      ),
    },
  };
}

/**
 * Jira and Slack for a run, where configured. They share one budget: together
 * they never hold the run up longer.
 */
export function notifiersOf(
  config: Config,
  redactor: Redactor,
): { tracker?: JiraTracker; chat?: SlackChat } {
  const notifyBudget = new NotifyBudget(config['notify-budget-seconds']);
  const tracker =
    config['jira-base-url'] && config['jira-email'] && config['jira-api-token']
      ? new JiraTracker(
          {
            baseUrl: config['jira-base-url'],
            email: config['jira-email'],
            apiToken: config['jira-api-token'],
            acceptanceCriteriaField: config['jira-acceptance-criteria-field'],
          },
          redactor,
          notifyBudget,
        )
      : undefined;
  const chat =
    config['slack-token'] && config['slack-channel']
      ? new SlackChat(
          {
            token: config['slack-token'],
            channel: config['slack-channel'],
            apiUrl: config['slack-api-url'],
          },
          redactor,
          notifyBudget,
        )
      : undefined;
  return { ...(tracker ? { tracker } : {}), ...(chat ? { chat } : {}) };
}

export function policyOf(config: Config, processEnv: NodeJS.ProcessEnv): Policy {
  return {
    triggerLabel: config['trigger-label'],
    specPathTemplate: config['spec-path'],
    branchPrefix: config['branch-prefix'],
    specAuthors: config['spec-authors'],
    maxScopeFiles: config['max-scope-files'],
    deniedPaths: config['denied-paths'],
    contextTokens: config['context-tokens'],
    specAttempts: config['spec-attempts'],
    jiraProjectKeys: config['jira-project-keys'],
    ...(config['jira-status-spec-review']
      ? { jiraStatusSpecReview: config['jira-status-spec-review'] }
      : {}),
    ...(config['jira-status-in-review']
      ? { jiraStatusInReview: config['jira-status-in-review'] }
      : {}),
    ...(config['jira-status-done'] ? { jiraStatusDone: config['jira-status-done'] } : {}),
    gates: gatesOf(config),
    qaTimeoutMs: config['qa-timeout-seconds'] * 1000,
    qaEnv: cleanEnv(processEnv, config['qa-env-passthrough']),
    qaIsolation: config['qa-isolation'],
    commitConvention: config['commit-convention'],
    qaHome: config['qa-home'],
    qaNetwork: config['qa-network'],
    repairRounds: config['repair-rounds'],
    reviewer: config.reviewer,
    reviewers: config.reviewers,
    limits: {
      turns: config['max-turns'],
      tokens: config['max-tokens'],
      costUsd: config['max-cost-usd'],
      wallMs: config['max-minutes'] * 60_000,
    },
    prices: config['model-prices'],
    draftOnFailure: config['draft-on-failure'],
    specTimeoutHours: config['spec-timeout-hours'],
    prTimeoutHours: config['pr-timeout-hours'],
    closeOnTimeout: config['close-on-timeout'],
  };
}

function gatesOf(config: Config): Gate[] {
  const gates: Gate[] = [];
  if (config['test-command']) gates.push({ name: 'test', command: config['test-command'] });
  if (config['lint-command']) gates.push({ name: 'lint', command: config['lint-command'] });
  if (config['build-command']) gates.push({ name: 'build', command: config['build-command'] });
  return gates;
}

/** A CodeHost for runs that have no GitHub: any use says what is missing. */
function unavailableHost(reason: string): CodeHost {
  return unavailable<CodeHost>(reason);
}

/** A port whose every method fails with the reason it is not available here. */
export function unavailable<Port extends object>(reason: string): Port {
  return new Proxy({} as Port, {
    get: () => () => Promise.reject(new Error(reason)),
  });
}
