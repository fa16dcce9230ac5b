import { beforeEach, describe, expect, it } from '@jest/globals';
import type { Requester, TicketCommand } from '../../src/intake/command.js';
import { runCommand } from '../../src/intake/run-command.js';
import { fakeDeps, type FakeDeps } from '../support/fakes/index.js';
import { addSpecPull, LOGIN_ISSUE, stateOf, ticketState } from '../support/spec-pulls.js';

/**
 * Who may ask for what, through the one intake: a refused command is skipped
 * with the reason, and nothing is written anywhere, nor the model asked.
 */
let deps: FakeDeps;
let specPull: number;

beforeEach(() => {
  deps = fakeDeps();
  deps.host.setPermission('octocat', 'write');
  deps.host.setPermission('reader', 'read');
  deps.host.setPermission('tria', 'triage');
  deps.host.setPermission('helper[bot]', 'admin');
  deps.host.addIssue(LOGIN_ISSUE);
  const at = deps.clock.hoursAgo(1);
  specPull = addSpecPull(deps.host, ticketState(1, 'AWAITING_SPEC_APPROVAL', at)).number;
});

const github = (login: string, type = 'User'): Requester => ({
  source: 'github',
  actor: { login, type },
});

/** Each command a person can send, on issue #1 or its spec pull request. */
function commands(requester: Requester): TicketCommand[] {
  const pullNumber = specPull;
  return [
    { kind: 'plan', requester, trigger: 'label', ticket: { issueNumber: 1 } },
    { kind: 'approve', requester, pullNumber },
    { kind: 'revise', requester, pullNumber, feedback: 'shorter' },
    { kind: 'reject', requester, pullNumber, reason: 'no' },
    { kind: 'sweep', requester },
  ];
}

/** Runs each command; answers the messages, and checks that nothing was done. */
async function refusals(requester: Requester): Promise<string[]> {
  const messages: string[] = [];
  for (const command of commands(requester)) {
    const outcome = await runCommand(command, deps);
    expect(outcome).toMatchObject({ state: 'SKIPPED', failed: false });
    messages.push(outcome.message);
  }
  expect(deps.host.writes).toEqual([]);
  expect(deps.model.calls).toEqual([]);
  expect(deps.tracker.calls).toEqual([]);
  expect(deps.chat.calls).toEqual([]);
  expect(stateOf(deps.host, specPull)?.state).toBe('AWAITING_SPEC_APPROVAL');
  return messages;
}

describe('who may ask', () => {
  it('refuses a bot whatever its permission, without asking the code host', async () => {
    const messages = await refusals(github('helper[bot]', 'Bot'));
    expect(messages).toEqual([
      'a plan from helper[bot]: helper[bot] is a bot; bots cannot trigger specgate',
      '/approve from helper[bot]: helper[bot] is a bot; bots cannot trigger specgate',
      '/revise from helper[bot]: helper[bot] is a bot; bots cannot trigger specgate',
      '/reject from helper[bot]: helper[bot] is a bot; bots cannot trigger specgate',
      '/sweep from helper[bot]: helper[bot] is a bot; bots cannot trigger specgate',
    ]);
    expect(await refusals(github('renovate', 'Bot'))).toHaveLength(5);
    expect(deps.host.calls).toEqual([]);
  });

  it.each([
    ['reader', 'read'],
    ['tria', 'triage'],
    ['stranger', 'none'],
  ])('refuses %s, who has %s access, as the code host says', async (login, level) => {
    const messages = await refusals(github(login));
    expect(messages[1]).toBe(
      `/approve from ${login}: ${login} has ${level} access; write, maintain or admin is required`,
    );
    expect(deps.host.callsOf('permissionOf')).toEqual(Array(5).fill([login]));
  });

  it('lets a Jira webhook ask for a plan only', async () => {
    const jira: Requester = { source: 'jira', accountId: '5b10a2844c20165700ede21g' };
    const [, ...others] = commands(jira);
    for (const command of others) {
      const outcome = await runCommand(command, deps);
      expect(outcome.message).toBe(
        `/${command.kind} from jira:5b10a2844c20165700ede21g: a Jira webhook can start a plan, not ${command.kind}`,
      );
    }
    expect(deps.host.calls).toEqual([]);
  });

  it('lets a scheduled run sweep, and nothing else', async () => {
    const schedule: Requester = { source: 'schedule' };
    const sweepless = commands(schedule).filter((command) => command.kind !== 'sweep');
    for (const command of sweepless) {
      const outcome = await runCommand(command, deps);
      expect(outcome).toMatchObject({ state: 'SKIPPED', failed: false });
      expect(outcome.message).toMatch(
        new RegExp(`from schedule: a scheduled run only sweeps timeouts, not ${command.kind}$`),
      );
    }
    expect(deps.host.calls).toEqual([]);
  });

  it('refuses a Slack user who is not linked to a GitHub account', async () => {
    const messages = await refusals({ source: 'slack', userId: 'U024BE7LH', teamId: 'T1' });
    expect(messages[1]).toBe(
      '/approve from slack:U024BE7LH: Slack user U024BE7LH is not linked to a GitHub account; ask on GitHub',
    );
    expect(deps.host.calls).toEqual([]);
  });
});

describe('which pull request is a ticket', () => {
  const octocat = github('octocat');

  it('refuses a command on a pull request that carries no ticket', async () => {
    const pull = deps.host.addPull({ title: 'A change', headRef: 'feature/x', body: 'hello' });
    const outcome = await runCommand(
      { kind: 'reject', requester: octocat, pullNumber: pull.number, reason: 'no' },
      deps,
    );
    expect(outcome).toMatchObject({ state: 'SKIPPED', failed: false });
    expect(outcome.message).toBe(`#${pull.number} is not a specgate pull request`);
    expect(deps.host.pull(pull.number).open).toBe(true);
    expect(deps.host.writes).toEqual([]);
  });

  it.each([
    [
      'a marker forged on another branch by a stranger',
      { headRef: 'docs-fix', author: { login: 'stranger' } },
      'it was opened by stranger, not by specgate',
    ],
    [
      'a copy of the spec pull request a reader opened from the spec branch',
      { author: { login: 'reader' } },
      'it was opened by reader, not by specgate',
    ],
    [
      "a bot's pull request whose marker names another branch",
      { headRef: 'feature/mine' },
      'its state names branch specgate/issue-1, not its own spec branch',
    ],
    ['a pull request from a fork', { fromFork: true }, 'its branch is in another repository'],
  ])('ignores /approve on %s', async (_, pull, why) => {
    const state = stateOf(deps.host, specPull)!;
    const forged = addSpecPull(deps.host, state, pull);
    const outcome = await runCommand(
      { kind: 'approve', requester: octocat, pullNumber: forged.number },
      deps,
    );
    expect(outcome.state).toBe('SKIPPED');
    expect(outcome.message).toContain(`#${forged.number}: ${why}`);
    expect(outcome.message).toContain('specgate acts only on its own spec pull requests');
    expect(deps.host.writes).toEqual([]);
  });
});
