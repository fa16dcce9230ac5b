import { withGitHub } from '../github/errors.js';
import type { RepoSession } from './installation.js';

const USES_SPECGATE = /^\s*-?\s*uses:\s*['"]?[\w.-]+\/specgate(?:\/[^@\s]*)?@/m;
/** How many workflow files are read looking for specgate before giving up. */
const MAX_WORKFLOWS_READ = 10;
/** A hand-over claimed this recently is a redelivery, not a new request. */
const CLAIM_WINDOW_MS = 10 * 60_000;

export interface Workflow {
  id: number;
  path: string;
}

/**
 * The repository's specgate workflow: the configured file when it exists,
 * else the first active workflow that uses the specgate action.
 */
export async function findWorkflow(
  session: RepoSession,
  configuredFile: string,
): Promise<Workflow | undefined> {
  const { data } = await withGitHub('list the workflows', () =>
    session.client.rest.actions.listRepoWorkflows({ ...session.repo, per_page: 100 }),
  );
  const active = data.workflows.filter((w) => w.state === 'active');
  const named = active.find((w) => w.path === `.github/workflows/${configuredFile}`);
  if (named) return { id: named.id, path: named.path };
  for (const workflow of active.slice(0, MAX_WORKFLOWS_READ)) {
    const text = await session.readFile(workflow.path);
    if (text && USES_SPECGATE.test(text)) return { id: workflow.id, path: workflow.path };
  }
  return undefined;
}

export function missingWorkflowMessage(configuredFile: string): string {
  return [
    'specgate could not start: this repository has no specgate workflow.',
    '',
    `Add \`.github/workflows/${configuredFile}\` with the workflow from specgate's README`,
    '("Install it in a repository"): it must run on `workflow_dispatch` with the inputs',
    '`issue`, `comment-id` and `pull`, and use the specgate action. With the app, the',
    'workflow needs only `workflow_dispatch` (and `schedule`): the app hands it the work.',
    'Then ask again.',
  ].join('\n');
}

export async function dispatch(
  session: RepoSession,
  workflow: Workflow,
  inputs: Record<string, string>,
): Promise<void> {
  const ref = await session.host.defaultBranch();
  await withGitHub(`start ${workflow.path}`, () =>
    session.client.rest.actions.createWorkflowDispatch({
      ...session.repo,
      workflow_id: workflow.id,
      ref,
      inputs,
    }),
  );
}

export type Subject = { commentId: number } | { issueNumber: number };

/**
 * Claims the hand-over of a comment or an issue with the app's reaction.
 * GitHub keeps one reaction per user, content and subject, answering 200 for
 * one that exists: whichever replica gets the 201 does the work, so a
 * redelivery (to this replica or another) does nothing twice. Returns the
 * reaction to release if the work could not be handed over, or undefined
 * when someone already has it.
 */
export async function claim(session: RepoSession, subject: Subject): Promise<number | undefined> {
  const response =
    'commentId' in subject
      ? await withGitHub('react to the comment', () =>
          session.client.rest.reactions.createForIssueComment({
            ...session.repo,
            comment_id: subject.commentId,
            content: 'rocket',
          }),
        )
      : await withGitHub('react to the issue', () =>
          session.client.rest.reactions.createForIssue({
            ...session.repo,
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
export async function release(session: RepoSession, subject: Subject, reaction: number) {
  await ('commentId' in subject
    ? session.client.rest.reactions.deleteForIssueComment({
        ...session.repo,
        comment_id: subject.commentId,
        reaction_id: reaction,
      })
    : session.client.rest.reactions.deleteForIssue({
        ...session.repo,
        issue_number: subject.issueNumber,
        reaction_id: reaction,
      }));
}

/** Claims the subject, then dispatches; a failed dispatch releases the claim. */
export async function handOff(
  session: RepoSession,
  workflow: Workflow,
  subject: Subject,
  inputs: Record<string, string>,
): Promise<boolean> {
  const reaction = await claim(session, subject);
  if (reaction === undefined) return false;
  try {
    await dispatch(session, workflow, inputs);
  } catch (error) {
    await release(session, subject, reaction).catch(() => undefined);
    throw error;
  }
  return true;
}
