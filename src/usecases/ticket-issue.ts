import type { CodeHost } from '../ports.js';

/** The label on every issue opened for a Jira ticket: the listing that finds them again. */
export const JIRA_ISSUE_LABEL = 'jira';

export interface JiraTicketText {
  key: string;
  summary: string;
  description: string;
  /** Where the ticket is read in Jira, when the door knows. */
  url?: string;
}

export type TicketIssue = { issue: number } | { duplicate: number; of: number };

/**
 * The GitHub issue a Jira ticket is planned from: found, or opened once.
 * Idempotent across replicas: issues are found by listing (read after write),
 * and when two were opened at once the lowest-numbered one wins and the other
 * is closed as its duplicate.
 */
export async function issueForJiraTicket(
  ticket: JiraTicketText,
  host: CodeHost,
): Promise<TicketIssue> {
  const found = await issuesFor(ticket.key, host);
  if (found[0] !== undefined) return { issue: found[0] };
  const created = await host.openIssue({
    title: `[${ticket.key}] ${ticket.summary.replace(/^\s*\[[^\]\s]+\]\s*/, '')}`.slice(0, 250),
    body: [
      `From Jira ${ticket.url ? `[${ticket.key}](${ticket.url})` : ticket.key}.`,
      '',
      ticket.description,
    ]
      .join('\n')
      .trim(),
    labels: [JIRA_ISSUE_LABEL],
  });
  const first = (await issuesFor(ticket.key, host))[0];
  if (first !== undefined && first !== created.number) {
    await host.closeIssue(created.number, `Duplicate of #${first}.`);
    return { duplicate: created.number, of: first };
  }
  return { issue: created.number };
}

async function issuesFor(key: string, host: CodeHost): Promise<number[]> {
  const issues = await host.issuesLabelled(JIRA_ISSUE_LABEL);
  return issues.filter((issue) => issue.title.startsWith(`[${key}]`)).map((i) => i.number);
}
