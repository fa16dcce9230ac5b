import { afterEach, describe, expect, it } from '@jest/globals';
import {
  BRANCH,
  commentOnPull,
  MAINTAINER,
  SPEC_PR,
  startWithSpecPull,
} from '../support/action-runs.js';
import { git } from '../support/git-fixture.js';
import { FIX_LOGIN, LOGIN_SPEC } from '../support/sample-repo.js';
import { runAction } from '../support/run-action.js';
import { workflowDispatch } from '../support/webhook-events.js';
import { LOGIN_TICKET, startWorld, type World } from '../support/world.js';
import { addSpecPull, APP_BOT } from './app-world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

async function setup(): Promise<World> {
  world = await startWorld({ script: [JSON.stringify(LOGIN_SPEC)], jiraIssues: [LOGIN_TICKET] });
  world.github.setPermission('octocat', 'write');
  world.github.setPermission('reader', 'read');
  world.github.addIssue({ title: '[ABC-123] Login crashes for unknown users', body: 'TypeError' });
  return world;
}

/** The bundled Action, started by the app's dispatch: the sender is the app's bot. */
function dispatched(w: World, inputs: Record<string, string>) {
  return runAction({
    bundle: true,
    eventName: 'workflow_dispatch',
    payload: workflowDispatch(inputs, APP_BOT),
    repository: 'Codertocat/Hello-World',
    workspace: w.repo.work,
    apiUrl: w.github.url,
    inputs: { ...w.inputs, ...(inputs.issue ? { issue: inputs.issue } : {}) },
  });
}

describe('the Action, handed work by the app', () => {
  it('refuses a dispatch whose comment was written by a read-only user', async () => {
    const w = await setup();
    const pull = addSpecPull(w.github, 1);
    const comment = w.github.addComment(pull.number, '/approve', { login: 'reader' });
    const run = await dispatched(w, {
      'comment-id': String(comment.id),
      pull: String(pull.number),
    });
    expect(run.code).toBe(0);
    expect(run.outputs.state).toBe('SKIPPED');
    expect(run.stdout).toMatch(/reader has read access/);
    expect(w.github.requestsFor('pulls/update')).toEqual([]);
    expect(w.model.requests).toEqual([]);
  });

  it('ignores a dispatch whose comment gives no command', async () => {
    const w = await setup();
    const pull = addSpecPull(w.github, 1);
    const comment = w.github.addComment(pull.number, 'Thanks! > /approve', { login: 'octocat' });
    const run = await dispatched(w, { 'comment-id': String(comment.id) });
    expect(run.outputs.state).toBe('SKIPPED');
    expect(run.stdout).toMatch(/Ignored: .*no command/);
  });

  it('plans an issue for whoever added the trigger label', async () => {
    const w = await setup();
    w.github.labelIssue(1, 'specgate', { login: 'octocat' });
    const run = await dispatched(w, { issue: '1' });
    expect(run.outputs.state).toBe('AWAITING_SPEC_APPROVAL');
    expect(w.github.pullsList()).toHaveLength(1);
    expect(w.github.pullsList()[0]!.body).toContain('octocat');
  });

  it('refuses a bot-sent dispatch for an issue nobody with write access labelled', async () => {
    const w = await setup();
    w.github.labelIssue(1, 'specgate', { login: 'reader' });
    const run = await dispatched(w, { issue: '1' });
    expect(run.outputs.state).toBe('SKIPPED');
    expect(w.github.pullsList()).toEqual([]);
  });

  it('carries out a handed-over /approve once, however often its comment is dispatched again', async () => {
    const w = (world = await startWithSpecPull([
      FIX_LOGIN.wrongEdit,
      FIX_LOGIN.finish,
      FIX_LOGIN.finish,
      FIX_LOGIN.finish,
    ]));
    const comment = w.github.addComment(SPEC_PR, '/approve', MAINTAINER);
    const inputs = { 'comment-id': String(comment.id), pull: String(SPEC_PR) };
    const first = await dispatched(w, inputs);
    expect(first.outputs.state).toBe('QA_FAILED');
    const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
    const asked = w.model.requests.length;
    // Someone able to start workflows sends the same comment again.
    w.model.script.push(FIX_LOGIN.edit, FIX_LOGIN.finish);
    const again = await dispatched(w, inputs);
    // Ignored, and the ticket stays where the first one left it.
    expect(again.outputs.state).toBe('QA_FAILED');
    expect(again.stdout).toContain(
      `Ignored: /approve on #${SPEC_PR}: github-comment:${comment.id} was already carried out`,
    );
    expect(w.model.requests).toHaveLength(asked);
    expect(git(w.repo.origin, 'rev-parse', BRANCH).trim()).toBe(tip);
  });

  it('does not plan a rejected ticket again for a labelling older than its rejection', async () => {
    const w = (world = await startWithSpecPull([]));
    w.github.labelIssue(1, 'specgate', MAINTAINER);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const rejected = await commentOnPull(w, '/reject not now');
    expect(rejected.outputs.state).toBe('SPEC_REJECTED');
    const asked = w.model.requests.length;
    // A bot able to start workflows hands the issue over again.
    const replayed = await dispatched(w, { issue: '1' });
    expect(replayed.stdout).toMatch(/older than the end of this ticket's last pull request/);
    expect(w.model.requests).toHaveLength(asked);
    expect(w.github.pullsList().filter((p) => p.state === 'open')).toEqual([]);
    // The control: someone labels it again, and the hand-over plans it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await fetch(`${w.github.url}/repos/Codertocat/Hello-World/issues/1/labels/specgate`, {
      method: 'DELETE',
    });
    w.github.labelIssue(1, 'specgate', MAINTAINER);
    w.model.script.push(JSON.stringify(LOGIN_SPEC));
    const again = await dispatched(w, { issue: '1' });
    expect(again.outputs.state).toBe('AWAITING_SPEC_APPROVAL');
  });
});
