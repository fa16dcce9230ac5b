import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { Redactor } from '../../src/core/redact.js';
import { GitHubCodeHost } from '../../src/github/code-host.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';

// Neither @actions/github's client nor its plugins: an Octokit as an app would build one.
const PlainOctokit = Octokit.plugin(restEndpointMethods, paginateRest);

let github: FakeGitHub;
let host: GitHubCodeHost;

beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
  host = new GitHubCodeHost(
    new PlainOctokit({ auth: 'ghs_test', baseUrl: github.url }),
    { owner: github.owner, repo: github.repo },
    new Redactor(['super-secret-value']),
  );
});
afterEach(() => github.stop());

describe('GitHubCodeHost on a plain Octokit', () => {
  it('reads permissions, issues and the default branch', async () => {
    github.setPermission('octocat', 'write');
    github.addIssue({
      number: 1,
      title: 'Login fails',
      body: 'Steps',
      user: { login: 'reporter' },
    });

    expect(await host.permissionOf('octocat')).toMatchObject({ permission: 'write' });
    expect(await host.permissionOf('nobody')).toMatchObject({ permission: 'none' });
    expect(await host.defaultBranch()).toBe('main');
    expect(await host.getIssue(1)).toMatchObject({
      number: 1,
      title: 'Login fails',
      author: 'reporter',
      isPullRequest: false,
    });
    expect(github.requests[0]!.headers.authorization).toBe('token ghs_test');
  });

  it('opens a draft pull request, finds it by branch, comments and marks it ready', async () => {
    const opened = await host.createDraftPull({
      title: 'Spec: login',
      head: 'specgate/issue-1',
      base: 'main',
      body: 'token super-secret-value',
    });
    expect(opened).toMatchObject({ draft: true, open: true, headRef: 'specgate/issue-1' });
    expect(github.pullsList()[0]!.body).not.toContain('super-secret-value');

    expect(await host.findPullByBranch('specgate/issue-1')).toMatchObject({
      number: opened.number,
    });
    expect(await host.findPullByBranch('specgate/other')).toBeUndefined();

    await host.comment(opened.number, 'Spec written.');
    expect(github.commentsOn(opened.number).map((c) => c.body)).toEqual(['Spec written.']);

    await host.markReadyForReview(opened);
    expect((await host.getPull(opened.number)).draft).toBe(false);
    expect(github.violations).toEqual([]);
  });
});
