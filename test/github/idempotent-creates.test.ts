import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubCodeHost } from '../../src/github/code-host.js';
import type { Logger } from '../../src/ports.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';

const log: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
const badGateway = { status: 502, body: { message: 'Bad Gateway' } };
let github: FakeGitHub;
let host: GitHubCodeHost;

beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
  // Production retries: the duplicate came from the client's own resend.
  const octokit = createGitHubClient({
    token: 'ghs_test',
    baseUrl: github.url,
    log,
    pacing: false,
  });
  host = new GitHubCodeHost(octokit, { owner: github.owner, repo: github.repo }, new Redactor([]));
});
afterEach(() => github.stop());

const pull = { title: 'Spec', head: 'specgate/issue-1', base: 'main', body: 'the spec' };

describe('creates whose answer was lost', () => {
  it('a pull request created behind a 502 is found and used', async () => {
    github.failAfterNext('pulls/create', badGateway);
    const created = await host.createDraftPull(pull);
    const pulls = github.pullsList();
    expect(pulls).toHaveLength(1);
    expect(created.number).toBe(pulls[0]!.number);
    expect(created.headRef).toBe('specgate/issue-1');
  });

  it('the same when every answer is lost', async () => {
    github.failAfterNext('pulls/create', badGateway, 10);
    const created = await host.createDraftPull(pull);
    expect(github.pullsList().map((p) => p.number)).toEqual([created.number]);
  });

  it('a pull request of another base is not taken for ours', async () => {
    github.addPull({ title: 'other', head: 'specgate/issue-1', base: 'release' });
    await expect(host.createDraftPull(pull)).rejects.toThrow(/already exists/);
  });

  it('other refusals still fail', async () => {
    github.failNext('pulls/create', {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ message: 'No commits between main and x' }],
      },
    });
    await expect(host.createDraftPull(pull)).rejects.toThrow(/Validation Failed/);
    expect(github.requestsFor('pulls/create')).toHaveLength(1);
  });

  it('a comment posted behind a 502 is not posted twice', async () => {
    const issue = github.addIssue({ title: 'Bug' });
    github.failAfterNext('issues/create-comment', badGateway);
    await host.comment(issue.number, 'Spec ready');
    expect(github.commentsOn(issue.number).map((c) => c.body)).toEqual(['Spec ready']);
  });

  it('a comment that really failed is posted once it can be', async () => {
    const issue = github.addIssue({ title: 'Bug' });
    github.failNext('issues/create-comment', badGateway);
    await host.comment(issue.number, 'Spec ready');
    expect(github.commentsOn(issue.number).map((c) => c.body)).toEqual(['Spec ready']);
    expect(github.requestsFor('issues/create-comment')).toHaveLength(2);
  });
});
