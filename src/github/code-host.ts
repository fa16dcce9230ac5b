import { setTimeout as sleep } from 'node:timers/promises';
import type { Octokit } from '@octokit/core';
import type { PaginateInterface } from '@octokit/plugin-paginate-rest';
import type { Api as RestEndpoints } from '@octokit/plugin-rest-endpoint-methods';
import type { Redactor } from '../core/redact.js';
import type { CodeHost, Issue, Permission, PullRequest, RepoRef } from '../ports.js';
import { statusOf, withGitHub } from './errors.js';

// How far back a comment whose answer was lost is looked for (server clocks differ a little).
const LOST_COMMENT_WINDOW_MS = 5 * 60_000;

interface RawPull {
  number: number;
  node_id: string;
  html_url: string;
  title: string;
  body?: string | null;
  draft?: boolean;
  state: string;
  merged_at?: string | null;
  merged?: boolean;
  head: { ref: string; repo?: { full_name: string } | null };
  base?: { repo?: { full_name: string } | null };
  user?: { login: string; type?: string } | null;
}

/**
 * What the code host needs of an Octokit: the REST endpoint methods,
 * pagination and GraphQL. The Action's client, Probot's and a plain
 * `@octokit/core` with the two plugins all have them; retries, throttling and
 * authentication are the client builder's business, not the code host's.
 */
export type RestOctokit = Pick<Octokit, 'graphql'> &
  RestEndpoints & { paginate: PaginateInterface };

/** The GitHub REST API as specgate's CodeHost. Every text it posts is redacted. */
export class GitHubCodeHost implements CodeHost {
  constructor(
    private readonly octokit: RestOctokit,
    private readonly repo: RepoRef,
    private readonly redactor: Redactor,
  ) {}

