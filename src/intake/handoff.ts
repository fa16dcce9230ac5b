import { z } from 'zod';
import { isBot } from '../core/bots.js';
import type { HandoffSource } from '../ports.js';
import { HANDOFF_INPUTS } from '../core/handoff-inputs.js';
import { findJiraKey } from '../core/jira-keys.js';
import type { Ignored, TicketCommand } from './command.js';
import { commandFromGitHub, EventError, type GitHubIntakeOptions } from './github-event.js';

const dispatch = z.object({
  inputs: z.record(z.string(), z.unknown()).nullish(),
  sender: z.object({ login: z.string().min(1), type: z.string().optional() }),
  repository: z.object({ default_branch: z.string().min(1).optional() }).optional(),
});

const positive = /^[1-9][0-9]{0,15}$/;

/**
 * A workflow_dispatch that hands work over, as the command it really carries;
 * undefined when the dispatch is a person's own (their sender is who asks).
 */
export async function commandFromHandoff(
  payload: unknown,
  source: HandoffSource,
  options: GitHubIntakeOptions,
): Promise<TicketCommand | Ignored | undefined> {
  const parsed = dispatch.safeParse(payload);
  if (!parsed.success) throw new EventError('The workflow_dispatch event payload is malformed');
  const { inputs, sender } = parsed.data;
  const commentId = inputText(inputs, HANDOFF_INPUTS.comment);
  if (commentId !== undefined) {
    if (!positive.test(commentId))
      throw new EventError(`The ${HANDOFF_INPUTS.comment} input must be a comment id`);
    return fromComment(Number(commentId), inputText(inputs, HANDOFF_INPUTS.pull), source, options);
  }
  if (!isBot(sender)) return undefined;
  const issueText = inputText(inputs, HANDOFF_INPUTS.issue);
  const issueNumber =
    options.dispatchOverrides?.issueNumber ??
    (issueText && positive.test(issueText) ? Number(issueText) : undefined);
  if (issueNumber === undefined) return undefined;
  const branch = parsed.data.repository?.default_branch;
  const plan = {
    kind: 'plan',
    trigger: 'dispatch',
    ticket: { issueNumber },
    ...(branch ? { defaultBranch: branch } : {}),
  } as const;
  const labeled = await source.lastLabeler(issueNumber, options.triggerLabel);
  if (labeled && !isBot(labeled.actor)) {
    // When: a labelling older than the ticket's last ending asks for nothing now.
    return {
      ...plan,
      trigger: 'label',
      requester: { source: 'github', actor: labeled.actor },
      requestedAt: labeled.at,
    };
  }
  // An issue the same app opened from a verified Jira webhook: Jira asks.
  const issue = await source.issue(issueNumber);
  const jiraKey = findJiraKey([issue.title, issue.body]);
  if (jiraKey && isBot(issue.author) && sameLogin(issue.author.login, sender.login)) {
    // A route is an allowlist, checked again here: the repository names its projects.
    const project = jiraKey.split('-')[0] ?? '';
    if (!(options.jiraProjectKeys ?? []).includes(project))
      return {
        ignored: `Jira project ${project} is not in this repository's jira-project-keys; its ticket ${jiraKey} is not planned`,
      };
    return {
      ...plan,
      requester: { source: 'jira' },
      ticket: { issueNumber, jiraKey },
    };
  }
  // Nobody a person can vouch for: the bot itself asks, and the authorizer refuses it.
  return { ...plan, requester: { source: 'github', actor: sender } };
}

async function fromComment(
  id: number,
  pull: string | undefined,
  source: HandoffSource,
  options: GitHubIntakeOptions,
): Promise<TicketCommand | Ignored> {
  const comment = await source.comment(id);
  if (!comment) return { ignored: `comment ${id} does not exist in this repository` };
  if (!comment.onPull) return { ignored: `comment ${id} is on an issue, not a pull request` };
  if (comment.edited) return { ignored: `comment ${id} was edited; only new comments count` };
  if (pull !== undefined && pull !== String(comment.issueNumber)) {
    return { ignored: `comment ${id} is on #${comment.issueNumber}, not on #${pull}` };
  }
  // The same reading as a webhook's comment: what it says, asked by who wrote it.
  return commandFromGitHub(
    'issue_comment',
    {
      action: 'created',
      issue: { number: comment.issueNumber, pull_request: {} },
      comment: { id, body: comment.body, created_at: comment.writtenAt },
      sender: comment.author,
    },
    options,
  );
}

function inputText(
  inputs: Record<string, unknown> | null | undefined,
  name: string,
): string | undefined {
  const value = inputs?.[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
