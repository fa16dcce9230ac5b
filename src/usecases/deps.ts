import type { CommitConvention } from '../core/commit-message.js';
import type { Destination } from '../core/network-allowlist.js';
import type { Limits, Price } from '../agent/budget.js';
import type { Redactor } from '../core/redact.js';
import type { Git } from '../git/git.js';
import type {
  Chat,
  Clock,
  CodeHost,
  Logger,
  Model,
  RepoFiles,
  TicketStore,
  Tracker,
} from '../ports.js';
import type { Gate } from '../qa/gates.js';
import type { Isolation, Machine } from '../sandbox/choose.js';

/** Repository policy as the use cases need it, already validated. */
export interface Policy {
  triggerLabel: string;
  /** Where each ticket's spec is written: `{ticket}` stands for the ticket's id. */
  specPathTemplate: string;
  branchPrefix: string;
  /** People whose spec pull requests are specgate's (the owner of a personal token); bots always are. */
  specAuthors: string[];
  maxScopeFiles: number;
  deniedPaths: string[];
  contextTokens: number;
  specAttempts: number;
  jiraProjectKeys: string[];
  jiraStatusSpecReview?: string;
  jiraStatusInReview?: string;
  jiraStatusDone?: string;
  gates: Gate[];
  qaTimeoutMs: number;
  /** Environment of QA commands: already cleaned of secrets. */
  qaEnv: NodeJS.ProcessEnv;
  /** auto and required: QA runs only in a sandbox; none: unsandboxed, as configured. */
  qaIsolation: Isolation;
  /** auto: Conventional Commits when the repository declares commitlint. */
  commitConvention: 'auto' | CommitConvention;
  /** More of HOME that QA sees (relative to HOME), besides toolchains and caches. */
  qaHome: string[];
  /** Hosts and ports QA may connect to besides its own loopback. */
  qaNetwork: Destination[];
  repairRounds: number;
  reviewer: boolean;
  reviewers: string[];
  limits: Limits;
  prices: Record<string, Price>;
  draftOnFailure: boolean;
  /** How long a spec may wait for approval before the scheduled sweep times it out. */
  specTimeoutHours: number;
  /** How long a ready pull request may wait for review before it times out. */
  prTimeoutHours: number;
  closeOnTimeout: boolean;
}

/** Everything a use case talks to. Built per run by one of the entry points. */
export interface Deps {
  host: CodeHost;
  /** Where tickets' states are kept and listed. */
  tickets: TicketStore;
  /** The repository as planning reads it. */
  files: RepoFiles;
  /** The checkout: commits, pushes, and the agent's work. */
  git: Git;
  model: Model;
  tracker?: Tracker;
  chat?: Chat;
  redactor: Redactor;
  log: Logger;
  clock: Clock;
  policy: Policy;
  /** The checkout the agent works in. */
  workspace: string;
  /** Programs and paths of this machine, fixed as the run started. */
  machine: Machine;
}

export interface Outcome {
  state: string;
  failed: boolean;
  message: string;
  prNumber?: number;
  prUrl?: string;
  /** The spec branch of the pull request. */
  branch?: string;
  specPath?: string;
  jiraKey?: string;
  usage?: { promptTokens: number; completionTokens: number };
  costUsd?: number;
  /** Which sandbox the QA commands ran in, when they ran. */
  qaSandbox?: string;
  warnings: string[];
  /** A dry run's writes, in order: what would have been posted, pushed or moved, and was not. */
  dryRun?: string[];
  /** Files a dry run would have committed (the spec), whole. */
  dryRunFiles?: { path: string; content: string }[];
}
