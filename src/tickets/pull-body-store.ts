import type { Redactor } from '../core/redact.js';
import type { TicketState } from '../core/state.js';
import type {
  BranchTicket,
  CodeHost,
  PullRequest,
  StoredTicket,
  TicketPage,
  TicketStore,
} from '../ports.js';
import { decodeStateMarker } from './marker.js';
import { ownershipProblem, type TicketHome } from './ownership.js';
import { withState } from './pull-body.js';
import { renderReadyBody } from './report-page.js';
import { renderSpecPullBody } from './spec-page.js';

/**
 * Tickets kept where people see them: each one's page and audit trail are its
 * pull request's body, its state a marker at the end of it. A marker on a pull
 * request specgate does not own (a fork, another branch) is not a ticket. This
 * is the only code that writes a ticket's state or reads a marker.
 */
export class PullBodyTicketStore implements TicketStore {
  constructor(
    private readonly host: CodeHost,
    private readonly home: TicketHome,
    private readonly redactor: Redactor,
  ) {}

  async load(pullNumber: number): Promise<StoredTicket | { refused: string }> {
    return this.ticketOf(await this.host.getPull(pullNumber));
  }

  async listOpen(): Promise<StoredTicket[]> {
    const pulls = await this.host.listOpenPulls();
    return pulls
      .map((pull) => this.ticketOf(pull))
      .filter((ticket): ticket is StoredTicket => 'state' in ticket);
  }

  async findByBranch(branch: string, specPath: string): Promise<BranchTicket> {
    const pull = await this.host.findPullByBranch(branch);
    if (!pull) return { kind: 'none' };
    const state = decodeStateMarker(pull.body);
    if (!pull.open) {
      // Anyone who can read the repository can open and close a pull request from the
      // branch with a marker of their own: only specgate's own says when the ticket ended.
      if (!state || ownershipProblem(pull, state, this.home)) return { kind: 'none' };
      const endedAt = state.history.at(-1)?.at;
      return { kind: 'ended', pull, ...(endedAt ? { endedAt } : {}) };
    }
    // Someone else's pull request from the spec branch is not the ticket: never
    // take its state, its Slack thread or its body as specgate's.
    const foreign = ownershipProblem(pull, state ?? { branch, specPath }, this.home);
    if (foreign) return { kind: 'foreign', pull, reason: foreign };
    return { kind: 'open', pull, ...(state ? { state } : {}) };
  }

  async create(ticket: {
    title: string;
    base: string;
    state: TicketState;
    page: TicketPage;
  }): Promise<StoredTicket> {
    const pull = await this.host.createDraftPull({
      title: ticket.title,
      head: ticket.state.branch,
      base: ticket.base,
      body: this.render(ticket.page, ticket.state),
    });
    return { pull, state: ticket.state };
  }

  async save(
    ticket: { pull: PullRequest },
    state: TicketState,
    show?: { page: TicketPage; title?: string },
  ): Promise<StoredTicket> {
    // The one writer of state writes only on specgate's own pull requests, whoever asks.
    const foreign = ownershipProblem(ticket.pull, state, this.home);
    if (foreign) throw new Error(`#${ticket.pull.number} is not specgate's to write: ${foreign}`);
    const body = show ? this.render(show.page, state) : withState(ticket.pull.body, state);
    await this.host.updatePull(ticket.pull.number, {
      ...(show?.title !== undefined ? { title: show.title } : {}),
      body,
    });
    return {
      pull: { ...ticket.pull, body, ...(show?.title !== undefined ? { title: show.title } : {}) },
      state,
    };
  }

  /** The ticket a pull request carries, or why specgate does not act on it. */
  ticketOf(pull: PullRequest): StoredTicket | { refused: string } {
    const state = decodeStateMarker(pull.body);
    if (!state) return { refused: `#${pull.number} is not a specgate pull request` };
    const foreign = ownershipProblem(pull, state, this.home);
    if (foreign) return { refused: `#${pull.number}: ${foreign}` };
    return { pull, state };
  }

  private render(page: TicketPage, state: TicketState): string {
    return page.kind === 'spec'
      ? renderSpecPullBody({
          answer: page.answer,
          state,
          redactor: this.redactor,
          ...(page.jiraUrl ? { jiraUrl: page.jiraUrl } : {}),
        })
      : renderReadyBody(page.report, state, page.links, this.redactor);
  }
}
