import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubCodeHost } from '../../src/github/code-host.js';
import type { Logger } from '../../src/ports.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';

const lines: string[] = [];
const log: Logger = {
  debug: () => undefined,
  info: (m) => lines.push(m),
  warn: (m) => lines.push(m),
  error: (m) => lines.push(m),
};
let github: FakeGitHub;
let host: GitHubCodeHost;

beforeEach(async () => {
  lines.length = 0;
  github = new FakeGitHub();
  await github.start();
  const octokit = createGitHubClient({
    token: 'ghs_test',
    baseUrl: github.url,
    log,
    retries: 0,
    pacing: false,
    maxRateLimitWaitSeconds: 2,
  });
  host = new GitHubCodeHost(
    octokit,
    { owner: 'Codertocat', repo: 'Hello-World' },
    new Redactor(['super-secret-value']),
  );
});
afterEach(() => github.stop());

const pull = {
  title: 'Spec',
  head: 'specgate/issue-1',
  base: 'main',
  body: 'token super-secret-value and ghp_' + 'a'.repeat(36),
};

describe('GitHubCodeHost', () => {
  it('waits out a secondary rate limit as retry-after says, then succeeds', async () => {
    github.failNext('pulls/create', {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit.' },
      headers: { 'retry-after': '1' },
    });
    const created = await host.createDraftPull(pull);
    expect(created.draft).toBe(true);
    expect(github.requestsFor('pulls/create')).toHaveLength(2);
    expect(lines.join('\n')).toContain('retrying in 1s');
  });

  it('gives up with a clear message when the wait is longer than allowed', async () => {
    github.failNext('pulls/create', {
      status: 429,
      body: { message: 'API rate limit exceeded' },
      headers: { 'retry-after': '3600' },
    });
    await expect(host.createDraftPull(pull)).rejects.toThrow(
      "GitHub's rate limit stopped specgate while trying to open the spec pull request",
    );
  });

  it('names the repository setting when Actions may not create pull requests', async () => {
    github.failNext('pulls/create', {
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
    });
    await expect(host.createDraftPull(pull)).rejects.toThrow(
      'Allow GitHub Actions to create and approve pull requests',
    );
  });

  it('redacts what it posts', async () => {
    await host.createDraftPull(pull);
    const [sent] = github.requestsFor('pulls/create');
    expect(JSON.stringify(sent!.body)).not.toMatch(/super-secret-value|ghp_a/);
  });

  it('reads permissions from the API and treats unknown users as having none', async () => {
    github.setPermission('maint', 'maintain');
    expect(await host.permissionOf('maint')).toEqual({ roleName: 'maintain', permission: 'write' });
    expect((await host.permissionOf('stranger')).permission).toBe('none');
  });

  it('finds the open PR of a branch among closed ones', async () => {
    github.addPull({ title: 'old', head: 'specgate/issue-1', state: 'closed' });
    const open = github.addPull({ title: 'new', head: 'specgate/issue-1' });
    github.addPull({ title: 'other', head: 'specgate/issue-9' });
    expect((await host.findPullByBranch('specgate/issue-1'))?.number).toBe(open.number);
    expect(await host.findPullByBranch('specgate/issue-404')).toBeUndefined();
  });
});
