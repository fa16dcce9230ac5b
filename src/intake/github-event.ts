import { z } from 'zod';
import { loadConfig } from '../config/load.js';
import { parseCommand } from '../core/comment-command.js';
import type { Ignored, TicketCommand, TicketRef } from './command.js';

const sender = z.object({ login: z.string().min(1), type: z.string().optional() });
const repository = z.object({ default_branch: z.string().min(1).optional() }).optional();

const labeledIssue = z.object({
  action: z.literal('labeled'),
  issue: z.object({ number: z.number().int().positive() }),
  label: z.object({ name: z.string() }),
  repository,
  sender,
});

const dispatch = z.object({
  inputs: z.record(z.string(), z.unknown()).nullish(),
  repository,
  sender,
});

const issueComment = z.object({
  action: z.string(),
  issue: z.object({
    number: z.number().int().positive(),
    pull_request: z.object({}).passthrough().nullish(),
  }),
  comment: z.object({
    id: z.number().int().positive().optional(),
    body: z.string().nullable(),
    created_at: z.string().optional(),
  }),
  sender,
});

const closedPull = z.object({
  action: z.literal('closed'),
  pull_request: z.object({ number: z.number().int().positive() }),
});

export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventError';
  }
}

export interface GitHubIntakeOptions {
  /** The label that starts a plan. */
  triggerLabel: string;
  /** Ticket references the workflow's own inputs give; they win over a dispatch's raw inputs. */
  dispatchOverrides?: TicketRef;
  /** Jira projects this repository takes tickets from (`jira-project-keys`). */
  jiraProjectKeys?: readonly string[];
}

/**
 * A GitHub event (an Actions event or an app's webhook: the same name and
 * payload) as the command it asks for, or why it asks for none. A payload
 * that is not what GitHub sends throws an EventError.
 */
export function commandFromGitHub(
  name: string | undefined,
  payload: unknown,
  options: GitHubIntakeOptions,
): TicketCommand | Ignored {
  switch (name) {
    case 'issues': {
      const action = (payload as { action?: unknown } | null)?.action;
      if (action !== 'labeled') return { ignored: `issues.${String(action)} is not a trigger` };
      const event = check(labeledIssue, payload, 'issues.labeled');
      if (event.label.name !== options.triggerLabel) {
        return {
          ignored: `label "${event.label.name}" is not the trigger label "${options.triggerLabel}"`,
        };
      }
      return {
        kind: 'plan',
        trigger: 'label',
        requester: { source: 'github', actor: event.sender },
        ticket: { issueNumber: event.issue.number },
        ...defaultBranchOf(event),
      };
    }
    case 'workflow_dispatch': {
      const event = check(dispatch, payload, 'workflow_dispatch');
      const inputs = event.inputs ?? {};
      const raw = loadConfig({
        ...(typeof inputs.issue === 'string' && inputs.issue ? { issue: inputs.issue } : {}),
        ...(typeof inputs['jira-key'] === 'string' && inputs['jira-key']
          ? { 'jira-key': inputs['jira-key'] }
          : {}),
      });
      const issueNumber = options.dispatchOverrides?.issueNumber ?? raw.issue;
      const jiraKey = options.dispatchOverrides?.jiraKey ?? raw['jira-key'];
      return {
        kind: 'plan',
        trigger: 'dispatch',
        requester: { source: 'github', actor: event.sender },
        ticket: {
          ...(issueNumber !== undefined ? { issueNumber } : {}),
          ...(jiraKey ? { jiraKey } : {}),
        },
        ...defaultBranchOf(event),
      };
    }
    case 'issue_comment': {
      const event = check(issueComment, payload, 'issue_comment');
      if (!event.issue.pull_request)
        return { ignored: 'the comment is on an issue, not a pull request' };
      if (event.action !== 'created')
        return { ignored: `comment ${event.action}; only new comments give commands` };
      const said = parseCommand(event.comment.body ?? '');
      if (!said) return { ignored: 'the comment holds no command at the start of a paragraph' };
      const requester = { source: 'github', actor: event.sender } as const;
      const pullNumber = event.issue.number;
      const at = Date.parse(event.comment.created_at ?? '');
      const written = {
        ...(Number.isNaN(at) ? {} : { writtenAt: new Date(at).toISOString() }),
        ...(event.comment.id ? { origin: `github-comment:${event.comment.id}` } : {}),
      };
      switch (said.kind) {
        case 'approve':
          return { kind: 'approve', requester, pullNumber, ...written };
        case 'revise':
          return { kind: 'revise', requester, pullNumber, feedback: said.feedback, ...written };
        case 'reject':
          return { kind: 'reject', requester, pullNumber, reason: said.reason, ...written };
      }
      break;
    }
    case 'pull_request': {
      const action = (payload as { action?: unknown } | null)?.action;
      if (action !== 'closed') return { ignored: `pull_request.${String(action)} is not handled` };
      return {
        kind: 'pull-closed',
        pullNumber: check(closedPull, payload, 'pull_request.closed').pull_request.number,
      };
    }
    case 'schedule':
      return { kind: 'sweep', requester: { source: 'schedule' } };
  }
  return { ignored: `specgate does not act on ${name ?? 'an unnamed'} event` };
}

function defaultBranchOf(event: {
  repository?: { default_branch?: string | undefined } | undefined;
}) {
  const branch = event.repository?.default_branch;
  return branch ? { defaultBranch: branch } : {};
}

function check<T>(schema: z.ZodType<T>, payload: unknown, what: string): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new EventError(
    `The ${what} event payload is malformed: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
  );
}
