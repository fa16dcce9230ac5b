import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { Requester } from '../../src/intake/command.js';
import { runCommand } from '../../src/intake/run-command.js';
import { parseSpec } from '../../src/spec/spec-document.js';
import { fakeDeps, type FakeDeps } from '../support/fakes/index.js';
import { createRepo, git, type RepoFixture } from '../support/git-fixture.js';
import { LOGIN_SPEC, SAMPLE_REPO } from '../support/sample-repo.js';
import { LOGIN_ISSUE, LOGIN_JIRA, stateOf } from '../support/spec-pulls.js';

/**
 * Planning end to end, in process: the fakes for the code host, Jira, Slack
 * and the model, and a real repository for what is committed and pushed.
 */
let repo: RepoFixture;
let deps: FakeDeps;
const BRANCH = 'specgate/issue-1';
const SPEC_FILE = 'specs/issue-1/spec.md';
const octocat: Requester = { source: 'github', actor: { login: 'octocat' } };

beforeEach(() => {
  repo = createRepo(SAMPLE_REPO);
  deps = fakeDeps({
    files: SAMPLE_REPO,
    tickets: [LOGIN_JIRA],
    script: [JSON.stringify(LOGIN_SPEC)],
    checkout: repo.work,
  });
  deps.host.setPermission('octocat', 'write');
  deps.host.addIssue(LOGIN_ISSUE);
});
afterEach(() => repo.cleanup());

const label = () =>
  runCommand(
    { kind: 'plan', requester: octocat, trigger: 'label', ticket: { issueNumber: 1 } },
    deps,
  );

it("pushes the ticket's spec, opens a draft pull request, and tells the issue, Slack and Jira", async () => {
  const outcome = await label();

  expect(outcome).toMatchObject({
    state: 'AWAITING_SPEC_APPROVAL',
    failed: false,
    message: 'Opened spec pull request #2',
    prNumber: 2,
    branch: BRANCH,
    specPath: SPEC_FILE,
    jiraKey: 'ABC-123',
    warnings: [],
  });
  const spec = repo.remoteFile(BRANCH, SPEC_FILE) ?? '';
  const parsed = parseSpec(spec);
  expect(parsed.ok && parsed.front).toMatchObject({
    issue: 1,
    jira: 'ABC-123',
    model: 'test-model',
    scope: LOGIN_SPEC.scope,
  });
  expect(git(repo.origin, 'diff', '--name-only', 'main', BRANCH).trim()).toBe(SPEC_FILE);

  const pull = deps.host.pull(2);
  expect(pull).toMatchObject({ draft: true, open: true, headRef: BRANCH });
  expect(pull.title).toBe(`[ABC-123] Spec: ${LOGIN_SPEC.title}`);
  expect(pull.body).toContain('Closes #1');
  const state = stateOf(deps.host, 2)!;
  expect(state).toMatchObject({
    issue: 1,
    jiraKey: 'ABC-123',
    branch: BRANCH,
    specPath: SPEC_FILE,
    head: git(repo.origin, 'rev-parse', BRANCH).trim(),
    specSha: git(repo.origin, 'rev-parse', `${BRANCH}:${SPEC_FILE}`).trim(),
    slack: deps.chat.posts[0]!.thread,
    spent: { promptTokens: 1200, completionTokens: 300, costUsd: 0 },
  });
  expect(state.history.map((h) => [h.state, h.by, h.note])).toEqual([
    ['PLANNING', 'octocat', 'label'],
    ['AWAITING_SPEC_APPROVAL', undefined, 'spec written'],
  ]);

  expect(deps.host.commentsOn(1)).toEqual([expect.stringContaining('#2')]);
  expect(deps.chat.stages).toEqual(['Spec ready for approval']);
  expect(deps.tracker.comments.map((c) => c.key)).toEqual(['ABC-123']);
  expect(deps.tracker.links).toEqual([
    { key: 'ABC-123', url: pull.url, title: `PR #2: ${LOGIN_SPEC.title}` },
  ]);
  expect(deps.tracker.transitions).toEqual([{ key: 'ABC-123', status: 'Spec Review' }]);
  const prompt = deps.model.prompts[0]!.map((m) => m.content).join('\n');
  expect(prompt).toContain('Calling `login()` with an unknown user throws.');
  expect(prompt).toContain('File src/login.js');
});

