import { beforeEach, describe, expect, it } from '@jest/globals';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Ignored, TicketCommand } from '../../src/intake/command.js';
import { runCommand } from '../../src/intake/run-command.js';
import { fakeDeps, type FakeDeps } from '../support/fakes/index.js';
import { addSpecPull, LOGIN_ISSUE, stateOf, ticketState } from '../support/spec-pulls.js';

/**
 * The recipe of docs/architecture.md ("Adding a door"), followed for a door
 * that exists only here: a chat-ops relay that posts a line (`reject #2 too
 * broad`) with the GitHub login of whoever wrote it. The relay proved that
 * login (its people sign in to GitHub there) and signs what it sends, so the
 * door verifies the signature over the raw body before reading anything; a
 * login in an unsigned payload is nobody. Step 1 is `chatOpsCommand`; step 2
 * needs nothing (its people are GitHub users, whom the one authorizer checks
 * through the API at the moment they ask); step 3 is `runCommand`; step 4 is
 * this file.
 */
const RELAY_SECRET = 'relay-shared-secret';
const chatOpsLine = z.object({
  login: z.string().regex(/^[A-Za-z0-9-]{1,39}(\[bot\])?$/),
  type: z.enum(['User', 'Bot']),
  text: z.string().max(2000),
});

function signed(line: object): { raw: string; signature: string } {
  const raw = JSON.stringify(line);
  return { raw, signature: createHmac('sha256', RELAY_SECRET).update(raw).digest('hex') };
}

function chatOpsCommand(delivery: { raw: string; signature: string }): TicketCommand | Ignored {
  const expected = createHmac('sha256', RELAY_SECRET).update(delivery.raw).digest();
  const given = Buffer.from(delivery.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ignored: 'signature missing or wrong' };
  let json: unknown;
  try {
    json = JSON.parse(delivery.raw);
  } catch {
    return { ignored: 'not a chat-ops line' };
  }
  const parsed = chatOpsLine.safeParse(json);
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

async function send(line: object, delivery = signed(line)) {
  const command = chatOpsCommand(delivery);
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

  it('ignores what is not a command, a malformed payload, and an unsigned one', async () => {
    expect(await send({ login: 'octocat', type: 'User', text: 'lunch?' })).toEqual({
      ignored: 'no command in the line',
    });
    expect(await send({ login: '../etc', type: 'User', text: `reject #${pull}` })).toEqual({
      ignored: 'not a chat-ops line',
    });
    const forged = { login: 'octocat', type: 'User', text: `reject #${pull}` };
    expect(await send(forged, { raw: JSON.stringify(forged), signature: '00'.repeat(32) })).toEqual(
      { ignored: 'signature missing or wrong' },
    );
    expect(deps.host.calls).toEqual([]);
  });
});
