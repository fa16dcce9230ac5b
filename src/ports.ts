import type { Spent } from './agent/budget.js';
import type { Actor } from './core/bots.js';
import type { TicketState } from './core/state.js';
import type { GateResult } from './qa/gates.js';
import type { SpecAnswer } from './spec/spec-answer.js';

/**
 * The boundaries of the use cases: one port per external system. Adapters
 * (GitHub, Jira, Slack, OpenAI-compatible models, git) implement them; the
 * Action, the app and the CLI build the adapters and pass them in.
 */

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  url: string;
  author: string;
  isPullRequest: boolean;
}

export interface PullRequest {
  number: number;
  nodeId: string;
  url: string;
  title: string;
  body: string;
  draft: boolean;
  open: boolean;
  merged: boolean;
  headRef: string;
  /** The head branch lives in another repository (a fork). */
  fromFork: boolean;
  /** Who opened it, as GitHub says. */
  author: { login: string; type?: string };
}

export interface Permission {
  /** Exact role: admin, maintain, write, triage, read, none or a custom role. */
  roleName?: string;
  /** Legacy permission: admin, write, read or none. */
  permission?: string;
}

export interface CodeHost {
  permissionOf(login: string): Promise<Permission>;
  defaultBranch(): Promise<string>;
  getIssue(number: number): Promise<Issue>;
  /** The open PR from this branch, else the most recent closed one. */
  findPullByBranch(branch: string): Promise<PullRequest | undefined>;
  createDraftPull(pull: {
    title: string;
    head: string;
    base: string;
    body: string;
  }): Promise<PullRequest>;
  updatePull(number: number, changes: { title?: string; body?: string }): Promise<void>;
  comment(issueNumber: number, body: string): Promise<void>;
  getPull(number: number): Promise<PullRequest>;
  closePull(number: number): Promise<void>;
  markReadyForReview(pull: PullRequest): Promise<void>;
  requestReviewers(number: number, logins: string[]): Promise<void>;
  closeIssue(number: number, comment: string): Promise<void>;
  /** Open pull requests of this repository, every page, newest first. */
  listOpenPulls(): Promise<PullRequest[]>;
  /** Adds labels to an issue or pull request (GitHub creates missing labels). */
  addLabels(issueNumber: number, labels: string[]): Promise<void>;
  /** Opens an issue (GitHub creates missing labels). */
  openIssue(issue: { title: string; body: string; labels: string[] }): Promise<Issue>;
  /** Issues (not pull requests) with this label, open or closed, every page, lowest number first. */
  issuesLabelled(label: string): Promise<Issue[]>;
  /** A file's text on the default branch; undefined when there is no such file. */
  readFile(path: string): Promise<string | undefined>;
}

/** A workflow of the repository that runs specgate. */
export interface Workflow {
  id: number;
  path: string;
}

/** What a hand-over to the workflow is about: a comment to read again, or an issue to plan. */
export type HandOverSubject = { commentId: number; pullNumber: number } | { issueNumber: number };

/**
 * The repository's own runner: where work that needs the code (plan,
 * implement) is handed over, so the hosted app never checks code out.
 */
export interface Workflows {
  /** The configured workflow file when it exists, else the first active one using specgate. */
  find(configuredFile: string): Promise<Workflow | undefined>;
  /**
   * Hands the subject to the workflow once, across replicas and redeliveries:
   * false when it was already handed over.
   */
  handOver(workflow: Workflow, subject: HandOverSubject): Promise<boolean>;
}

/** A ticket as its store keeps it: the pull request that carries it, and its state. */
export interface StoredTicket {
  pull: PullRequest;
  state: TicketState;
}

/** What an implementation did, as its ticket's page shows it to reviewers. */
export interface ImplementationReport {
  title: string;
  checklist: string[];
  approved: string[];
  touched: string[];
  gates: GateResult[];
  /** Which sandbox the QA commands ran in. */
  isolation: string;
  spent: Spent;
  agentSummary: string;
  refusals: string[];
  rounds: number;
  failure?: string;
}

/**
 * What a ticket's page shows above its state: the spec to approve, or the
 * report of its implementation. Every piece is untrusted text the store
 * redacts and renders inert.
 */
export type TicketPage =
  | { kind: 'spec'; answer: SpecAnswer; jiraUrl?: string }
  | { kind: 'report'; report: ImplementationReport; links: string };

/** What a spec branch carries, as the ticket store finds it. */
export type BranchTicket =
  /** specgate's own open ticket; `state` is undefined when its marker cannot be read. */
  | { kind: 'open'; pull: PullRequest; state?: TicketState }
  /** An open pull request on the branch that is not specgate's to act on. */
  | { kind: 'foreign'; pull: PullRequest; reason: string }
  /** No open one: the last closed ticket, and when its history ended. */
  | { kind: 'ended'; pull: PullRequest; endedAt?: string }
  | { kind: 'none' };

/**
 * Where tickets live between runs, and the only writer of their state. The
 * first adapter keeps each ticket's state in its pull request's body; every
 * door reads and writes tickets through here.
 */
