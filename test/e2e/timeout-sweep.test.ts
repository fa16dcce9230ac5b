import { afterEach, describe, expect, it } from '@jest/globals';
import { type TicketState } from '../../src/core/state.js';
import { decodeStateMarker, encodeStateMarker } from '../../src/tickets/marker.js';
import { runAction } from '../support/run-action.js';
import { LOGIN_TICKET, startWorld, type World } from '../support/world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

function sweep(w: World) {
  return runAction({
    bundle: true,
    eventName: 'schedule',
    payload: { schedule: '17 * * * *', repository: { full_name: 'Codertocat/Hello-World' } },
    repository: 'Codertocat/Hello-World',
    workspace: w.repo.work,
    apiUrl: w.github.url,
    inputs: w.inputs,
    env: w.runnerEnv,
  });
}

describe('the scheduled run', () => {
  it('times out a spec left waiting, once', async () => {
    const w = (world = await startWorld({ script: [], jiraIssues: [LOGIN_TICKET] }));
    const state: TicketState = {
      version: 1,
      state: 'AWAITING_SPEC_APPROVAL',
      issue: 1,
      jiraKey: 'ABC-123',
      branch: 'specgate/issue-1',
      specPath: 'specs/issue-1/spec.md',
      slack: { channel: 'C0123456', ts: '1700000000.000001' },
      history: [
        {
          state: 'AWAITING_SPEC_APPROVAL',
          at: new Date(Date.now() - 30 * 3_600_000).toISOString(),
        },
      ],
    };
    const pull = w.github.addPull({
      title: 'Spec for #1',
      head: state.branch,
      body: `The spec.\n\n${encodeStateMarker(state)}`,
      draft: true,
    });

    const run = await sweep(w);

    expect(run.code).toBe(0);
    expect(run.outputs.state).toBe('SWEPT');
    expect(run.summary).toContain(`Timed out 1 of 1 open ticket: #${pull.number} (spec, 30 h)`);
    expect(decodeStateMarker(w.github.pullsList()[0]?.body)?.state).toBe('TIMED_OUT');
    expect(w.github.getIssue(pull.number)?.labels).toEqual(['specgate:timed-out']);
    expect(w.github.commentsOn(pull.number).map((c) => c.body)).toEqual([
      expect.stringContaining('This spec waited 30 h for approval'),
    ]);
    expect(w.slack.messages).toEqual([expect.objectContaining({ thread_ts: '1700000000.000001' })]);
    expect(w.jira.comments.map((c) => c.key)).toEqual(['ABC-123']);
    expect(w.github.violations).toEqual([]);

    const again = await sweep(w);
    expect(again.code).toBe(0);
    expect(again.summary).toContain('Timed out 0 of 1 open ticket');
    expect(w.github.commentsOn(pull.number)).toHaveLength(1);
    expect(w.slack.messages).toHaveLength(1);
    expect(w.jira.comments).toHaveLength(1);
  });
});
