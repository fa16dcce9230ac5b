import { afterEach, describe, expect, it } from '@jest/globals';
import { labelIssue, ISSUE } from '../support/action-runs.js';
import { LOGIN_SPEC } from '../support/sample-repo.js';
import { LOGIN_TICKET, startWorld, type World } from '../support/world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

async function setup(): Promise<World> {
  world = await startWorld({ script: [JSON.stringify(LOGIN_SPEC)], jiraIssues: [LOGIN_TICKET] });
  world.github.setPermission('octocat', 'write');
  world.github.addIssue({ ...ISSUE, user: { login: 'reporter' }, labels: ['specgate'] });
  return world;
}

describe('the bundled Action when services misbehave', () => {
  it('carries on when GitHub answers 502 to a pull request it did create', async () => {
    const w = await setup();
    w.github.failAfterNext('pulls/create', { status: 502, body: { message: 'Bad Gateway' } });
    const run = await labelIssue(w, undefined, ISSUE, {}, true);
    expect(run.outputs.state).toBe('AWAITING_SPEC_APPROVAL');
    expect(run.code).toBe(0);
    const pulls = w.github.pullsList();
    expect(pulls).toHaveLength(1);
    expect(run.outputs['pr-number']).toBe(String(pulls[0]!.number));
    expect(w.github.commentsOn(ISSUE.number)).toHaveLength(1);
    expect(w.slack.messages).toHaveLength(1);
    expect(w.jira.comments).toHaveLength(1);
  }, 60_000);

  it('spends no more than the notification budget when Slack answers 429 for ever', async () => {
    const w = await setup();
    w.slack.answerAll({
      status: 429,
      headers: { 'retry-after': '5' },
      body: { ok: false, error: 'ratelimited' },
    });
    const run = await labelIssue(w, undefined, undefined, { 'notify-budget-seconds': '2' });
    expect(run.code).toBe(0);
    expect(run.outputs.state).toBe('AWAITING_SPEC_APPROVAL');
    expect(w.github.pullsList()).toHaveLength(1);
    expect(run.summary).toContain('Slack');
    expect(run.stdout).toMatch(/::warning::.*Slack/);
    expect(w.jira.comments).toHaveLength(1);
    // Waiting 5 s does not fit in a 2 s budget: Slack is given up at once, not waited for.
    expect(w.slack.requests).toHaveLength(1);
    expect(run.summary).toMatch(/asked to wait 5s|notify-budget-seconds/);
  }, 120_000);
});
