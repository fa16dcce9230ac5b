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

/**
 * A safe ref component from any text: lowercase ASCII words joined by `-`, at
 * most `max` characters, cut between words (a single longer word is cut).
 */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'ticket';
  const cut = slug.slice(0, max + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, max)).replace(/-+$/g, '');
}
