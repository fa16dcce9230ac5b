import { fakeSha, sameName, splitHead, timestamp, touch } from './names.js';
import type {
  CommentView,
  Dispatch,
  LabelEvent,
  IssueRecord,
  IssueSeed,
  PermissionLevel,
  PullSeed,
  UserRef,
} from './records.js';

/** Everything the fake GitHub remembers about its one repository. */
export class RepoState {
  readonly permissions = new Map<string, PermissionLevel>();
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentView>();
  /** Label events, as the issue events API reports them. */
  readonly labelEvents: LabelEvent[] = [];
  /** Workflow files by path (`.github/workflows/x.yml`), for the workflows and contents APIs. */
  readonly files = new Map<string, string>();
  /** Every accepted workflow_dispatch, in order. */
  readonly dispatches: Dispatch[] = [];
  /** Reactions by `subject:content:login` (GitHub keeps one per person, content and subject). */
  readonly reactions = new Map<string, { id: number; created_at: string; user: UserRef }>();
  /** Installation tokens issued to an app so far. */
  installationTokens = 0;
  readonly #labelNames = new Map<string, string>();
  #nextNumber = 1;
  #nextId = 1_000_001;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly defaultBranch: string,
    public actor: UserRef,
  ) {}

  addIssue(seed: IssueSeed): IssueRecord {
    const number = seed.number ?? this.#nextNumber;
    if (this.issues.has(number)) throw new Error(`issue or pull #${number} already exists`);
    this.#nextNumber = Math.max(this.#nextNumber, number + 1);
    const id = this.nextId();
    const now = timestamp();
    const state = seed.state ?? 'open';
    const issue: IssueRecord = {
      id,
      node_id: `I_kwDOFake${id}`,
      number,
      title: seed.title,
      body: seed.body ?? null,
      state,
      state_reason: state === 'closed' ? 'completed' : null,
      user: seed.user ? { login: seed.user.login, type: seed.user.type ?? 'User' } : this.actor,
      labels: [],
      created_at: now,
      updated_at: now,
      closed_at: state === 'closed' ? now : null,
    };
    this.issues.set(number, issue);
    this.addLabels(issue, seed.labels ?? []);
    return issue;
  }

  addPull(seed: PullSeed): IssueRecord {
    const issue = this.addIssue(seed);
    const [owner, ref] = splitHead(seed.head, this.owner);
    const id = this.nextId();
    issue.state_reason = null;
    issue.pull = {
      id,
      node_id: `PR_kwDOFake${id}`,
      head: { owner, ref, sha: seed.headSha ?? fakeSha(`${owner}:${ref}`) },
      base: { ref: seed.base ?? this.defaultBranch },
      draft: seed.draft ?? false,
      merged: seed.merged ?? false,
      requested_reviewers: [],
      requested_teams: [],
    };
    return issue;
  }

  addComment(issue: IssueRecord, body: string, user: UserRef = this.actor): CommentView {
    const id = this.nextId();
    const now = timestamp();
    const comment: CommentView = {
      id,
      node_id: `IC_kwDOFake${id}`,
      issue_number: issue.number,
      body,
      user,
      created_at: now,
      updated_at: now,
    };
    this.comments.set(id, comment);
    return comment;
  }

  commentsOn(number: number): CommentView[] {
    return [...this.comments.values()].filter((comment) => comment.issue_number === number);
  }

  /** GitHub creates labels that do not exist yet, and names compare case-insensitively. */
  addLabels(
    issue: IssueRecord,
    labels: ReadonlyArray<string | { name: string }>,
    actor: UserRef = this.actor,
  ): void {
    for (const label of labels) {
      const name = typeof label === 'string' ? label : label.name;
      const known = this.#labelNames.get(name.toLowerCase()) ?? name;
      this.#labelNames.set(name.toLowerCase(), known);
      if (!issue.labels.some((existing) => sameName(existing, known))) {
        issue.labels.push(known);
        this.labelEvents.push({
          id: this.nextId(),
          issue: issue.number,
          event: 'labeled',
          label: known,
          actor,
          created_at: timestamp(),
        });
      }
    }
  }

  permissionOf(login: string): PermissionLevel {
    const exact = this.permissions.get(login);
    if (exact) return exact;
    const entry = [...this.permissions].find(([known]) => sameName(known, login));
    return entry?.[1] ?? 'none';
  }

  /** False when no pull request has that GraphQL node id. */
  markReadyForReview(nodeId: string): boolean {
    const issue = [...this.issues.values()].find((candidate) => candidate.pull?.node_id === nodeId);
    if (!issue?.pull) return false;
    issue.pull.draft = false;
    touch(issue);
    return true;
  }

  nextId(): number {
    return this.#nextId++;
  }
}
