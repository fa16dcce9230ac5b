import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { issueLabeled, prComment, pullRequestClosed } from '../support/webhook-events.js';
import {
  addSpecPull,
  APP_BOT,
  deliver,
  fromInstallation,
  startAppWorld,
  type AppWorld,
} from './app-world.js';

let world: AppWorld;

afterEach(async () => {
  const violations = world.github.violations;
  await world.stop();
  expect(violations).toEqual([]);
});

function labeled(issue: number, login: string, label = 'specgate') {
  return fromInstallation(
    issueLabeled({ number: issue, title: 'Fix login', body: 'It fails' }, label, { login }),
  );
}

describe('GitHub webhooks on the app', () => {
  beforeEach(async () => {
    world = await startAppWorld();
    world.github.setPermission('alice', 'write');
    world.github.setPermission('rita', 'read');
    world.github.addIssue({ title: 'Fix login', body: 'It fails' });
  });

  it('hands a label from a writer to the workflow with workflow_dispatch, as the installation', async () => {
    const response = await deliver(world, 'issues', labeled(1, 'alice'));
    expect(response.status).toBe(200);
    expect(world.github.dispatches).toEqual([
      { workflow: expect.any(String), ref: 'main', inputs: { issue: '1' } },
    ]);
    expect(world.github.installationTokens).toBeGreaterThanOrEqual(1);
    const dispatch = world.github.requestsFor('actions/create-workflow-dispatch')[0]!;
    expect(String(dispatch.headers.authorization)).toMatch(/^token ghs_installation1x/);
    expect(world.github.violations).toEqual([]);
  });

  it('does one thing for the same delivery twice', async () => {
    const payload = labeled(1, 'alice');
    await deliver(world, 'issues', payload, { delivery: 'same' });
    const again = await deliver(world, 'issues', payload, { delivery: 'same' });
    expect(again.status).toBe(200);
    expect(world.github.dispatches).toHaveLength(1);
  });

  it('starts nothing for a label from a read-only user or from a bot', async () => {
    await deliver(world, 'issues', labeled(1, 'rita'));
    const bot = labeled(1, 'evil[bot]');
    await deliver(world, 'issues', bot);
    expect(world.github.dispatches).toEqual([]);
    expect(world.github.requestsFor('reactions/create-for-issue')).toEqual([]);
  });

  it('hands /approve over as the comment to re-read, once per comment', async () => {
    const pull = addSpecPull(world.github, 1);
    const comment = world.github.addComment(pull.number, '/approve', { login: 'alice' });
    const payload = fromInstallation(prComment(pull.number, '/approve', { login: 'alice' }));
    (payload.comment as { id: number }).id = comment.id;
    expect((await deliver(world, 'issue_comment', payload)).status).toBe(200);
    expect((await deliver(world, 'issue_comment', payload)).status).toBe(200);
    expect(world.github.dispatches).toEqual([
      {
        workflow: expect.any(String),
        ref: 'main',
        inputs: { 'comment-id': String(comment.id), pull: String(pull.number) },
      },
    ]);
  });

  it('hands a comment over once when two replicas get the same delivery at once', async () => {
    const other = { app: await world.replica() };
    const pull = addSpecPull(world.github, 1);
    const comment = world.github.addComment(pull.number, '/approve', { login: 'alice' });
    const payload = fromInstallation(prComment(pull.number, '/approve', { login: 'alice' }));
    (payload.comment as { id: number }).id = comment.id;
    const answers = await Promise.all([
      deliver(world, 'issue_comment', payload, { delivery: 'd1' }),
      deliver(other, 'issue_comment', payload, { delivery: 'd1' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(world.github.dispatches).toHaveLength(1);
  });

  it('lets a redelivery hand over what a failed dispatch could not', async () => {
    const pull = addSpecPull(world.github, 1);
    const comment = world.github.addComment(pull.number, '/approve', { login: 'alice' });
    const payload = fromInstallation(prComment(pull.number, '/approve', { login: 'alice' }));
    (payload.comment as { id: number }).id = comment.id;
    world.github.failNext('actions/create-workflow-dispatch', { status: 502 });
    expect((await deliver(world, 'issue_comment', payload, { delivery: 'r' })).status).toBe(500);
    expect(world.github.dispatches).toEqual([]);
    expect((await deliver(world, 'issue_comment', payload, { delivery: 'r' })).status).toBe(200);
    expect(world.github.dispatches).toHaveLength(1);
    expect(world.github.requestsFor('reactions/delete-for-issue-comment')).toHaveLength(1);
  });

  it('refuses /approve from a read-only user without dispatching', async () => {
    const pull = addSpecPull(world.github, 1);
    const payload = fromInstallation(prComment(pull.number, '/approve', { login: 'rita' }));
    expect((await deliver(world, 'issue_comment', payload)).status).toBe(200);
    expect(world.github.dispatches).toEqual([]);
    expect(world.logs.some((l) => /rita has read access/.test(l.msg))).toBe(true);
  });

  it('rejects in the app itself, and a Slack and Jira outage does not lose it', async () => {
    world.slack.down();
    world.jira.down();
    const pull = addSpecPull(world.github, 1, { jiraKey: 'ABC-7' });
    const payload = fromInstallation(
      prComment(pull.number, '/reject not needed', { login: 'alice' }),
    );
    expect((await deliver(world, 'issue_comment', payload)).status).toBe(200);
    expect(world.github.dispatches).toEqual([]);
    expect(world.github.getIssue(pull.number)?.state).toBe('closed');
    expect(
      world.github
        .commentsOn(1)
        .map((c) => c.body)
        .join('\n'),
    ).toMatch(/rejected by @alice: not needed/);
  });

  it('records a closed pull request in the app', async () => {
    const pull = addSpecPull(world.github, 1);
    world.github.closePull(pull.number, false);
    const payload = fromInstallation(pullRequestClosed(pull.number, false));
    expect((await deliver(world, 'pull_request', payload)).status).toBe(200);
    expect(world.github.requestsFor('pulls/get').length).toBeGreaterThan(0);
    expect(world.github.dispatches).toEqual([]);
  });

  it.each([
    ['no signature', { signature: null }],
    ['a SHA-1 signature only', { sha1Only: true }],
    ['a wrong signature', { signature: `sha256=${'0'.repeat(64)}` }],
    ['a signature with another secret', { signature: 'sha256=abc' }],
  ])('answers 401 to %s, with no effect', async (_name, options) => {
    const response = await deliver(world, 'issues', labeled(1, 'alice'), options);
    expect(response.status).toBe(401);
    expect(world.github.requests).toEqual([]);
  });

  it('answers 400 with a log line to a malformed payload', async () => {
    const payload = fromInstallation({
      action: 'closed',
      pull_request: { number: 'x' },
      repository: { name: 'Hello-World', owner: { login: 'Codertocat' } },
    });
    const response = await deliver(world, 'pull_request', payload);
    expect(response.status).toBe(400);
    expect(world.logs.some((l) => l.level >= 40 && /malformed/.test(l.msg))).toBe(true);
    const garbage = await deliver(world, 'issues', undefined, { raw: '{not json' });
    expect(garbage.status).toBe(400);
  });

  it('is a bot the Action refuses: the app itself never plans', () => {
    expect(APP_BOT.login).toMatch(/\[bot\]$/);
  });
});

describe('a repository without the workflow', () => {
  beforeEach(async () => {
    world = await startAppWorld({ workflow: false });
    world.github.setFile('README.md', '# Hello\n');
    world.github.setPermission('alice', 'write');
    world.github.addIssue({ title: 'Fix login', body: 'It fails' });
  });

  it('gets a comment saying how to add it', async () => {
    expect((await deliver(world, 'issues', labeled(1, 'alice'))).status).toBe(200);
    expect(world.github.dispatches).toEqual([]);
    expect(world.github.commentsOn(1)[0]?.body).toMatch(/\.github\/workflows\/specgate\.yml/);
  });
});
