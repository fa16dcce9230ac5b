import { z } from 'zod';
import type { Actor } from '../core/bots.js';

/** The events the Action acts on, as a discriminated union. */
export type ActionEvent =
  | {
      kind: 'issue-labeled';
      issueNumber: number;
      label: string;
      actor: Actor;
      defaultBranch?: string;
    }
  | { kind: 'dispatch'; actor: Actor; issue?: string; jiraKey?: string; defaultBranch?: string }
  | {
      kind: 'pr-comment';
      action: string;
      pullNumber: number;
      body: string;
      createdAt: Date;
      actor: Actor;
    }
  | { kind: 'pr-closed'; pullNumber: number }
  | { kind: 'schedule' }
  | { kind: 'ignored'; reason: string };

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
  comment: z.object({ body: z.string().nullable(), created_at: z.string() }),
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

export function parseEvent(name: string | undefined, payload: unknown): ActionEvent {
  switch (name) {
    case 'issues': {
      const action = (payload as { action?: unknown } | null)?.action;
      if (action !== 'labeled')
        return { kind: 'ignored', reason: `issues.${String(action)} is not a trigger` };
      const event = check(labeledIssue, payload, 'issues.labeled');
      return {
        kind: 'issue-labeled',
        issueNumber: event.issue.number,
        label: event.label.name,
        actor: event.sender,
        ...(event.repository?.default_branch
          ? { defaultBranch: event.repository.default_branch }
          : {}),
      };
    }
    case 'workflow_dispatch': {
      const event = check(dispatch, payload, 'workflow_dispatch');
      const inputs = event.inputs ?? {};
      return {
        kind: 'dispatch',
        actor: event.sender,
        ...(event.repository?.default_branch
          ? { defaultBranch: event.repository.default_branch }
          : {}),
        ...(typeof inputs.issue === 'string' && inputs.issue ? { issue: inputs.issue } : {}),
        ...(typeof inputs['jira-key'] === 'string' && inputs['jira-key']
          ? { jiraKey: inputs['jira-key'] }
          : {}),
      };
    }
    case 'issue_comment': {
      const event = check(issueComment, payload, 'issue_comment');
      if (!event.issue.pull_request)
        return { kind: 'ignored', reason: 'the comment is on an issue, not a pull request' };
      const createdAt = new Date(event.comment.created_at);
      if (Number.isNaN(createdAt.getTime()))
        throw new EventError(
          'The issue_comment event payload is malformed: comment.created_at: not a date',
        );
      return {
        kind: 'pr-comment',
        action: event.action,
        pullNumber: event.issue.number,
        body: event.comment.body ?? '',
        createdAt,
        actor: event.sender,
      };
    }
    case 'pull_request': {
      const action = (payload as { action?: unknown } | null)?.action;
      if (action !== 'closed')
        return { kind: 'ignored', reason: `pull_request.${String(action)} is not handled` };
      return {
        kind: 'pr-closed',
        pullNumber: check(closedPull, payload, 'pull_request.closed').pull_request.number,
      };
    }
    // The payload names only the cron line; the sweep needs nothing from it.
    case 'schedule':
      return { kind: 'schedule' };
    default:
      return { kind: 'ignored', reason: `specgate does not act on ${name ?? 'an unnamed'} event` };
  }
}

function check<T>(schema: z.ZodType<T>, payload: unknown, what: string): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new EventError(
    `The ${what} event payload is malformed: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
  );
}
