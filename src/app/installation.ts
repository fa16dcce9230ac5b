import { tmpdir } from 'node:os';
import type { Probot } from 'probot';
import { CONFIG_FILE, loadConfig } from '../config/load.js';
import { SECRET_INPUTS, type Config } from '../config/schema.js';
import { Redactor } from '../core/redact.js';
import type { Git } from '../git/git.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { GitHubCodeHost } from '../github/code-host.js';
import { installationToken } from '../github/app-installations.js';
import { GitHubWorkflows } from '../github/workflows.js';
import type { Logger, Model, RepoFiles, RepoRef } from '../ports.js';
import { findProgram } from '../process/programs.js';
import { PullBodyTicketStore } from '../tickets/pull-body-store.js';
import type { Deps } from '../usecases/deps.js';
import { dryRun } from '../dry-run/dry-run.js';
import { notifiersOf, policyOf, unavailable } from '../wiring/build-deps.js';
import type { Health } from './health.js';
import type { AppSettings } from './settings.js';
import type { AppStore } from '../store/store.js';

/** What every handler of the app shares: settings, the process's health view, the log. */
export interface AppServices {
  settings: AppSettings;
  health: Health;
  log: Logger;
  /** What the app remembers across replicas and restarts (deliveries it acted on). */
  store: AppStore;
}

/**
 * One installation's access to one repository, built per event and never
 * shared: a client holding that installation's token, the code host, and the
 * repository's policy file as it is now.
 */
export class RepoSession {
  private configText: Promise<string | undefined> | undefined;

  constructor(
    readonly repo: RepoRef,
    readonly client: GitHubClient,
    readonly token: string,
    private readonly services: AppServices,
  ) {}

  get host(): GitHubCodeHost {
    return new GitHubCodeHost(this.client, this.repo, this.redactor());
  }

  redactor(): Redactor {
    const config = this.services.settings.inputs;
    return new Redactor([this.token, ...SECRET_INPUTS.map((key) => config[key])]);
  }

  /** The app's settings merged with the repository's `.github/specgate.yml`, validated. */
  async config(): Promise<Config> {
    this.configText ??= this.host.readFile(CONFIG_FILE);
    return loadConfig(
      { ...this.services.settings.inputs, 'github-token': this.token },
      await this.configText,
      (message) => this.services.log.warn(`${this.repo.owner}/${this.repo.repo}: ${message}`),
    );
  }

  /** Where work that needs the code is handed over: the repository's workflows. */
  get workflows(): GitHubWorkflows {
    return new GitHubWorkflows(this.client, this.repo, this.host);
  }

  /**
   * Dependencies for the cheap commands the app runs itself (reject, a closed
   * pull request, a refusal). Planning and implementing never run here (no
   * checkout): the repository's files, git and the model say so if asked.
   */
  async deps(): Promise<Deps> {
    const config = await this.config();
    const built = this.build(config);
    // A dry run writes nothing from the app either: each write is logged instead.
    return config['dry-run'] ? dryRun(built).deps : built;
  }

  /** Whether the repository asked for a dry run: then the app writes nothing for it. */
  async dryRun(): Promise<boolean> {
    return (await this.config())['dry-run'];
  }

  private build(config: Config): Deps {
    const redactor = new Redactor(SECRET_INPUTS.map((key) => config[key]));
    const host = new GitHubCodeHost(this.client, this.repo, redactor);
    const workspace = tmpdir();
    const git = findProgram('git', process.env.PATH, workspace) ?? 'git';
    const policy = policyOf(config, {});
    return {
      host,
      tickets: new PullBodyTicketStore(host, policy, redactor),
      // Planning reads the repository in its workflow, where the checkout is.
      files: unavailable<RepoFiles>(`the app does not read repositories: ${IN_THE_WORKFLOW}`),
      git: unavailable<Git>(`the app has no checkout: ${IN_THE_WORKFLOW}`),
      model: unavailable<Model>(`the app calls no model: ${IN_THE_WORKFLOW}`),
      ...notifiersOf(config, redactor),
      redactor,
      log: this.services.log,
      clock: { now: () => new Date() },
      policy,
      workspace,
      machine: { programs: { git }, env: {} },
    };
  }
}

const IN_THE_WORKFLOW = "planning and implementing run in the repository's workflow";

/** A session for a repository of an installation, with that installation's own token. */
export async function openRepo(
  probot: Probot,
  installationId: number,
  repo: RepoRef,
  services: AppServices,
): Promise<RepoSession> {
  const token = await installationToken(probot, installationId);
  const { settings, log } = services;
  const client = createGitHubClient({
    token,
    baseUrl: settings.githubApiUrl,
    log,
    ...(settings.githubRetries !== undefined ? { retries: settings.githubRetries } : {}),
    ...(settings.githubRetries === 0 ? { pacing: false } : {}),
  });
  return new RepoSession(repo, client, token, services);
}
