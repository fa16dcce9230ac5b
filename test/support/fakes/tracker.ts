import type { Ticket, Tracker } from '../../../src/ports.js';
import { Recording } from './recording.js';

/**
 * An issue tracker in memory: its tickets, and the comments, moves and links
 * the use cases made. A ticket moves to any status in `statuses`; to another,
 * no transition leads.
 */
export class FakeTracker extends Recording<Tracker> implements Tracker {
  readonly comments: { key: string; markdown: string }[] = [];
  readonly transitions: { key: string; status: string }[] = [];
  readonly links: { key: string; url: string; title: string }[] = [];
  private readonly tickets = new Map<string, Ticket>();

  constructor(
    tickets: Ticket[] = [],
    readonly statuses: string[] = ['Spec Review', 'In Review', 'Done'],
  ) {
    super();
    for (const ticket of tickets) this.tickets.set(ticket.key, ticket);
  }

  browseUrl(key: string): string {
    return `https://jira.example.com/browse/${key}`;
  }

  async getTicket(key: string): Promise<Ticket> {
    await this.record('getTicket', key);
    const ticket = this.tickets.get(key);
    if (!ticket) throw new Error(`Jira has no ticket ${key}, or this account cannot see it`);
    return { ...ticket, labels: [...ticket.labels] };
  }

  async comment(key: string, markdown: string): Promise<void> {
    await this.record('comment', key, markdown);
    this.comments.push({ key, markdown });
  }

  async transition(key: string, statusName: string): Promise<boolean> {
    await this.record('transition', key, statusName);
    if (!this.statuses.includes(statusName)) return false;
    this.transitions.push({ key, status: statusName });
    const ticket = this.tickets.get(key);
    if (ticket) this.tickets.set(key, { ...ticket, status: statusName });
    return true;
  }

  async linkPullRequest(key: string, pull: { url: string; title: string }): Promise<void> {
    await this.record('linkPullRequest', key, pull);
    this.links.push({ key, ...pull });
  }
}
