import { type State, type TicketState } from '../../src/core/state.js';
import { decodeStateMarker, encodeStateMarker } from '../../src/tickets/marker.js';
import type { PullRequest, Ticket } from '../../src/ports.js';
import { fakeDeps, type FakeCodeHost, type FakeDeps } from './fakes/index.js';

/** Issue #1 of the fake code host: a login bug linked to Jira ticket ABC-123. */
export const LOGIN_ISSUE = {
  number: 1,
  title: '[ABC-123] Login crashes for unknown users',
  body: 'Calling login() for a user that does not exist throws a TypeError.',
};

/** The Jira ticket the issue links, as the Tracker port gives it (Markdown). */
export const LOGIN_JIRA: Ticket = {
  key: 'ABC-123',
  url: 'https://jira.example.com/browse/ABC-123',
  summary: 'Login crashes for unknown users',
  description: 'Calling `login()` with an unknown user throws.',
  acceptanceCriteria: '- login() returns false for an unknown user',
  priority: 'High',
  labels: ['backend'],
};

/** The Slack thread the ticket's first announcement started. */
export const THREAD = { channel: 'C0123456', ts: '1700000000.000001' };

/**
 * The state specgate records for issue `issue`'s ticket: planned, then in
 * `state` since `at` (a ticket in AWAITING_SPEC_APPROVAL got its spec then).
 */
export function ticketState(
  issue: number,
  state: State,
  at: string,
  more: Partial<TicketState> = {},
): TicketState {
  return {
    version: 1,
    state,
    issue,
    jiraKey: 'ABC-123',
    branch: `specgate/issue-${issue}`,
    specPath: `specs/issue-${issue}/spec.md`,
    slack: THREAD,
    history: [
      { state: 'PLANNING', at },
      { state, at },
    ],
    ...more,
  };
}

/** The ticket's pull request, opened by specgate's bot from its spec branch. */
export function addSpecPull(
  host: FakeCodeHost,
  state: TicketState,
  pull: Partial<PullRequest> = {},
): PullRequest {
  return host.addPull({
    title: `Spec for #${state.issue ?? state.jiraKey}`,
    headRef: state.branch,
    body: `The spec.\n\n${encodeStateMarker(state)}`,
    draft: state.state === 'AWAITING_SPEC_APPROVAL',
    ...pull,
  });
}

/** The state a pull request's body records now, read with the product's decoder. */
export function stateOf(host: FakeCodeHost, pullNumber: number): TicketState | undefined {
  return decodeStateMarker(host.pull(pullNumber).body);
}

/** A maintainer with write access, as a GitHub requester. */
export const OCTOCAT = { source: 'github', actor: { login: 'octocat' } } as const;

/** Fakes where issue #1 exists and octocat has write access: where every ticket test starts. */
export function depsWithLoginIssue(): FakeDeps {
  const deps = fakeDeps();
  deps.host.setPermission('octocat', 'write');
  deps.host.addIssue(LOGIN_ISSUE);
  return deps;
}
