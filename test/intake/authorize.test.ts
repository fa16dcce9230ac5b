import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubCodeHost } from '../../src/github/code-host.js';
import { authorize } from '../../src/intake/authorize.js';
import type { Command, Requester } from '../../src/intake/command.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';

/** The repository takes tickets of the ABC project only. */
const policy = { jiraProjectKeys: ['ABC'] };

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
let github: FakeGitHub;
let host: GitHubCodeHost;

beforeAll(async () => {
  github = new FakeGitHub();
  await github.start();
  github.setPermission('writer', 'write');
  github.setPermission('boss', 'admin');
  github.setPermission('reader', 'read');
  github.setPermission('helper[bot]', 'admin');
  const octokit = createGitHubClient({
    token: 'ghs_test',
    baseUrl: github.url,
    log: quiet,
    retries: 0,
  });
  host = new GitHubCodeHost(
    octokit,
    { owner: 'Codertocat', repo: 'Hello-World' },
    new Redactor([]),
  );
});
afterAll(() => github.stop());

const user = (login: string, type = 'User'): Requester => ({
  source: 'github',
  actor: { login, type },
});
const approve = (requester: Requester): Command => ({ kind: 'approve', requester, pullNumber: 2 });
const plan = (requester: Requester): Command => ({
  kind: 'plan',
  requester,
  trigger: 'dispatch',
  ticket: { issueNumber: 1 },
});

describe('authorize', () => {
  it('lets GitHub users with write access or more in, as the API says', async () => {
    expect(await authorize(approve(user('writer')), host, policy)).toEqual({ ok: true });
    expect(await authorize(plan(user('boss')), host, policy)).toEqual({ ok: true });
    const before = github.requestsFor('repos/get-collaborator-permission-level').length;
    expect(await authorize(approve(user('reader')), host, policy)).toEqual({
      ok: false,
      reason: 'reader has read access; write, maintain or admin is required',
    });
    expect(await authorize(approve(user('stranger')), host, policy)).toMatchObject({ ok: false });
    expect(github.requestsFor('repos/get-collaborator-permission-level').length).toBe(before + 2);
  });

  it('refuses bots whatever their permission, without asking GitHub', async () => {
    const before = github.requestsFor('repos/get-collaborator-permission-level').length;
    expect(await authorize(approve(user('helper[bot]')), host, policy)).toMatchObject({
      ok: false,
    });
    expect(await authorize(approve(user('helper', 'Bot')), host, policy)).toMatchObject({
      ok: false,
    });
    expect(github.requestsFor('repos/get-collaborator-permission-level').length).toBe(before);
  });

  it('lets a verified Jira webhook start a plan and nothing else', async () => {
    const jira: Requester = { source: 'jira', accountId: '5b10a2844c20165700ede21g' };
    const opened = { ...plan(jira), ticket: { issueNumber: 1, jiraKey: 'ABC-123' } } as Command;
    expect(await authorize(opened, host, policy)).toEqual({ ok: true });
    const elsewhere: Command = { ...plan(jira), ticket: { jiraKey: 'OPS-7' } } as Command;
    expect(await authorize(elsewhere, host, policy)).toEqual({
      ok: false,
      reason:
        "Jira project OPS is not in this repository's jira-project-keys; its ticket OPS-7 is not planned",
    });
    const keyless = { ...plan(jira), ticket: { issueNumber: 1 } } as Command;
    expect(await authorize(keyless, host, policy)).toEqual({
      ok: false,
      reason: 'a Jira webhook names no Jira ticket to plan',
    });
    const listed: Command = { ...plan(jira), ticket: { jiraKey: 'ABC-7' } } as Command;
    expect(await authorize(listed, host, policy)).toEqual({ ok: true });
    expect(await authorize(approve(jira), host, policy)).toEqual({
      ok: false,
      reason: 'a Jira webhook can start a plan, not approve',
    });
  });

  it('lets a schedule sweep and nothing else', async () => {
    const schedule: Requester = { source: 'schedule' };
    expect(await authorize({ kind: 'sweep', requester: schedule }, host, policy)).toEqual({
      ok: true,
    });
    expect(await authorize(plan(schedule), host, policy)).toMatchObject({ ok: false });
    expect(await authorize(approve(schedule), host, policy)).toMatchObject({ ok: false });
  });

  it('lets the terminal work in its checkout and sweep, and nothing on a pull request', async () => {
    const terminal: Requester = { source: 'terminal' };
    const ticket = { ticket: 'login', branch: 'specgate/login' };
    const progress = () => undefined;
    const planHere: Command = { kind: 'plan-here', requester: terminal, ticket, progress };
    const implementHere: Command = {
      kind: 'implement-here',
      requester: terminal,
      specPath: 'specs/login/spec.md',
      confirm: () => Promise.resolve(true),
      progress,
    };
    for (const local of [planHere, implementHere, { kind: 'sweep', requester: terminal } as const])
      expect(await authorize(local, host, policy)).toEqual({ ok: true });
    expect(await authorize(approve(terminal), host, policy)).toEqual({
      ok: false,
      reason: 'the CLI works in its own checkout; approve is given on GitHub',
    });
    // Nobody else asks for local work, however much access they have on GitHub: the type
    // says so, and the authorizer too, should a door build one past the type checker.
    const forged = { ...planHere, requester: user('boss') } as unknown as Command;
    expect(await authorize(forged, host, policy)).toEqual({
      ok: false,
      reason: 'plan-here works in a checkout, from the CLI only',
    });
  });

  it('refuses Slack users until their accounts are linked', async () => {
    const slack: Requester = { source: 'slack', userId: 'U012AB3CD' };
    expect(await authorize(plan(slack), host, policy)).toMatchObject({ ok: false });
  });

  it('needs no requester for a pull request GitHub reports closed', async () => {
    expect(await authorize({ kind: 'pull-closed', pullNumber: 2 }, host, policy)).toEqual({
      ok: true,
    });
  });
});