  async permissionOf(login: string): Promise<Permission> {
    try {
      const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
        ...this.repo,
        username: login,
      });
      return { roleName: data.role_name, permission: data.permission };
    } catch (error) {
      // GitHub answers 404 for a login that does not exist: no permission.
      if (statusOf(error) === 404) return { permission: 'none' };
      return withGitHub(`check ${login}'s permission`, () => Promise.reject(error as Error));
    }
  }

  async defaultBranch(): Promise<string> {
    const { data } = await withGitHub('read the repository', () =>
      this.octokit.rest.repos.get({ ...this.repo }),
    );
    return data.default_branch;
  }

  async getIssue(number: number): Promise<Issue> {
    const { data } = await withGitHub(`read issue #${number}`, () =>
      this.octokit.rest.issues.get({ ...this.repo, issue_number: number }),
    );
    return toIssue(data);
  }

  async findPullByBranch(branch: string): Promise<PullRequest | undefined> {
    const pulls = await withGitHub(`look for the pull request of ${branch}`, () =>
      this.octokit.paginate(this.octokit.rest.pulls.list, {
        ...this.repo,
        head: `${this.repo.owner}:${branch}`,
        state: 'all',
        per_page: 100,
      }),
    );
    // Filter again here: a head filter the server ignored must not pick another branch's PR.
    const sorted = (pulls as RawPull[])
      .filter((p) => p.head.ref === branch)
      .sort((a, b) => b.number - a.number);
    const pick = sorted.find((p) => p.state === 'open') ?? sorted[0];
    return pick ? toPull(pick) : undefined;
  }

  async createDraftPull(pull: {
    title: string;
    head: string;
    base: string;
    body: string;
  }): Promise<PullRequest> {
    try {
      const { data } = await this.octokit.rest.pulls.create({
        ...this.repo,
        title: this.redactor.redact(pull.title),
        head: pull.head,
        base: pull.base,
        body: this.redactor.redact(pull.body),
        draft: true,
      });
      return toPull(data);
    } catch (error) {
      // A create that failed may still have worked (a 502 after GitHub made the PR; the
      // client's resend then meets "A pull request already exists"): the PR is what counts.
      const existing = await this.openPullOf(pull.head, pull.base).catch(() => undefined);
      if (existing) return existing;
      return withGitHub('open the spec pull request', () => Promise.reject(error as Error));
    }
  }

  private async openPullOf(head: string, base: string): Promise<PullRequest | undefined> {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.repo,
      head: `${this.repo.owner}:${head}`,
      base,
      state: 'open',
      per_page: 100,
    });
    const pick = (data as RawPull[]).find((p) => p.head.ref === head);
    return pick ? toPull(pick) : undefined;
  }

  async updatePull(number: number, changes: { title?: string; body?: string }): Promise<void> {
    await withGitHub(`update pull request #${number}`, () =>
      this.octokit.rest.pulls.update({
        ...this.repo,
        pull_number: number,
        ...(changes.title !== undefined ? { title: this.redactor.redact(changes.title) } : {}),
        ...(changes.body !== undefined ? { body: this.redactor.redact(changes.body) } : {}),
      }),
    );
  }

  async comment(issueNumber: number, body: string): Promise<void> {
    const text = this.redactor.redact(body);
    const since = new Date(Date.now() - LOST_COMMENT_WINDOW_MS);
    for (let attempt = 0; ; attempt += 1) {
      try {
        // Not resent blindly by the client: a comment whose answer was lost may exist.
        await this.octokit.rest.issues.createComment({
          ...this.repo,
          issue_number: issueNumber,
          body: text,
          request: { retries: 0 },
        });
        return;
      } catch (error) {
        const status = statusOf(error);
        const lost = !status || status >= 500;
        if (!lost || attempt >= 2) {
          return withGitHub(`comment on #${issueNumber}`, () => Promise.reject(error as Error));
        }
        await sleep(1000 * 2 ** attempt);
        if (await this.hasComment(issueNumber, text, since).catch(() => false)) return;
      }
    }
  }

  private async hasComment(issueNumber: number, text: string, since: Date): Promise<boolean> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: issueNumber,
      since: since.toISOString(),
      per_page: 100,
    });
    return comments.some((c) => c.body === text && Date.parse(c.created_at) >= since.getTime());
  }

  async getPull(number: number): Promise<PullRequest> {
    const { data } = await withGitHub(`read pull request #${number}`, () =>
      this.octokit.rest.pulls.get({ ...this.repo, pull_number: number }),
    );
    return toPull(data);
  }

  async closePull(number: number): Promise<void> {
    await withGitHub(`close pull request #${number}`, () =>
      this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, state: 'closed' }),
    );
  }

  async markReadyForReview(pull: PullRequest): Promise<void> {
    if (!pull.draft) return;
    // REST cannot take a PR out of draft; GraphQL can.
    await withGitHub(`mark pull request #${pull.number} ready for review`, () =>
      this.octokit.graphql(
        'mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }',
        { id: pull.nodeId },
      ),
    );
  }

  async requestReviewers(number: number, logins: string[]): Promise<void> {
    if (logins.length === 0) return;
    await withGitHub(`request reviewers on #${number}`, () =>
      this.octokit.rest.pulls.requestReviewers({
        ...this.repo,
        pull_number: number,
        reviewers: logins,
      }),
    );
  }

  async listOpenPulls(): Promise<PullRequest[]> {
    const pulls = await withGitHub('list the open pull requests', () =>
      this.octokit.paginate(this.octokit.rest.pulls.list, {
        ...this.repo,
        state: 'open',
        sort: 'created',
        direction: 'desc',
        per_page: 100,
      }),
    );
    return (pulls as RawPull[]).map(toPull);
  }

  async addLabels(issueNumber: number, labels: string[]): Promise<void> {
    if (labels.length === 0) return;
    await withGitHub(`label #${issueNumber}`, () =>
      this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: issueNumber, labels }),
    );
  }

  async openIssue(issue: { title: string; body: string; labels: string[] }): Promise<Issue> {
    const { data } = await withGitHub('open an issue', () =>
      this.octokit.rest.issues.create({
        ...this.repo,
        title: this.redactor.redact(issue.title),
        body: this.redactor.redact(issue.body),
        labels: issue.labels,
      }),
    );
    return toIssue(data);
  }

  async issuesLabelled(label: string): Promise<Issue[]> {
    const issues = await withGitHub(`list the issues labelled ${label}`, () =>
      this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
        ...this.repo,
        labels: label,
        state: 'all',
        per_page: 100,
      }),
    );
    return issues
      .map(toIssue)
      .filter((issue) => !issue.isPullRequest)
      .sort((a, b) => a.number - b.number);
  }

  async readFile(path: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ ...this.repo, path });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
      return Buffer.from(data.content, 'base64').toString('utf8');
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      return withGitHub(`read ${path}`, () => Promise.reject(error as Error));
    }
  }

  async closeIssue(number: number, comment: string): Promise<void> {
    await this.comment(number, comment);
    await withGitHub(`close issue #${number}`, () =>
      this.octokit.rest.issues.update({
        ...this.repo,
        issue_number: number,
        state: 'closed',
        state_reason: 'completed',
      }),
    );
  }
}

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
  pull_request?: unknown;
}

function toIssue(raw: RawIssue): Issue {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? '',
    url: raw.html_url,
    author: raw.user?.login ?? 'ghost',
    isPullRequest: Boolean(raw.pull_request),
  };
}

function toPull(raw: RawPull): PullRequest {
  return {
    number: raw.number,
    nodeId: raw.node_id,
    url: raw.html_url,
    title: raw.title,
    body: raw.body ?? '',
    draft: Boolean(raw.draft),
    open: raw.state === 'open',
    merged: Boolean(raw.merged_at) || Boolean(raw.merged),
    headRef: raw.head.ref,
    fromFork: raw.head.repo?.full_name !== (raw.base?.repo?.full_name ?? raw.head.repo?.full_name),
    // A deleted account shows as null: nobody specgate knows.
    author: raw.user
      ? { login: raw.user.login, ...(raw.user.type ? { type: raw.user.type } : {}) }
      : { login: 'ghost' },
  };
}