export interface TicketStore {
  /** The ticket this pull request carries, or why it carries none specgate may act on. */
  load(pullNumber: number): Promise<StoredTicket | { refused: string }>;
  /** Every open ticket (all pages): open specgate pull requests of this repository. */
  listOpen(): Promise<StoredTicket[]>;
  /** The ticket on a spec branch, whose spec lives at `specPath`. */
  findByBranch(branch: string, specPath: string): Promise<BranchTicket>;
  /** Opens the ticket's pull request, as a draft showing `page`. */
  create(ticket: {
    title: string;
    base: string;
    state: TicketState;
    page: TicketPage;
  }): Promise<StoredTicket>;
  /**
   * Records the new state on the ticket's pull request; with `show`, its page
   * (and title) are written anew. Returns the ticket as stored.
   */
  save(
    ticket: { pull: PullRequest },
    state: TicketState,
    show?: { page: TicketPage; title?: string },
  ): Promise<StoredTicket>;
}

/**
 * The repository's files as planning reads them, at the commit it plans
 * from. Planning needs nothing else of the repository, so an adapter may read
 * them through a code host's API instead of a checkout.
 */
export interface RepoFiles {
  /** Paths of the tracked files. */
  list(): Promise<string[]>;
  /** A file's text; undefined when there is no such file. */
  read(path: string): Promise<string | undefined>;
  /**
   * Several files' text at once, each cut to its first `maxChars` characters
   * (`truncated` says so); files that do not exist are left out.
   */
  readMany(
    paths: readonly string[],
    maxChars: number,
  ): Promise<Map<string, { content: string; truncated: boolean }>>;
  /**
   * Text files holding any of `terms` (as written, not patterns;
   * case-insensitive), each with the number of lines holding each term.
   * One look through the repository for all the terms.
   */
  search(terms: readonly string[]): Promise<{ path: string; hits: Map<string, number> }[]>;
  /** A file's text at the tip of a branch; undefined when the branch or the file is absent. */
  readOnBranch(branch: string, path: string): Promise<string | undefined>;
}

export interface Ticket {
  key: string;
  url: string;
  summary: string;
  description: string;
  acceptanceCriteria?: string;
  priority?: string;
  labels: string[];
  status?: string;
}

export interface Tracker {
  browseUrl(key: string): string;
  getTicket(key: string): Promise<Ticket>;
  comment(key: string, markdown: string): Promise<void>;
  /** Moves the ticket to the named status; false when no transition leads there. */
  transition(key: string, statusName: string): Promise<boolean>;
  linkPullRequest(key: string, pull: { url: string; title: string }): Promise<void>;
}

/** A conversation a ticket's stage messages go to, as the chat provider named it. */
export interface ChatThread {
  channel: string;
  ts: string;
}

/**
 * News of a ticket's stage, in specgate's words: each chat adapter decides
 * how it looks. Titles and details come from tickets and models, so they are
 * untrusted text that the adapter shows as text only.
 */
export interface StageMessage {
  /** What happened, e.g. "Spec ready for approval". */
  stage: string;
  /** The ticket's (or spec's) title. */
  title: string;
  detail: string;
  ticket: { jiraKey?: string; jiraUrl?: string; issue?: { number: number; url: string } };
  /** Where to read more, e.g. the pull request. */
  links: { url: string; label: string }[];
  /** The ticket's thread, once one was started; a new one otherwise. */
  thread?: ChatThread;
}

export interface Chat {
  /** Posts the message; answers where it went (a message outside a thread starts one). */
  post(message: StageMessage): Promise<ChatThread>;
}

export interface ModelMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ModelUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ToolCall {
  id: string;
  name: string;
  /** JSON text as the model wrote it; may be invalid. */
  arguments: string;
}

export type AgentMessage =
  | ModelMessage
  | { role: 'assistant'; content: string | null; toolCalls: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema of the arguments object. */
  parameters: Record<string, unknown>;
}

export interface Model {
  readonly name: string;
  complete(messages: ModelMessage[]): Promise<{ content: string; usage: ModelUsage }>;
  /** One step of a tool-calling conversation. */
  chat(
    messages: AgentMessage[],
    tools: ToolSpec[],
  ): Promise<{ content: string | null; toolCalls: ToolCall[]; usage: ModelUsage }>;
}

export interface Clock {
  now(): Date;
}

/**
 * The hosted app hands heavy work to the repository's workflow with a
 * workflow_dispatch, so the run's sender is the app's bot. The inputs it
 * sends only say where to look: who asked and what they asked for are read
 * again here through the API, and authorized as that person.
 */
export interface HandoffComment {
  author: Actor;
  body: string;
  /** The issue or pull request the comment is on. */
  issueNumber: number;
  onPull: boolean;
  /** Changed after it was written: only new comments give commands. */
  edited: boolean;
  /** When it was written, as GitHub says (ISO 8601). */
  writtenAt: string;
}

export interface HandoffIssue {
  author: Actor;
  title: string;
  body: string;
}

/** What the hand-off reads, through the API, with the run's own token. */
export interface HandoffSource {
  comment(id: number): Promise<HandoffComment | undefined>;
  /** Who last added this label to the issue, and when, per its events; undefined when it is not on it now. */
  lastLabeler(
    issueNumber: number,
    label: string,
  ): Promise<{ actor: Actor; at: string } | undefined>;
  issue(number: number): Promise<HandoffIssue>;
}
