import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Redactor } from '../core/redact.js';
import { ACTED_ON_EVENTS } from '../intake/acted-on.js';
import type { GitHubIntakeOptions } from '../intake/github-event.js';
import type { Logger, RepoRef } from '../ports.js';
import type { Runner } from './runner.js';
import type { Environment } from '../wiring/build-deps.js';

/** How the GitHub client spaces and retries requests (a local stand-in needs neither). */
export type GitHubTuning = Pick<Environment, 'githubPacing' | 'githubRetries'>;

/** The Action's entry: the runner's event becomes a command for the intake. */
export async function run(runner: Runner, tuning: GitHubTuning = {}): Promise<void> {
  const { env, log } = runner;
  if (!ACTED_ON_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) {
    log.info(`Ignored: specgate does not act on ${env.GITHUB_EVENT_NAME ?? 'an unnamed'} events.`);
    runner.output('state', 'SKIPPED');
    return;
  }
  try {
    // Loaded after the cheapest decision: an event acted on needs them, a skipped one not.
    const [{ CONFIG_FILE, ConfigError, loadConfig }, { commandFromGitHub }, { readInputs }] =
      await Promise.all([
        import('../config/load.js'),
        import('../intake/github-event.js'),
        import('./inputs.js'),
      ]);
    const inputs = readInputs(runner);
    scrubEnvironment(env);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const config = loadConfig(inputs, await readOptional(path.join(workspace, CONFIG_FILE)), (w) =>
      log.warn(w),
    );
    if (!config['github-token'])
      throw new ConfigError(['"github-token" (action input): is required']);
    const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
    const intake = {
      triggerLabel: config['trigger-label'],
      jiraProjectKeys: config['jira-project-keys'],
      dispatchOverrides: {
        ...(config.issue !== undefined ? { issueNumber: config.issue } : {}),
        ...(config['jira-key'] ? { jiraKey: config['jira-key'] } : {}),
      },
    };
    const repo = repoFromEnv(env.GITHUB_REPOSITORY);
    const apiUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
    // A dispatch handed over by the app is re-read through the API: its inputs are not trusted.
    const handedOver =
      env.GITHUB_EVENT_NAME === 'workflow_dispatch'
        ? await handOff(payload, config['github-token'], apiUrl, repo, log, intake)
        : undefined;
    const command = handedOver ?? commandFromGitHub(env.GITHUB_EVENT_NAME, payload, intake);
    if ('ignored' in command) {
      log.info(`Ignored: ${command.ignored}.`);
      runner.output('state', 'SKIPPED');
      return;
    }
    // Loaded only for an event that is acted on: the HTTP clients are most of the start-up time.
    const [{ buildDeps }, { dryRun }, { runCommand }] = await Promise.all([
      import('../wiring/build-deps.js'),
      import('../dry-run/dry-run.js'),
      import('../intake/run-command.js'),
    ]);
    const built = buildDeps(config, {
      repo,
      workspace,
      apiUrl,
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      processEnv: env,
      log,
      ...tuning,
    });
    const dry = config['dry-run'] ? dryRun(built) : undefined;
    const deps = dry?.deps ?? built;
    const done = await runCommand(command, deps);
    const outcome = dry ? dry.finish(done) : done;
    const { writeSummary } = await import('./summary.js');
    await writeSummary(outcome, runner, deps.redactor);
    if (outcome.failed) runner.failed(deps.redactor.redact(outcome.message));
  } catch (error) {
    // Every ending sets the outputs and the summary, a failure before any use case too.
    const message = new Redactor([]).redact(error instanceof Error ? error.message : String(error));
    runner.output('state', 'ERROR');
    await import('./summary.js')
      .then(({ writeErrorSummary }) => writeErrorSummary(message, runner))
      .catch(() => undefined);
    runner.failed(message);
  }
}

/** The command a dispatch from the app hands over, read again through the API. */
async function handOff(
  payload: unknown,
  token: string,
  baseUrl: string,
  repo: RepoRef,
  log: Logger,
  intake: GitHubIntakeOptions,
) {
  const [{ createGitHubClient }, { GitHubHandoffSource }, { commandFromHandoff }] =
    await Promise.all([
      import('../github/client.js'),
      import('../github/handoff-source.js'),
      import('../intake/handoff.js'),
    ]);
  const source = new GitHubHandoffSource(createGitHubClient({ token, baseUrl, log }), repo);
  return commandFromHandoff(payload, source, intake);
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
