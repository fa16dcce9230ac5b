import type { CodeHost, Issue, Permission, PullRequest } from '../../../src/ports.js';
import { Recording } from './recording.js';

/** Who opens the pull requests specgate creates: the workflow's bot. */
export const HOST_BOT = { login: 'github-actions[bot]', type: 'Bot' };

const READS = new Set<keyof CodeHost>([
  'permissionOf',
  'defaultBranch',
  'getIssue',
  'findPullByBranch',
  'getPull',
  'listOpenPulls',
  'issuesLabelled',
  'readFile',
]);

interface StoredIssue extends Issue {
  open: boolean;
}

/**
 * A repository on a code host, in memory: issues and pull requests share
 * their numbers, as on GitHub. Tests arrange it with `addIssue`, `addPull`,
 * `setPull` and `setPermission`, and read back what the use cases wrote.
 */
export class FakeCodeHost extends Recording<CodeHost> implements CodeHost {
  readonly url = 'https://github.com/Codertocat/Hello-World';
  private readonly issues = new Map<number, StoredIssue>();
  private readonly pulls = new Map<number, PullRequest>();
  private readonly permissions = new Map<string, Permission>();
  private readonly labels = new Map<number, string[]>();
  private readonly reviewers = new Map<number, string[]>();
  /** Files on the default branch, by path. */
  readonly files = new Map<string, string>();
  readonly comments: { issueNumber: number; body: string }[] = [];
  private last = 0;

  /** The calls that change something on the host, in order. */
  get writes() {
    return this.calls.filter((call) => !READS.has(call.method));
  }

  /** A role as GitHub names it: admin, maintain, write, triage or read. */
  setPermission(login: string, roleName: string): void {
    const legacy = { maintain: 'write', triage: 'read' }[roleName] ?? roleName;
    this.permissions.set(login, { roleName, permission: legacy });
  }

  addIssue(issue: { title: string; body?: string; author?: string; number?: number }): Issue {
    const number = this.take(issue.number);
    const stored: StoredIssue = {
      number,
      title: issue.title,
      body: issue.body ?? '',
      url: `${this.url}/issues/${number}`,
      author: issue.author ?? 'reporter',
      isPullRequest: false,
      open: true,
    };
    this.issues.set(number, stored);
    return { ...stored };
  }

  addPull(pull: Partial<PullRequest> & { title: string; headRef: string }): PullRequest {
    const number = this.take(pull.number);
    const stored: PullRequest = {
      nodeId: `PR_${number}`,
      url: `${this.url}/pull/${number}`,
      body: '',
      draft: false,
      open: true,
      merged: false,
      fromFork: false,
      author: HOST_BOT,
      ...pull,
      number,
    };
    this.pulls.set(number, stored);
    return { ...stored };
  }

  /** Changes a pull request as a person would (closing, merging, editing the body). */
  setPull(number: number, changes: Partial<Omit<PullRequest, 'number'>>): void {
    this.pulls.set(number, { ...this.pullNumbered(number), ...changes });
  }

  /** The pull request as it is now. */
  pull(number: number): PullRequest {
    return { ...this.pullNumbered(number) };
  }

  issue(number: number): Issue & { open: boolean } {
    const issue = this.issues.get(number);
    if (!issue) throw new Error(`there is no issue #${number}`);
    return { ...issue };
  }

