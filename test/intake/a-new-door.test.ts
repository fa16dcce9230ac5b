import { beforeEach, describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import type { Ignored, TicketCommand } from '../../src/intake/command.js';
import { runCommand } from '../../src/intake/run-command.js';
import { fakeDeps, type FakeDeps } from '../support/fakes/index.js';
import { addSpecPull, LOGIN_ISSUE, stateOf, ticketState } from '../support/spec-pulls.js';

/**
 * The recipe of docs/architecture.md ("Adding a door"), followed for a door
 * that exists only here: a chat-ops line (`reject #2 too broad`) sent by a
 * GitHub user, as a bot relaying a team's chat would post it. Step 1 is
 * `chatOpsCommand`; step 2 needs nothing (its people are GitHub users, whom
 * the one authorizer already checks through the API); step 3 is
 * `runCommand`; step 4 is this file.
 */
const chatOpsLine = z.object({
  login: z.string().regex(/^[A-Za-z0-9-]{1,39}(\[bot\])?$/),
  type: z.enum(['User', 'Bot']),
  text: z.string().max(2000),
});

function chatOpsCommand(payload: unknown): TicketCommand | Ignored {
  const parsed = chatOpsLine.safeParse(payload);
  if (!parsed.success) return { ignored: 'not a chat-ops line' };
  const { login, type, text } = parsed.data;
  const match = /^(reject|approve) #([1-9][0-9]{0,8})(?:\s+(.*))?$/s.exec(text.trim());
  if (!match) return { ignored: 'no command in the line' };
  const requester = { source: 'github' as const, actor: { login, type } };
  const pullNumber = Number(match[2]);
  return match[1] === 'reject'
    ? { kind: 'reject', requester, pullNumber, reason: match[3] ?? '' }
    : { kind: 'approve', requester, pullNumber };
}

let deps: FakeDeps;
let pull: number;
beforeEach(() => {
  deps = fakeDeps();
  deps.host.setPermission('octocat', 'write');
  deps.host.setPermission('reader', 'read');
  deps.host.addIssue(LOGIN_ISSUE);
  pull = addSpecPull(
    deps.host,
    ticketState(1, 'AWAITING_SPEC_APPROVAL', deps.clock.hoursAgo(1)),
  ).number;
});

async function send(payload: unknown) {
  const command = chatOpsCommand(payload);
  if ('ignored' in command) return command;
  return runCommand(command, deps);
}

describe('a door added by the recipe', () => {
  it('carries out what a person with write access asks, through the one intake', async () => {
    const outcome = await send({
      login: 'octocat',
      type: 'User',
      text: `reject #${pull} too broad`,
    });
    expect(outcome).toMatchObject({ state: 'SPEC_REJECTED', failed: false });
    expect(stateOf(deps.host, pull)?.history.at(-1)).toMatchObject({
      state: 'SPEC_REJECTED',
      by: 'octocat',
    });
  });

  it('is refused by the same authorizer as every other door', async () => {
    const outcome = await send({ login: 'reader', type: 'User', text: `reject #${pull} no` });
    expect(outcome).toMatchObject({
      state: 'SKIPPED',
      message: '/reject from reader: reader has read access; write, maintain or admin is required',
    });
    const bot = await send({ login: 'relay[bot]', type: 'Bot', text: `reject #${pull}` });
    expect(bot).toMatchObject({ state: 'SKIPPED' });
    expect(deps.host.writes).toEqual([]);
  });

  it('ignores what is not a command, and a malformed payload', async () => {
    expect(await send({ login: 'octocat', type: 'User', text: 'lunch?' })).toEqual({
      ignored: 'no command in the line',
    });
    expect(await send({ login: '../etc', type: 'User', text: `reject #${pull}` })).toEqual({
      ignored: 'not a chat-ops line',
    });
    expect(deps.host.calls).toEqual([]);
  });
});
