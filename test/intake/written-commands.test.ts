import { beforeEach, describe, expect, it } from '@jest/globals';
import { decodeStateMarker, encodeStateMarker } from '../../src/tickets/marker.js';
import type { TicketCommand } from '../../src/intake/command.js';
import { runCommand } from '../../src/intake/run-command.js';
import { fakeDeps, type FakeDeps } from '../support/fakes/index.js';
import { addSpecPull, LOGIN_ISSUE, stateOf, ticketState } from '../support/spec-pulls.js';

/** A command written as a comment applies to the spec it was written about, once. */
let deps: FakeDeps;
let pull: number;
/** When the spec now on the pull request was recorded. */
let recorded: string;
const requester = { source: 'github', actor: { login: 'octocat' } } as const;

beforeEach(() => {
  deps = fakeDeps();
  deps.host.setPermission('octocat', 'write');
  deps.host.addIssue(LOGIN_ISSUE);
  recorded = deps.clock.hoursAgo(1);
  pull = addSpecPull(deps.host, ticketState(1, 'AWAITING_SPEC_APPROVAL', recorded)).number;
});

const secondsAfter = (at: string, seconds: number) =>
  new Date(Date.parse(at) + seconds * 1000).toISOString();

function written(kind: 'approve' | 'revise' | 'reject', writtenAt: string): TicketCommand {
  const base = { requester, pullNumber: pull, writtenAt };
  if (kind === 'approve') return { kind, ...base };
  return kind === 'revise'
    ? { kind, ...base, feedback: 'shorter' }
    : { kind, ...base, reason: 'no' };
}

describe('a command written before the spec was recorded', () => {
  it.each(['approve', 'revise', 'reject'] as const)(
    'is not applied to it: /%s, queued or replayed',
    async (kind) => {
      const writtenAt = deps.clock.hoursAgo(2);
      const outcome = await runCommand(written(kind, writtenAt), deps);
      expect(outcome).toMatchObject({ state: 'AWAITING_SPEC_APPROVAL', failed: false });
      expect(outcome.message).toBe(
        `/${kind} on #${pull}: it was written at ${writtenAt}, before the spec now on the pull request was recorded (${recorded}); read the spec as it is now and comment again`,
      );
      expect(deps.host.writes).toEqual([]);
      expect(deps.model.calls).toEqual([]);
      expect(stateOf(deps.host, pull)?.approval).toBeUndefined();
    },
  );

  it('counts the spec recorded last: one pushed again waits for a command written after it', async () => {
    const state = stateOf(deps.host, pull)!;
    const again = deps.clock.hoursAgo(0.5);
    const repushed = {
      ...state,
      history: [
        ...state.history,
        { state: 'PLANNING' as const, at: again },
        { state: 'AWAITING_SPEC_APPROVAL' as const, at: again },
      ],
    };
    deps.host.setPull(pull, { body: `The spec.\n\n${encodeStateMarker(repushed)}` });
    const between = secondsAfter(recorded, 60);
    const outcome = await runCommand(written('reject', between), deps);
    expect(outcome.message).toContain(
      `before the spec now on the pull request was recorded (${again})`,
    );
    expect(deps.host.pull(pull).open).toBe(true);
  });

  it('is applied when written within the second the spec was recorded: times are whole seconds', async () => {
    const outcome = await runCommand(written('reject', secondsAfter(recorded, -0.5)), deps);
    expect(outcome.state).toBe('SPEC_REJECTED');
    expect(deps.host.pull(pull).open).toBe(false);
  });
});

describe('a command’s origin', () => {
  const origin = 'github-comment:1001';
  const reject = (from: string): TicketCommand => ({
    kind: 'reject',
    requester,
    pullNumber: pull,
    reason: 'no',
    origin: from,
  });

  it('is recorded on the ticket before the command is carried out', async () => {
    await runCommand(reject(origin), deps);
    const [first] = deps.host.callsOf('updatePull') as [number, { body: string }][];
    expect(decodeStateMarker(first![1].body)).toMatchObject({
      state: 'AWAITING_SPEC_APPROVAL',
      applied: [origin],
    });
    expect(stateOf(deps.host, pull)).toMatchObject({ state: 'SPEC_REJECTED', applied: [origin] });
  });

  it('is carried out once: a replay of the same comment does nothing', async () => {
    await runCommand(reject(origin), deps);
    const writes = deps.host.writes.length;
    const said = deps.chat.posts.length + deps.tracker.comments.length;

    const replay = await runCommand(reject(origin), deps);

    expect(replay).toMatchObject({ state: 'SPEC_REJECTED', failed: false });
    expect(replay.message).toBe(
      `/reject on #${pull}: ${origin} was already carried out; a command runs once`,
    );
    expect(deps.host.writes).toHaveLength(writes);
    expect(deps.chat.posts.length + deps.tracker.comments.length).toBe(said);
    // Another comment is another command, judged on its own.
    const other = await runCommand(reject('github-comment:1002'), deps);
    expect(other.message).toBe(`pull request #${pull} is already closed`);
  });
});
