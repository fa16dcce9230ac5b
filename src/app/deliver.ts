import { specBranch } from '../core/branch.js';
import { authorize } from '../intake/authorize.js';
import { EventError } from '../intake/github-event.js';
import { requesterName, type TicketCommand } from '../intake/command.js';
import { runCommand } from '../intake/run-command.js';
import type { HandOverSubject } from '../ports.js';
import { issueForJiraTicket } from '../usecases/ticket-issue.js';
import type { AppServices, RepoSession } from './installation.js';

/**
 * What every door of the app does with a command, whatever door it came
 * through: work that needs the code (plan, approve, revise), when its
 * requester may ask for it, is handed to the repository's workflow; the rest
 * (and every refusal) runs here, through the one intake. Answers what was done.
 */
export async function deliver(
  command: TicketCommand,
  session: RepoSession,
  services: AppServices,
): Promise<string> {
  const deps = await session.deps();
  if (needsRunner(command)) {
    const allowed = await authorize(command, deps.host, deps.policy);
    if (allowed.ok) return handOver(command, session, services);
  }
  const outcome = await runCommand(command, deps);
  return `${command.kind} → ${outcome.state}: ${outcome.message}`;
}

function needsRunner(command: TicketCommand): boolean {
  return command.kind === 'plan' || command.kind === 'approve' || command.kind === 'revise';
}

async function handOver(
  command: TicketCommand,
  session: RepoSession,
  services: AppServices,
): Promise<string> {
  const { settings } = services;
  const what = `${command.kind}${'requester' in command ? ` from ${requesterName(command.requester)}` : ''}`;
  if (await session.dryRun())
    return `dry run: would hand the ${what} to the workflow (nothing opened, claimed or dispatched)`;
  const subject = await subjectOf(command, session, services);
  if ('done' in subject) return subject.done;
  const thread = 'issueNumber' in subject ? subject.issueNumber : subject.pullNumber;
  const workflow = await session.workflows.find(settings.workflowFile);
  if (!workflow) {
    await session.host.comment(thread, missingWorkflowMessage(settings.workflowFile));
    return `#${thread}: no specgate workflow; said so on #${thread}`;
  }
  if (!(await session.workflows.handOver(workflow, subject)))
    return `#${thread} ${command.kind} was already handed over`;
  return `#${thread} ${command.kind} handed to ${workflow.path}`;
}

/** What the workflow is handed: the issue to plan, or the comment to read again. */
async function subjectOf(
  command: TicketCommand,
  session: RepoSession,
  services: AppServices,
): Promise<HandOverSubject | { done: string }> {
  if (command.kind === 'plan') {
    const { ticket } = command;
    if (ticket.issueNumber !== undefined) return { issueNumber: ticket.issueNumber };
    if (!ticket.jiraKey || !ticket.jira) return { done: 'a plan names no issue to hand over' };
    const baseUrl = services.settings.jira?.baseUrl?.replace(/\/+$/, '');
    const found = await issueForJiraTicket(
      {
        key: ticket.jiraKey,
        summary: ticket.jira.summary,
        description: ticket.jira.description,
        ...(baseUrl ? { url: `${baseUrl}/browse/${ticket.jiraKey}` } : {}),
      },
      session.host,
    );
    if ('duplicate' in found)
      return { done: `#${found.duplicate} closed as a duplicate of #${found.of}` };
    const branch = specBranch((await session.config())['branch-prefix'], { issue: found.issue });
    const pull = await session.host.findPullByBranch(branch);
    if (pull) return { done: `#${found.issue} already has spec pull request #${pull.number}` };
    return { issueNumber: found.issue };
  }
  const origin = 'origin' in command ? command.origin : undefined;
  const commentId = /^github-comment:([1-9][0-9]*)$/.exec(origin ?? '')?.[1];
  // A delivery without the comment's id is refused, so that GitHub's redelivery can do it.
  if (!commentId || !('pullNumber' in command))
    throw new EventError(`The ${command.kind} comment has no comment id to hand over`);
  return { commentId: Number(commentId), pullNumber: command.pullNumber };
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
