import { decodeStateMarker, type TicketState } from '../core/state.js';
import type { CodeHost, PullRequest, StoredTicket, TicketStore } from '../ports.js';
import type { Policy } from '../usecases/deps.js';
import { ownershipProblem } from '../usecases/ownership.js';
import { withState } from '../usecases/pull-body.js';

/**
 * Tickets kept where people see them: each one's state is a marker at the end
 * of its pull request's body, under the audit trail. A marker on a pull
 * request specgate does not own (a fork, another branch) is not a ticket.
 */
export class PullBodyTicketStore implements TicketStore {
  constructor(
    private readonly host: CodeHost,
    private readonly policy: Pick<Policy, 'branchPrefix' | 'specPathTemplate' | 'specAuthors'>,
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

  async save(ticket: StoredTicket, state: TicketState): Promise<StoredTicket> {
    const body = withState(ticket.pull.body, state);
    await this.host.updatePull(ticket.pull.number, { body });
    return { pull: { ...ticket.pull, body }, state };
  }

  /** The ticket a pull request carries, or why specgate does not act on it. */
  ticketOf(pull: PullRequest): StoredTicket | { refused: string } {
    const state = decodeStateMarker(pull.body);
    if (!state) return { refused: `#${pull.number} is not a specgate pull request` };
    const foreign = ownershipProblem(pull, state, this.policy);
    if (foreign) return { refused: `#${pull.number}: ${foreign}` };
    return { pull, state };
  }
}
