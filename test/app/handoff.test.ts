import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubCodeHost } from '../../src/github/code-host.js';
import { GitHubHandoffSource } from '../../src/github/handoff-source.js';
import { authorize } from '../../src/intake/authorize.js';
import type { Command, Ignored } from '../../src/intake/command.js';
import { commandFromHandoff } from '../../src/intake/handoff.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';
import { workflowDispatch } from '../support/webhook-events.js';
import { addSpecPull, APP_BOT } from './app-world.js';

/** The repository takes tickets of the ABC project only. */
const policy = { jiraProjectKeys: ['ABC'] };

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const options = { triggerLabel: 'specgate', jiraProjectKeys: ['ABC'] };
let github: FakeGitHub;

beforeEach(async () => {
  github = new FakeGitHub({ actor: APP_BOT });
  await github.start();
  github.setPermission('alice', 'write');
  github.setPermission('rita', 'read');
});

afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.stop();
});

function reader() {
  const client = createGitHubClient({
    token: 'ghs_x',
    baseUrl: github.url,
    log: silent,
    retries: 0,
    pacing: false,
  });
  const repo = { owner: github.owner, repo: github.repo };
  return {
    source: new GitHubHandoffSource(client, repo),
    host: new GitHubCodeHost(client, repo, new Redactor([])),
  };
}

function asCommand(result: Command | Ignored | undefined): Command {
  if (!result || 'ignored' in result)
    throw new Error(`expected a command, got ${JSON.stringify(result)}`);
  return result;
}

/** The workflow run the app's dispatch starts: its sender is the app's bot. */
function fromApp(inputs: Record<string, string>) {
  return workflowDispatch(inputs, APP_BOT);
}

