import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { withGitHub } from '../../src/github/errors.js';
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

// Retries stay at their production default: the bug was in how they were configured.
// Pacing (a second between writes, three between notifying ones) would only blur the timings.
function client(maxRateLimitWaitSeconds = 10): GitHubClient {
  return createGitHubClient({
    token: 'ghs_test',
    baseUrl: github.url,
    log,
    maxRateLimitWaitSeconds,
    pacing: false,
  });
}
const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const createIssue = (octokit: GitHubClient) =>
  withGitHub('open an issue', () => octokit.rest.issues.create({ ...repo, title: 'x' }));
const gaps = (operationId: string) =>
  github.requestsFor(operationId).map((r, i, all) => (i === 0 ? 0 : r.at - all[i - 1]!.at));

beforeEach(async () => {
  lines.length = 0;
  github = new FakeGitHub();
  await github.start();
});
afterEach(() => github.stop());

describe('GitHub client: rate limits', () => {
  it('waits retry-after seconds on a 403 secondary rate limit before resending', async () => {
    github.failNext('issues/create', {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
      headers: { 'retry-after': '2' },
    });
    await createIssue(client());
    const [, gap] = gaps('issues/create');
    expect(gaps('issues/create')).toHaveLength(2);
    expect(gap).toBeGreaterThanOrEqual(1900);
  });

  it('waits retry-after on a 429 whatever its message says', async () => {
    github.failNext('issues/get', {
      status: 429,
      body: { message: 'Too many requests' },
      headers: { 'retry-after': '1' },
    });
    await client()
      .rest.issues.get({ ...repo, issue_number: 1 })
      .catch(() => undefined);
    expect(gaps('issues/get')[1]).toBeGreaterThanOrEqual(900);
  });

  it('waits until x-ratelimit-reset when the primary quota is spent', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 1;
    github.failNext('issues/create', {
      status: 403,
      body: { message: 'API rate limit exceeded for installation ID 1.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    await createIssue(client());
    const second = github.requestsFor('issues/create')[1];
    expect(second?.at).toBeGreaterThanOrEqual(reset * 1000);
  });

  it('fails at once, naming the rate limit, when the wait is longer than allowed', async () => {
    github.failNext('issues/create', {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    // No retry-after: GitHub asks for at least a minute, more than the 5 s allowed; waiting
    // it would outlast the test's own timeout.
    await expect(createIssue(client(5))).rejects.toThrow(
      /GitHub's rate limit stopped specgate while trying to open an issue: GitHub's secondary rate limit .* 60s/,
    );
    expect(github.requestsFor('issues/create')).toHaveLength(1);
  });

  it('bounds the total wait of the run, not each wait', async () => {
    const octokit = client(3);
    const limit = { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '2' } };
    github.failNext('issues/create', limit);
    await createIssue(octokit);
    github.failNext('issues/create', limit);
    await expect(createIssue(octokit)).rejects.toThrow(/more than the 1s left of the 3s/);
    expect(github.requestsFor('issues/create')).toHaveLength(3);
  });
});

describe('GitHub client: other failures', () => {
  it.each([422, 400, 404, 409, 403])('never resends a %i', async (status) => {
    github.failNext('issues/create', { status, body: { message: 'Validation Failed' } });
    await expect(createIssue(client())).rejects.toThrow();
    expect(github.requestsFor('issues/create')).toHaveLength(1);
  });

  it('retries 5xx with growing backoff, then succeeds', async () => {
    github.failNext('issues/create', { status: 502, body: { message: 'Bad gateway' } }, 2);
    const created = await createIssue(client());
    expect(created.data.title).toBe('x');
    const [, first, second] = gaps('issues/create');
    expect(first).toBeGreaterThanOrEqual(900);
    expect(second).toBeGreaterThanOrEqual(1900);
  });

  it('gives up on 5xx after the configured retries', async () => {
    github.failNext('issues/create', { status: 503, body: { message: 'unavailable' } }, 5);
    const octokit = createGitHubClient({
      token: 't',
      baseUrl: github.url,
      log,
      retries: 1,
      pacing: false,
    });
    await expect(createIssue(octokit)).rejects.toThrow(/503|unavailable/);
    expect(github.requestsFor('issues/create')).toHaveLength(2);
  });
});
