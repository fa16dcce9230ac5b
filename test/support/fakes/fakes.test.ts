import { describe, expect, it } from '@jest/globals';
import { FakeCodeHost, FakeRepoFiles, fakeDeps, ScriptedModel } from './index.js';

describe('FakeCodeHost', () => {
  it('finds the open pull request of a branch, else its latest closed one; never a fork’s', async () => {
    const host = new FakeCodeHost();
    const old = host.addPull({ title: 'Old', headRef: 'specgate/issue-1', open: false });
    host.addPull({ title: 'Fork', headRef: 'specgate/issue-1', fromFork: true });
    expect((await host.findPullByBranch('specgate/issue-1'))?.number).toBe(old.number);
    const open = host.addPull({ title: 'New', headRef: 'specgate/issue-1' });
    host.addPull({ title: 'Later, closed', headRef: 'specgate/issue-1', open: false });
    expect((await host.findPullByBranch('specgate/issue-1'))?.number).toBe(open.number);
    expect(await host.findPullByBranch('specgate/issue-9')).toBeUndefined();
  });

  it('numbers issues and pull requests together, and says which is which', async () => {
    const host = new FakeCodeHost();
    const issue = host.addIssue({ title: 'Bug' });
    const pull = host.addPull({ title: 'Fix', headRef: 'fix' });
    expect([issue.number, pull.number]).toEqual([1, 2]);
    expect(await host.getIssue(2)).toMatchObject({ isPullRequest: true, title: 'Fix' });
    await expect(host.getIssue(3)).rejects.toThrow('there is no issue #3');
  });

  it('records its writes, and fails a call it was told to without changing anything', async () => {
    const host = new FakeCodeHost();
    host.addIssue({ title: 'Bug' });
    host.failNext('comment', new Error('502 Bad Gateway'));
    await expect(host.comment(1, 'first')).rejects.toThrow('502 Bad Gateway');
    await host.comment(1, 'second');
    await host.getIssue(1);
    expect(host.commentsOn(1)).toEqual(['second']);
    expect(host.writes.map((w) => w.args)).toEqual([
      [1, 'first'],
      [1, 'second'],
    ]);
  });

  it('answers no permission for a login it does not know', async () => {
    const host = new FakeCodeHost();
    host.setPermission('mo', 'maintain');
    expect(await host.permissionOf('mo')).toEqual({ roleName: 'maintain', permission: 'write' });
    expect(await host.permissionOf('nobody')).toEqual({ permission: 'none' });
  });
});

it('FakeRepoFiles counts the lines holding each term, whatever the case', async () => {
  const files = new FakeRepoFiles({ 'a.js': 'Login\nlogin()\nuser', 'b.md': 'nothing' });
  const found = await files.search(['LOGIN', 'user', 'absent']);
  expect(found).toEqual([
    {
      path: 'a.js',
      hits: new Map([
        ['login', 2],
        ['user', 1],
      ]),
    },
  ]);
});

it('ScriptedModel answers in order, tool calls included, and adds up the usage', async () => {
  const model = new ScriptedModel([
    'text',
    { tools: [{ name: 'finish', args: { summary: 'done' } }] },
    new Error('context length exceeded'),
  ]);
  expect((await model.complete([{ role: 'user', content: 'hi' }])).content).toBe('text');
  const step = await model.chat([], []);
  expect(step.toolCalls).toEqual([
    { id: 'call_1', name: 'finish', arguments: '{"summary":"done"}' },
  ]);
  await expect(model.chat([], [])).rejects.toThrow('context length exceeded');
  await expect(model.complete([])).rejects.toThrow('no more answers');
  expect(model.usage).toEqual({ promptTokens: 2400, completionTokens: 600 });
  expect(model.calls.map((c) => c.method)).toEqual(['complete', 'chat', 'chat', 'complete']);
});

describe('fakeDeps', () => {
  it('has the policy the configuration’s defaults give, with the inputs on top', () => {
    expect(fakeDeps().policy).toMatchObject({
      triggerLabel: 'specgate',
      branchPrefix: 'specgate/',
      specPathTemplate: 'specs/{ticket}/spec.md',
      specTimeoutHours: 24,
      closeOnTimeout: false,
      jiraStatusDone: 'Done',
    });
    const policy = fakeDeps({ inputs: { 'close-on-timeout': 'true' } }).policy;
    expect(policy.closeOnTimeout).toBe(true);
  });

  it('refuses git when the test gives no checkout', async () => {
    await expect(fakeDeps().git.remoteBranch('main')).rejects.toThrow(
      'git.remoteBranch was called, but this test gives no checkout',
    );
  });
});
