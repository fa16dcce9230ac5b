import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config/load.js';
import { type TicketState } from '../../src/core/state.js';
import { decodeStateMarker, encodeStateMarker } from '../../src/tickets/marker.js';
import type { Command, Requester } from '../../src/intake/command.js';
import { runCommand } from '../../src/intake/run-command.js';
import type { Deps } from '../../src/usecases/deps.js';
import { buildDeps } from '../../src/wiring/build-deps.js';
import { LOGIN_SPEC } from '../support/sample-repo.js';
import { LOGIN_TICKET, startWorld, type World } from '../support/world.js';

/**
 * The intake in this process, on the real adapters and the stand-ins: a door
 * other than GitHub's (a verified Jira webhook) plans a ticket, and the one
 * authorizer stops what that door may not do.
 */
let world: World;
let deps: Deps;
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

beforeEach(async () => {
  world = await startWorld({ script: [JSON.stringify(LOGIN_SPEC)], jiraIssues: [LOGIN_TICKET] });
  deps = depsWith({ 'jira-project-keys': 'ABC' });
});
afterEach(() => world.stop());

/** The real adapters, on the world's stand-ins, with these inputs on top of the world's. */
function depsWith(inputs: Record<string, string> = {}): Deps {
  return buildDeps(loadConfig({ ...world.inputs, ...inputs }), {
    repo: { owner: world.github.owner, repo: world.github.repo },
    workspace: world.repo.work,
    apiUrl: world.github.url,
    serverUrl: 'https://github.com',
    processEnv: { PATH: process.env.PATH },
    log: quiet,
    githubRetries: 0,
    githubPacing: false,
  });
}

/** Issue #1's spec pull request, whose spec timed out waiting for approval. */
function addTimedOutSpec() {
  const at = '2026-11-01T00:00:00.000Z';
  const state: TicketState = {
    version: 1,
    state: 'TIMED_OUT',
    issue: 1,
    branch: 'specgate/issue-1',
    specPath: 'specs/issue-1/spec.md',
    history: [
      { state: 'AWAITING_SPEC_APPROVAL', at },
      { state: 'TIMED_OUT', at },
    ],
  };
  return world.github.addPull({
    title: 'Spec',
    head: state.branch,
    body: encodeStateMarker(state),
  });
}

const jira: Requester = { source: 'jira', accountId: '5b10a2844c20165700ede21g' };

describe('runCommand', () => {
  it('plans a Jira ticket asked for by a verified Jira webhook: one spec pull request', async () => {
    const plan: Command = {
      kind: 'plan',
      trigger: 'dispatch',
      requester: jira,
      ticket: { jiraKey: 'ABC-123' },
    };
    const outcome = await runCommand(plan, deps);
    expect(outcome).toMatchObject({ state: 'AWAITING_SPEC_APPROVAL', failed: false });
    const [pull] = world.github.pullsList();
    const state = decodeStateMarker(pull!.body);
    expect(state).toMatchObject({ jiraKey: 'ABC-123', branch: 'specgate/abc-123' });
    expect(state!.history.map((h) => h.by)).toContain('jira:5b10a2844c20165700ede21g');
    expect(state!.history.at(-1)).toMatchObject({ state: 'AWAITING_SPEC_APPROVAL' });
    expect(world.model.requests).toHaveLength(1);
  });

  it('stops a Jira webhook from approving, before the ticket is even read', async () => {
    const approve: Command = { kind: 'approve', requester: jira, pullNumber: 2 };
    const outcome = await runCommand(approve, deps);
    expect(outcome).toMatchObject({ state: 'SKIPPED', failed: false });
    expect(outcome.message).toBe(
      '/approve from jira:5b10a2844c20165700ede21g: a Jira webhook can start a plan, not approve',
    );
    expect(world.github.requests).toEqual([]);
    expect(world.model.requests).toEqual([]);
  });

  it('refuses a command on a pull request that carries no ticket, saying why', async () => {
    world.github.setPermission('octocat', 'write');
    const pull = world.github.addPull({ title: 'A change', head: 'feature/x', body: 'hello' });
    const outcome = await runCommand(
      {
        kind: 'reject',
        requester: { source: 'github', actor: { login: 'octocat' } },
        pullNumber: pull.number,
        reason: 'no',
      },
      deps,
    );
    expect(outcome.message).toBe(`#${pull.number} is not a specgate pull request`);
    expect(world.github.pullsList()[0]!.state).toBe('open');
  });

  it('tells a person who labels again what a timed-out spec still accepts', async () => {
    world.github.setPermission('octocat', 'write');
    world.github.addIssue({ number: 1, title: 'Login crashes', body: 'b' });
    addTimedOutSpec();
    const outcome = await runCommand(
      {
        kind: 'plan',
        trigger: 'label',
        requester: { source: 'github', actor: { login: 'octocat' } },
        ticket: { issueNumber: 1 },
      },
      deps,
    );
    expect(outcome.state).toBe('TIMED_OUT');
    expect(outcome.message).toContain('timed out waiting for approval: comment /approve on it');
    expect(world.model.requests).toEqual([]);
  });

  it('announces once a pull request the sweep closed on its timeout', async () => {
    const closing = depsWith({ 'close-on-timeout': 'true' });
    const pull = addTimedOutSpec();
    world.github.closePull(pull.number, false);
    const outcome = await runCommand({ kind: 'pull-closed', pullNumber: pull.number }, closing);
    expect(outcome.message).toContain('was closed as it timed out');
    expect(world.slack.messages).toEqual([]);
    expect(world.jira.requests).toEqual([]);
  });
});
