/** A deterministic branch per ticket, so a second run finds the first run's PR. */
export function specBranch(prefix: string, ticket: { issue?: number; jiraKey?: string }): string {
  if (ticket.issue !== undefined) return `${prefix}issue-${ticket.issue}`;
  if (ticket.jiraKey) return `${prefix}${slugify(ticket.jiraKey)}`;
  throw new Error('a spec branch needs an issue number or a Jira key');
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
