import { isJiraKey } from '../core/jira-keys.js';
import { normalizeRepoPath } from '../core/paths.js';
import { specPathFor, TICKET_PLACEHOLDER, ticketOfBranch } from '../core/spec-home.js';
import { slugify, ticketId } from '../core/branch.js';
import type { Config } from '../config/schema.js';
import { Git } from '../git/git.js';
import { findProgram } from '../process/programs.js';
import type { RepoRef } from '../ports.js';
import type { Deps } from '../usecases/deps.js';
import type { LocalTicket } from '../usecases/plan-here.js';
import { buildDeps } from '../wiring/build-deps.js';
import { CliError, EXIT } from './cli-error.js';
import { progressLogger, type CliIo } from './io.js';
import { ENV_KEYS } from './local-config.js';
import { requireRepository } from './preconditions.js';

const JIRA_SETTINGS = ['jira-base-url', 'jira-email', 'jira-api-token'] as const;

export interface LocalContext {
  io: CliIo;
  config: Config;
  deps: Deps;
  git: Git;
  repoRoot: string;
  /** The repository of the checkout's origin, when its address names one. */
  github?: RepoRef;
}

const LOCAL_IDENTITY = { name: 'specgate', email: 'specgate@localhost' };

/** The same adapters the Action uses, pointed at a local checkout. */
export async function localContext(
  io: CliIo,
  repoRoot: string,
  config: Config,
): Promise<LocalContext> {
  const program = findProgram('git', io.env.PATH, repoRoot);
  if (!program) throw new CliError(EXIT.precondition, 'git was not found on PATH.');
  await requireRepository(repoRoot, io.env);
  // Reads the developer's own git config for their identity, before anything untrusted runs.
  const probe = new Git({
    cwd: repoRoot,
    program,
    identity: LOCAL_IDENTITY,
    userConfig: { PATH: io.env.PATH, HOME: io.env.HOME },
  });
  const slug = parseGitHubRemote(
    await probe.remoteUrl('origin').catch(() => undefined),
    io.env.GITHUB_SERVER_URL,
  );
  const deps = buildDeps(config, {
    repo: slug ?? { owner: 'local', repo: 'local' },
    workspace: repoRoot,
    apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
    processEnv: io.env,
    log: progressLogger(io),
  });
  // Commits made on a developer's machine carry the developer's own identity.
  const git = new Git({
    cwd: repoRoot,
    program: deps.machine.programs.git,
    identity: (await probe.configuredIdentity()) ?? LOCAL_IDENTITY,
  });
  return { io, config, deps: { ...deps, git }, git, repoRoot, ...(slug ? { github: slug } : {}) };
}

/**
 * Untracked files count: one a previous run's QA left behind would otherwise
 * be read by the next ticket's planner or agent.
 */
export async function requireCleanTree(git: Git): Promise<void> {
  const unclean = await git.uncleanFiles();
  if (unclean.length) {
    const shown = unclean.slice(0, 5).join(', ') + (unclean.length > 5 ? ', ...' : '');
    throw new CliError(
      EXIT.precondition,
      `The working tree has uncommitted changes or untracked files (${shown}). Commit, stash (git stash -u) ` +
        'or remove them first, so specgate changes only what it is asked to and reads only what is committed.',
    );
  }
}

/** The ticket the CLI was given, as the local plan takes it. */
export type TicketInput = LocalTicket;

/** The ticket to plan, from a Jira key, a GitHub issue, or text (a file or stdin). */
export async function readTicketInput(
  ctx: LocalContext,
  options: { jira?: string; issue?: string; file?: string },
  readText: (file: string) => Promise<string>,
): Promise<TicketInput> {
  const prefix = ctx.config['branch-prefix'];
  const given = [options.jira, options.issue, options.file].filter((v) => v !== undefined);
  if (given.length !== 1)
    throw new CliError(
      EXIT.usage,
      'Give exactly one ticket: --jira KEY, --issue NUMBER, or --file PATH (- for stdin).',
    );
  if (options.jira !== undefined) {
    if (!isJiraKey(options.jira))
      throw new CliError(EXIT.usage, `"${options.jira}" is not a Jira key such as ABC-123.`);
    // Without Jira the model would get a key and nothing else, and plan from nothing.
    const missing = JIRA_SETTINGS.filter((key) => !ctx.config[key]).map((key) => ENV_KEYS[key]);
    if (missing.length)
      throw new CliError(
        EXIT.config,
        `Reading ${options.jira} needs Jira: set ${missing.join(', ')} (the site, e.g. https://your-team.atlassian.net, an account's email and its API token).`,
      );
    const ticket = ticketId({ jiraKey: options.jira });
    return { jiraKey: options.jira, ticket, branch: `${prefix}${ticket}` };
  }
  if (options.issue !== undefined) {
    if (!/^[1-9]\d*$/.test(options.issue))
      throw new CliError(EXIT.usage, `"${options.issue}" is not an issue number.`);
    if (!ctx.github)
      throw new CliError(
        EXIT.precondition,
        `Reading issue #${options.issue} needs a checkout whose origin is a GitHub repository; this one's origin is not (see git remote -v). Use --file or --jira instead.`,
      );
    if (!ctx.config['github-token'])
      throw new CliError(EXIT.config, 'Reading a GitHub issue needs GITHUB_TOKEN.');
    const issue = await ctx.deps.host.getIssue(Number(options.issue));
    const ticket = ticketId({ issue: issue.number });
    return { issue, ticket, branch: `${prefix}${ticket}` };
  }
  const text = (await readText(options.file ?? '-')).trim();
  if (!text) throw new CliError(EXIT.usage, 'The ticket text is empty.');
  const [title = '', ...rest] = text.split('\n');
  const ticket = slugify(title);
  return {
    issue: { title: title.replace(/^#+\s*/, ''), body: rest.join('\n').trim() },
    ticket,
    branch: `${prefix}${ticket}`,
  };
}

/**
 * owner/repo of an origin on GitHub (github.com, or the host of
 * GITHUB_SERVER_URL for GitHub Enterprise): https, ssh and scp-like
 * addresses. Any other origin (a path, another host) names no GitHub
 * repository.
 */
export function parseGitHubRemote(
  url: string | undefined,
  serverUrl = 'https://github.com',
): { owner: string; repo: string } | undefined {
  const hosts = new Set(['github.com', hostOf(serverUrl)].filter(Boolean));
  const text = (url ?? '').trim();
  const match =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      text,
    ) ?? /^(?:[\w.-]+@)?([^/:]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(text);
  if (!match?.[1] || !match[2] || !match[3] || !hosts.has(match[1].toLowerCase())) return undefined;
  return { owner: match[2], repo: match[3] };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The spec of the checked-out branch: the path spec-path gives for its ticket. */
export async function branchSpecPath(ctx: LocalContext): Promise<string> {
  const template = ctx.deps.policy.specPathTemplate;
  if (!template.includes(TICKET_PLACEHOLDER)) return template;
  const prefix = ctx.config['branch-prefix'];
  const branch = await ctx.git.currentBranch();
  const ticket = branch === undefined ? undefined : ticketOfBranch(prefix, branch);
  const path = ticket === undefined ? undefined : normalizeRepoPath(specPathFor(template, ticket));
  if (!path?.ok)
    throw new CliError(
      EXIT.precondition,
      `The checked-out branch (${branch ?? 'none: HEAD is detached'}) is not a spec branch (${prefix}<ticket>), so it names no spec. Check out the branch specgate plan made.`,
    );
  return path.path;
}
