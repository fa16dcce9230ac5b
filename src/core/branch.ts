/** The id of a ticket as branches and spec paths name it: `issue-12`, or a Jira key as `abc-123`. */
export function ticketId(ticket: { issue?: number; jiraKey?: string }): string {
  if (ticket.issue !== undefined) return `issue-${ticket.issue}`;
  if (ticket.jiraKey) return slugify(ticket.jiraKey);
  throw new Error('a ticket needs an issue number or a Jira key');
}

/** A deterministic branch per ticket, so a second run finds the first run's PR. */
export function specBranch(prefix: string, ticket: { issue?: number; jiraKey?: string }): string {
  return `${prefix}${ticketId(ticket)}`;
}

export function slugify(text: string, max = 40): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/g, '') || 'ticket'
  );
}
