import { z } from 'zod';
import type { Actor } from '../core/bots.js';

/** The events the Action acts on, as a discriminated union. */
export type ActionEvent =
  | { kind: 'issue-labeled'; issueNumber: number; label: string; actor: Actor }
  | { kind: 'dispatch'; actor: Actor; issue?: string; jiraKey?: string }
  | { kind: 'ignored'; reason: string };

const sender = z.object({ login: z.string().min(1), type: z.string().optional() });

const labeledIssue = z.object({
  action: z.literal('labeled'),
  issue: z.object({ number: z.number().int().positive() }),
  label: z.object({ name: z.string() }),
  sender,
});

const dispatch = z.object({
  inputs: z.record(z.string(), z.unknown()).nullish(),
  sender,
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
      };
    }
    case 'workflow_dispatch': {
      const event = check(dispatch, payload, 'workflow_dispatch');
      const inputs = event.inputs ?? {};
      return {
        kind: 'dispatch',
        actor: event.sender,
        ...(typeof inputs.issue === 'string' && inputs.issue ? { issue: inputs.issue } : {}),
        ...(typeof inputs['jira-key'] === 'string' && inputs['jira-key']
          ? { jiraKey: inputs['jira-key'] }
          : {}),
      };
    }
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