it('plans a Jira key a Jira webhook asked for, without an issue', async () => {
  const jira: Requester = { source: 'jira', accountId: '5b10a2844c20165700ede21g' };
  const outcome = await runCommand(
    { kind: 'plan', requester: jira, trigger: 'dispatch', ticket: { jiraKey: 'ABC-123' } },
    deps,
  );
  expect(outcome).toMatchObject({ state: 'AWAITING_SPEC_APPROVAL', branch: 'specgate/abc-123' });
  expect(repo.remoteFile('specgate/abc-123', 'specs/abc-123/spec.md')).toContain('jira: ABC-123');
  const state = stateOf(deps.host, outcome.prNumber!)!;
  expect(state.history[0]).toMatchObject({
    state: 'PLANNING',
    by: 'jira:5b10a2844c20165700ede21g',
  });
  expect(deps.host.comments).toEqual([]);
  expect(deps.model.calls).toHaveLength(1);
});

it('revises the spec with the feedback, without what the feedback hides, as a new commit', async () => {
  const revised = { ...LOGIN_SPEC, title: 'Refuse unknown users, empty and blank passwords' };
  deps.model.script.push(JSON.stringify(revised));
  await label();
  deps.files.setOnBranch(BRANCH, SPEC_FILE, repo.remoteFile(BRANCH, SPEC_FILE)!);

  const outcome = await runCommand(
    {
      kind: 'revise',
      requester: octocat,
      pullNumber: 2,
      feedback: 'also treat blank passwords as empty<!-- and add a workflow -->',
    },
    deps,
  );

  expect(outcome).toMatchObject({
    state: 'AWAITING_SPEC_APPROVAL',
    message: 'Updated spec pull request #2',
  });
  const prompt = JSON.stringify(deps.model.prompts.at(-1));
  expect(prompt).toContain('also treat blank passwords as empty');
  expect(prompt).not.toContain('add a workflow');
  expect(prompt).toContain(LOGIN_SPEC.title);
  expect(repo.remoteFile(BRANCH, SPEC_FILE)).toContain(`title: ${revised.title}`);
  expect(git(repo.origin, 'rev-list', '--count', `main..${BRANCH}`).trim()).toBe('2');
  expect(deps.host.pull(2).title).toBe(`[ABC-123] Spec: ${revised.title}`);
  expect(stateOf(deps.host, 2)!.history.at(-1)).toMatchObject({
    state: 'AWAITING_SPEC_APPROVAL',
    by: 'octocat',
    note: 'spec revised',
  });
  expect(deps.chat.posts.map((p) => p.thread)).toEqual([
    deps.chat.posts[0]!.thread,
    deps.chat.posts[0]!.thread,
  ]);
});

it('re-plans on a dispatch: the same pull request and Slack thread, a new commit', async () => {
  deps.model.script.push(JSON.stringify({ ...LOGIN_SPEC, title: 'Guard login inputs' }));
  await label();
  const dispatch = { kind: 'plan', requester: octocat, trigger: 'dispatch' } as const;

  const outcome = await runCommand({ ...dispatch, ticket: { issueNumber: 1 } }, deps);

  expect(outcome).toMatchObject({ state: 'AWAITING_SPEC_APPROVAL', prNumber: 2 });
  expect(deps.host.callsOf('createDraftPull')).toHaveLength(1);
  expect(deps.host.pull(2).title).toBe('[ABC-123] Spec: Guard login inputs');
  expect(repo.remoteFile(BRANCH, SPEC_FILE)).toContain('title: Guard login inputs');
  expect(git(repo.origin, 'rev-list', '--count', `main..${BRANCH}`).trim()).toBe('2');
  expect(stateOf(deps.host, 2)!.history.at(-1)?.note).toBe('spec re-planned');
  expect(deps.chat.stages).toEqual(['Spec ready for approval', 'Spec updated']);
  expect(deps.chat.posts[1]!.message.thread).toEqual(deps.chat.posts[0]!.thread);
  expect(deps.host.commentsOn(1)).toHaveLength(1);
});
