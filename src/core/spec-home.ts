/**
 * Where each ticket's spec lives. `spec-path` is a template: `{ticket}` stands
 * for the ticket's id (the spec branch without its prefix, e.g. `issue-12` or
 * `abc-123`), so two tickets never write the same file and two spec pull
 * requests never conflict. A template without the placeholder is one fixed
 * path shared by every ticket (the behaviour of older versions).
 */
export const TICKET_PLACEHOLDER = '{ticket}';

/** The spec path of one ticket. */
export function specPathFor(template: string, ticket: string): string {
  return template.replaceAll(TICKET_PLACEHOLDER, ticket);
}

/** The ticket id of a spec branch, or undefined when the branch is not one. */
export function ticketOfBranch(prefix: string, branch: string): string | undefined {
  if (!branch.startsWith(prefix)) return undefined;
  const ticket = branch.slice(prefix.length);
  return ticket === '' ? undefined : ticket;
}

/** A glob matching every ticket's spec: specgate's files, never the agent's to write. */
export function specPathPattern(template: string): string {
  return template.replaceAll(TICKET_PLACEHOLDER, '*');
}
