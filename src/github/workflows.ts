import { HANDOFF_INPUTS } from '../core/handoff-inputs.js';
import type { CodeHost, HandOverSubject, RepoRef, Workflow, Workflows } from '../ports.js';
import type { GitHubClient } from './client.js';
import { withGitHub } from './errors.js';

const USES_SPECGATE = /^\s*-?\s*uses:\s*['"]?[\w.-]+\/specgate(?:\/[^@\s]*)?@/m;
/** How many workflow files are read looking for specgate before giving up. */
const MAX_WORKFLOWS_READ = 10;
/** A hand-over claimed this recently is a redelivery, not a new request. */
const CLAIM_WINDOW_MS = 10 * 60_000;

/** The repository's GitHub Actions workflows, as the place work is handed over to. */
export class GitHubWorkflows implements Workflows {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly host: CodeHost,
  ) {}

  async find(configuredFile: string): Promise<Workflow | undefined> {
    const { data } = await withGitHub('list the workflows', () =>
      this.client.rest.actions.listRepoWorkflows({ ...this.repo, per_page: 100 }),
    );
    const active = data.workflows.filter((w) => w.state === 'active');
    const named = active.find((w) => w.path === `.github/workflows/${configuredFile}`);
    if (named) return { id: named.id, path: named.path };
    for (const workflow of active.slice(0, MAX_WORKFLOWS_READ)) {
      const text = await this.host.readFile(workflow.path);
      if (text && USES_SPECGATE.test(text)) return { id: workflow.id, path: workflow.path };
    }
    return undefined;
  }

  /** Claims the subject, then dispatches; a failed dispatch releases the claim. */
  async handOver(workflow: Workflow, subject: HandOverSubject): Promise<boolean> {
    const reaction = await this.claim(subject);
    if (reaction === undefined) return false;
    try {
      await this.dispatch(workflow, inputsOf(subject));
    } catch (error) {
      await this.release(subject, reaction).catch(() => undefined);
      throw error;
    }
    return true;
  }

  private async dispatch(workflow: Workflow, inputs: Record<string, string>): Promise<void> {
    const ref = await this.host.defaultBranch();
    await withGitHub(`start ${workflow.path}`, () =>
      this.client.rest.actions.createWorkflowDispatch({
        ...this.repo,
        workflow_id: workflow.id,
        ref,
        inputs,
      }),
    );
  }

  /**
   * Claims the hand-over of a comment or an issue with the app's reaction.
   * GitHub keeps one reaction per user, content and subject, answering 200 for
   * one that exists: whichever replica gets the 201 does the work, so a
   * redelivery (to this replica or another) does nothing twice. Returns the
   * reaction to release if the work could not be handed over, or undefined
   * when someone already has it.
   */
  private async claim(subject: HandOverSubject): Promise<number | undefined> {
    const response =
      'commentId' in subject
        ? await withGitHub('react to the comment', () =>
            this.client.rest.reactions.createForIssueComment({
              ...this.repo,
              comment_id: subject.commentId,
              content: 'rocket',
            }),
          )
        : await withGitHub('react to the issue', () =>
            this.client.rest.reactions.createForIssue({
              ...this.repo,
              issue_number: subject.issueNumber,
              content: 'rocket',
            }),
          );
    if (response.status === 201) return response.data.id;
    // A label removed and added again later is a new request; a recent claim is a redelivery.
    if ('issueNumber' in subject) {
      const age = Date.now() - Date.parse(response.data.created_at);
      if (age > CLAIM_WINDOW_MS) return response.data.id;
    }
    return undefined;
  }

  /** Gives a claim back after a failed dispatch, so that GitHub's or Jira's retry can do the work. */
  private async release(subject: HandOverSubject, reaction: number): Promise<void> {
    await ('commentId' in subject
      ? this.client.rest.reactions.deleteForIssueComment({
          ...this.repo,
          comment_id: subject.commentId,
          reaction_id: reaction,
        })
      : this.client.rest.reactions.deleteForIssue({
          ...this.repo,
          issue_number: subject.issueNumber,
          reaction_id: reaction,
        }));
  }
}

function inputsOf(subject: HandOverSubject): Record<string, string> {
  return 'commentId' in subject
    ? {
        [HANDOFF_INPUTS.comment]: String(subject.commentId),
        [HANDOFF_INPUTS.pull]: String(subject.pullNumber),
      }
    : { [HANDOFF_INPUTS.issue]: String(subject.issueNumber) };
}