  commentsOn(issueNumber: number): string[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber).map((c) => c.body);
  }

  labelsOf(number: number): string[] {
    return [...(this.labels.get(number) ?? [])];
  }

  reviewersOf(number: number): string[] {
    return [...(this.reviewers.get(number) ?? [])];
  }

  async permissionOf(login: string): Promise<Permission> {
    await this.record('permissionOf', login);
    return { ...(this.permissions.get(login) ?? { permission: 'none' }) };
  }

  async defaultBranch(): Promise<string> {
    await this.record('defaultBranch');
    return 'main';
  }

  async getIssue(number: number): Promise<Issue> {
    await this.record('getIssue', number);
    const pull = this.pulls.get(number);
    if (pull)
      return {
        number,
        title: pull.title,
        body: pull.body,
        url: pull.url,
        author: pull.author.login,
        isPullRequest: true,
      };
    const { title, body, url, author } = this.issue(number);
    return { number, title, body, url, author, isPullRequest: false };
  }

  async findPullByBranch(branch: string): Promise<PullRequest | undefined> {
    await this.record('findPullByBranch', branch);
    const mine = [...this.pulls.values()]
      .filter((p) => p.headRef === branch && !p.fromFork)
      .sort((a, b) => b.number - a.number);
    const pick = mine.find((p) => p.open) ?? mine[0];
    return pick && { ...pick };
  }

  async createDraftPull(pull: {
    title: string;
    head: string;
    base: string;
    body: string;
  }): Promise<PullRequest> {
    await this.record('createDraftPull', pull);
    return this.addPull({ title: pull.title, headRef: pull.head, body: pull.body, draft: true });
  }

  async updatePull(number: number, changes: { title?: string; body?: string }): Promise<void> {
    await this.record('updatePull', number, changes);
    this.setPull(number, changes);
  }

  async comment(issueNumber: number, body: string): Promise<void> {
    await this.record('comment', issueNumber, body);
    if (!this.issues.has(issueNumber) && !this.pulls.has(issueNumber))
      throw new Error(`there is no issue or pull request #${issueNumber}`);
    this.comments.push({ issueNumber, body });
  }

  async getPull(number: number): Promise<PullRequest> {
    await this.record('getPull', number);
    return this.pull(number);
  }

  async closePull(number: number): Promise<void> {
    await this.record('closePull', number);
    this.setPull(number, { open: false });
  }

  async markReadyForReview(pull: PullRequest): Promise<void> {
    await this.record('markReadyForReview', pull);
    this.setPull(pull.number, { draft: false });
  }

  async requestReviewers(number: number, logins: string[]): Promise<void> {
    await this.record('requestReviewers', number, logins);
    this.reviewers.set(number, [...this.reviewersOf(number), ...logins]);
  }

  async closeIssue(number: number, comment: string): Promise<void> {
    await this.record('closeIssue', number, comment);
    const issue = this.issue(number);
    this.comments.push({ issueNumber: number, body: comment });
    this.issues.set(number, { ...issue, open: false });
  }

  async listOpenPulls(): Promise<PullRequest[]> {
    await this.record('listOpenPulls');
    return [...this.pulls.values()]
      .filter((p) => p.open)
      .sort((a, b) => b.number - a.number)
      .map((p) => ({ ...p }));
  }

  async addLabels(issueNumber: number, labels: string[]): Promise<void> {
    await this.record('addLabels', issueNumber, labels);
    const now = this.labelsOf(issueNumber);
    this.labels.set(issueNumber, [...now, ...labels.filter((l) => !now.includes(l))]);
  }

  async openIssue(issue: { title: string; body: string; labels: string[] }): Promise<Issue> {
    await this.record('openIssue', issue);
    const opened = this.addIssue({ title: issue.title, body: issue.body, author: HOST_BOT.login });
    this.labels.set(opened.number, [...issue.labels]);
    return opened;
  }

  async issuesLabelled(label: string): Promise<Issue[]> {
    await this.record('issuesLabelled', label);
    return [...this.issues.values()]
      .filter((issue) => this.labelsOf(issue.number).includes(label))
      .sort((a, b) => a.number - b.number)
      .map(({ open: _open, ...issue }) => issue);
  }

  async readFile(path: string): Promise<string | undefined> {
    await this.record('readFile', path);
    return this.files.get(path);
  }

  private pullNumbered(number: number): PullRequest {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`there is no pull request #${number}`);
    return pull;
  }

  /** The number a new issue or pull request gets (or the one asked for, if free). */
  private take(wanted?: number): number {
    const number = wanted ?? this.last + 1;
    if (this.issues.has(number) || this.pulls.has(number)) throw new Error(`#${number} is taken`);
    this.last = Math.max(this.last, number);
    return number;
  }
}