describe('a dispatch handed over by the app', () => {
  it('becomes the command the comment gives, authorized as its author', async () => {
    github.addIssue({ title: 'Fix login' });
    const pull = addSpecPull(github, 1);
    const comment = github.addComment(pull.number, '/revise shorter, please', { login: 'alice' });
    const { source, host } = reader();
    const command = await commandFromHandoff(
      fromApp({ 'comment-id': String(comment.id), pull: String(pull.number) }),
      source,
      options,
    );
    expect(command).toEqual({
      kind: 'revise',
      pullNumber: pull.number,
      feedback: 'shorter, please',
      requester: { source: 'github', actor: { login: 'alice', type: 'User' } },
      writtenAt: new Date(comment.created_at).toISOString(),
      origin: `github-comment:${comment.id}`,
    });
    expect(await authorize(asCommand(command), host, policy)).toEqual({ ok: true });
  });

  it("lets Jira ask only for a project the repository's jira-project-keys lists", async () => {
    github.addIssue({ title: '[OPS-77] Add a flag', body: 'From Jira OPS-77.', user: APP_BOT });
    const { source } = reader();
    const command = await commandFromHandoff(fromApp({ issue: '1' }), source, options);
    expect(command).toEqual({
      ignored: expect.stringContaining('Jira project OPS is not in this repository'),
    });
  });

  it('refuses a forged dispatch pointing at a comment by a read-only user', async () => {
    github.addIssue({ title: 'Fix login' });
    const pull = addSpecPull(github, 1);
    const comment = github.addComment(pull.number, '/approve', { login: 'rita' });
    const { source, host } = reader();
    // Even sent by a person with write access, the comment's author is who asks.
    const forged = workflowDispatch({ 'comment-id': String(comment.id) }, { login: 'alice' });
    const command = await commandFromHandoff(forged, source, options);
    expect(command).toMatchObject({ kind: 'approve', requester: { actor: { login: 'rita' } } });
    const decision = await authorize(asCommand(command), host, policy);
    expect(decision).toEqual({ ok: false, reason: expect.stringMatching(/rita has read access/) });
  });

  it('ignores a comment that is not a command, one on an issue, or on another pull request', async () => {
    github.addIssue({ title: 'Fix login' });
    const pull = addSpecPull(github, 1);
    const chat = github.addComment(pull.number, 'I think /approve is premature', {
      login: 'alice',
    });
    const onIssue = github.addComment(1, '/approve', { login: 'alice' });
    const approve = github.addComment(pull.number, '/approve', { login: 'alice' });
    const { source } = reader();
    const run = (inputs: Record<string, string>) =>
      commandFromHandoff(fromApp(inputs), source, options);
    expect(await run({ 'comment-id': String(chat.id) })).toEqual({
      ignored: expect.stringMatching(/no command/),
    });
    expect(await run({ 'comment-id': String(onIssue.id) })).toEqual({
      ignored: expect.stringMatching(/not a pull request/),
    });
    expect(await run({ 'comment-id': String(approve.id), pull: '99' })).toEqual({
      ignored: expect.stringMatching(/not on #99/),
    });
    expect(await run({ 'comment-id': '424242' })).toEqual({
      ignored: expect.stringMatching(/does not exist/),
    });
    await expect(run({ 'comment-id': '1; rm -rf /' })).rejects.toThrow(/comment id/);
  });

  it('plans an issue as whoever last added the trigger label, not as the bot', async () => {
    github.addIssue({ title: 'Fix login' });
    github.labelIssue(1, 'specgate', { login: 'alice' });
    const { source } = reader();
    expect(await commandFromHandoff(fromApp({ issue: '1' }), source, options)).toMatchObject({
      kind: 'plan',
      trigger: 'label',
      ticket: { issueNumber: 1 },
      requester: { source: 'github', actor: { login: 'alice' } },
    });
  });

  it('leaves a bot-sent dispatch nobody vouches for to the bot, whom the authorizer refuses', async () => {
    github.addIssue({ title: 'Fix login', user: { login: 'rita' } });
    github.labelIssue(1, 'specgate', { login: 'rita' });
    const { source, host } = reader();
    const command = await commandFromHandoff(fromApp({ issue: '1' }), source, options);
    expect(command).toMatchObject({ requester: { actor: { login: 'rita' } } });
    expect(await authorize(asCommand(command), host, policy)).toMatchObject({ ok: false });

    github.addIssue({ title: 'Other', user: { login: 'rita' } });
    const unlabeled = await commandFromHandoff(fromApp({ issue: '2' }), source, options);
    expect(unlabeled).toMatchObject({ requester: { actor: APP_BOT } });
    expect(await authorize(asCommand(unlabeled), host, policy)).toMatchObject({ ok: false });
  });

  it('lets Jira ask for a plan of an issue the same app opened from a Jira ticket', async () => {
    github.addIssue({ title: '[ABC-12] Fix login', body: 'From Jira ABC-12.', user: APP_BOT });
    const { source, host } = reader();
    const command = await commandFromHandoff(fromApp({ issue: '1' }), source, options);
    expect(command).toMatchObject({
      kind: 'plan',
      requester: { source: 'jira' },
      ticket: { issueNumber: 1, jiraKey: 'ABC-12' },
    });
    expect(await authorize(asCommand(command), host, policy)).toEqual({ ok: true });
  });

  it("lets Jira ask only for a project the repository's jira-project-keys lists", async () => {
    github.addIssue({ title: '[OPS-77] Add a flag', body: 'From Jira OPS-77.', user: APP_BOT });
    const { source } = reader();
    const command = await commandFromHandoff(fromApp({ issue: '1' }), source, options);
    expect(command).toEqual({
      ignored: expect.stringContaining('Jira project OPS is not in this repository'),
    });
  });

  it("is not involved in a person's own dispatch", async () => {
    const { source } = reader();
    expect(
      await commandFromHandoff(
        workflowDispatch({ issue: '1' }, { login: 'alice' }),
        source,
        options,
      ),
    ).toBeUndefined();
  });
});
