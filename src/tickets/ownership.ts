import type { TicketState } from '../core/state.js';
import type { PullRequest } from '../ports.js';
import { isBot } from '../core/bots.js';
import { specPathFor, ticketOfBranch } from '../core/spec-home.js';

/** Where a repository's tickets live: what makes a spec pull request specgate's own. */
export interface TicketHome {
  branchPrefix: string;
  specPathTemplate: string;
  /** People whose spec pull requests are specgate's (the owner of a personal token); bots always are. */
  specAuthors: string[];
}

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * A state marker is text in a PR body: anyone who opens a PR can write one,
 * and anyone who can read the repository can open one from an existing spec
 * branch. specgate acts only on its own spec PRs: opened by a bot (the
 * workflow's token or the app) or a login the policy names (the owner of a
 * personal token), head branch in this repository, named with the spec
 * prefix, and the one the marker names; the spec the marker names is the
 * one the spec-path template gives for that branch's ticket.
 */
export function ownershipProblem(
  pull: PullRequest,
  state: Pick<TicketState, 'branch' | 'specPath'>,
  policy: TicketHome,
): string | undefined {
  if (pull.fromFork)
    return 'its branch is in another repository; specgate acts only on its own spec pull requests';
  const author = pull.author.login;
  if (!isBot(pull.author) && !policy.specAuthors.some((login) => sameLogin(login, author))) {
    return `it was opened by ${author}, not by specgate (a bot, or a login in spec-authors); specgate acts only on its own spec pull requests`;
  }
  const ticket = ticketOfBranch(policy.branchPrefix, state.branch);
  if (state.branch !== pull.headRef || ticket === undefined) {
    return `its state names branch ${state.branch}, not its own spec branch; specgate acts only on its own spec pull requests`;
  }
  const specPath = specPathFor(policy.specPathTemplate, ticket);
  if (state.specPath !== specPath) return `its state names spec ${state.specPath}, not ${specPath}`;
  return undefined;
}
