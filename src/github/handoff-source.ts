import type { Actor } from '../core/bots.js';
import type { HandoffComment, HandoffIssue, HandoffSource, RepoRef } from '../ports.js';
import type { GitHubClient } from './client.js';
import { statusOf, withGitHub } from './errors.js';

/** The hand-off's questions, answered by GitHub's REST API. */
export class GitHubHandoffSource implements HandoffSource {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
  ) {}

  async comment(id: number): Promise<HandoffComment | undefined> {
    let data;
    try {
      ({ data } = await this.octokit.rest.issues.getComment({ ...this.repo, comment_id: id }));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      return withGitHub(`read comment ${id}`, () => Promise.reject(error as Error));
    }
    const issueNumber = Number(/\/issues\/(\d+)$/.exec(data.issue_url)?.[1]);
    if (!Number.isInteger(issueNumber)) return undefined;
    const issue = await withGitHub(`read #${issueNumber}`, () =>
      this.octokit.rest.issues.get({ ...this.repo, issue_number: issueNumber }),
    );
    return {
      author: actorOf(data.user),
      body: data.body ?? '',
      issueNumber,
      onPull: Boolean(issue.data.pull_request),
      edited: Date.parse(data.updated_at) > Date.parse(data.created_at),
      writtenAt: data.created_at,
    };
  }

  async lastLabeler(
    issueNumber: number,
    label: string,
  ): Promise<{ actor: Actor; at: string } | undefined> {
    const events = await withGitHub(`read the events of #${issueNumber}`, () =>
      this.octokit.paginate(this.octokit.rest.issues.listEvents, {
        ...this.repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
    );
    const last = events
      .filter(
        (event) =>
          (event.event === 'labeled' || event.event === 'unlabeled') &&
          'label' in event &&
          event.label.name.toLowerCase() === label.toLowerCase(),
      )
      .at(-1);
    return last?.event === 'labeled' && last.actor
      ? { actor: actorOf(last.actor), at: last.created_at }
      : undefined;
  }

  async issue(number: number): Promise<HandoffIssue> {
    const { data } = await withGitHub(`read issue #${number}`, () =>
      this.octokit.rest.issues.get({ ...this.repo, issue_number: number }),
    );
    return { author: actorOf(data.user), title: data.title, body: data.body ?? '' };
  }
}

function actorOf(user: { login: string; type?: string } | null | undefined): Actor {
  return user
    ? { login: user.login, ...(user.type ? { type: user.type } : {}) }
    : { login: 'ghost' };
}
