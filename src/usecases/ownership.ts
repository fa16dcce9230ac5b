import type { TicketState } from '../core/state.js';
import type { PullRequest } from '../ports.js';
import type { Policy } from './deps.js';

/**
 * A state marker is text in a PR body: anyone who opens a PR can write one.
 * specgate acts only on its own spec PRs: head branch in this repository,
 * named with the spec prefix, and the one the marker names.
 */
export function ownershipProblem(
  pull: PullRequest,
  state: TicketState,
  policy: Pick<Policy, 'branchPrefix' | 'specPath'>,
): string | undefined {
  if (pull.fromFork)
    return 'its branch is in another repository; specgate acts only on its own spec pull requests';
  if (state.branch !== pull.headRef || !state.branch.startsWith(policy.branchPrefix)) {
    return `its state names branch ${state.branch}, not its own spec branch; specgate acts only on its own spec pull requests`;
  }
  if (state.specPath !== policy.specPath)
    return `its state names spec ${state.specPath}, not ${policy.specPath}`;
  return undefined;
}
