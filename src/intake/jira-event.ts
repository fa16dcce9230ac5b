import { z } from 'zod';
import { adfToMarkdown } from '../core/adf-to-markdown.js';
import type { Ignored, TicketCommand } from './command.js';

const jiraEvent = z.object({
  /** When Jira sent it, in milliseconds. */
  timestamp: z.number().optional(),
  webhookEvent: z.string(),
  /** Who did what the event reports, as Jira says. */
  user: z
    .object({
      accountId: z
        .string()
        .regex(/^[\w:-]{1,128}$/)
        .optional()
        .catch(undefined),
    })
    .nullish()
    .catch(undefined),
  issue: z.object({
    key: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]*$/),
    fields: z.object({
      summary: z.string(),
      description: z.unknown().optional(),
      labels: z.array(z.string()).optional(),
      status: z.object({ name: z.string() }).optional(),
      project: z.object({ key: z.string() }),
    }),
  }),
  changelog: z
    .object({
      items: z.array(
        z.object({
          field: z.string(),
          fromString: z.string().nullish(),
          toString: z.string().nullish(),
        }),
      ),
    })
    .nullish(),
});

export type JiraEvent = z.infer<typeof jiraEvent>;

/** What makes a Jira event ask for a spec: a label added, or a status reached. */
export interface JiraTrigger {
  label: string;
  status?: string;
}

/** A verified webhook's body as a Jira event; a message saying what is wrong otherwise. */
export function parseJiraEvent(
  raw: string,
): { ok: true; event: JiraEvent } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'the body is not JSON' };
  }
  const parsed = jiraEvent.safeParse(json);
  if (!parsed.success)
    return { ok: false, problem: parsed.error.issues[0]?.message ?? 'malformed' };
  return { ok: true, event: parsed.data };
}

/**
 * A Jira event as the command it carries: a plan of the ticket, asked by Jira
 * for whoever moved it (the webhook's signature was checked at the door).
 */
export function commandFromJira(event: JiraEvent, trigger: JiraTrigger): TicketCommand | Ignored {
  const why = triggered(event, trigger);
  if (!why) return { ignored: `Jira ${event.issue.key}: ${event.webhookEvent} is not a trigger` };
  const raw = event.issue.fields.description;
  // Jira's v2 webhooks send wiki text, v3 sends ADF.
  const description = typeof raw === 'string' ? raw : raw ? adfToMarkdown(raw) : '';
  return {
    kind: 'plan',
    trigger: 'dispatch',
    requester: {
      source: 'jira',
      ...(event.user?.accountId ? { accountId: event.user.accountId } : {}),
    },
    ticket: {
      jiraKey: event.issue.key,
      jira: { summary: event.issue.fields.summary, description, why },
    },
  };
}

/** Why this event starts a spec, or undefined. */
function triggered(event: JiraEvent, trigger: JiraTrigger): string | undefined {
  const hasLabel = (labels: string | null | undefined) =>
    (labels ?? '').split(/\s+/).includes(trigger.label);
  if (event.webhookEvent === 'jira:issue_created') {
    if ((event.issue.fields.labels ?? []).includes(trigger.label))
      return `created with ${trigger.label}`;
    if (trigger.status && event.issue.fields.status?.name === trigger.status)
      return `created in ${trigger.status}`;
    return undefined;
  }
  if (event.webhookEvent !== 'jira:issue_updated') return undefined;
  for (const item of event.changelog?.items ?? []) {
    if (item.field === 'status' && trigger.status && item.toString === trigger.status)
      return `moved to ${trigger.status}`;
    if (item.field === 'labels' && hasLabel(item.toString) && !hasLabel(item.fromString))
      return `labelled ${trigger.label}`;
  }
  return undefined;
}
