import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub } from '../../src/stand-ins/github.js';

interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

let fake: FakeGitHub;
let baseUrl: string;

async function call(method: string, path: string, body?: unknown): Promise<Reply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

const REPO = '/repos/Codertocat/Hello-World';

beforeEach(async () => {
  fake = new FakeGitHub();
  baseUrl = await fake.start();
});

afterEach(async () => {
  await fake.stop();
});

describe('request validation against the OpenAPI description', () => {
  it('answers 404 and records a violation for a path GitHub does not have', async () => {
    const reply = await call('GET', `${REPO}/pull-requests`);

    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ message: 'Not Found' });
    expect(fake.violations).toEqual([`GET ${REPO}/pull-requests: not a GitHub REST operation`]);
    expect(fake.requests[0]?.operationId).toBeUndefined();
  });

  it('treats a real path with the wrong method as unknown', async () => {
    const reply = await call('DELETE', `${REPO}/pulls`);

    expect(reply.status).toBe(404);
    expect(fake.violations).toHaveLength(1);
  });

  it('answers 422 and records a violation when a required body field is missing', async () => {
    const reply = await call('POST', `${REPO}/pulls`, { title: 'Add spec', head: 'spec/42' });

    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      message: expect.stringContaining('"base" wasn\'t supplied'),
    });
    expect(fake.violations).toEqual([
      `POST ${REPO}/pulls: pulls/create is missing required body field(s) base`,
    ]);
    expect(fake.pullsList()).toEqual([]);
  });

  it('lets {path} span slashes, raw or percent-encoded', async () => {
    await call('GET', `${REPO}/contents/docs/specs/PROJ-42.md?ref=main`);
    const encoded = await call('GET', `${REPO}/contents/docs%2Fspecs%2FPROJ-42.md`);
    // Octokit asks for the repository root with path '', which leaves no segment at all.
    await call('GET', `${REPO}/contents`);

    expect(fake.requests.map((request) => request.operationId)).toEqual([
      'repos/get-content',
      'repos/get-content',
      'repos/get-content',
    ]);
    expect(fake.requests[0]?.query).toEqual({ ref: 'main' });
    // Real operation, but the fake does not serve it: 501 plus a violation naming it.
    expect(encoded.status).toBe(501);
    expect(fake.violations).toEqual([
      `GET ${REPO}/contents/docs/specs/PROJ-42.md: repos/get-content is a real operation the fake does not implement`,
      `GET ${REPO}/contents/docs%2Fspecs%2FPROJ-42.md: repos/get-content is a real operation the fake does not implement`,
      `GET ${REPO}/contents: repos/get-content is a real operation the fake does not implement`,
    ]);
  });

  it('keeps other parameters to one segment and prefers literal segments', async () => {
    const nested = await call('GET', `${REPO}/issues/1/extra`);
    await call('GET', `${REPO}/issues/comments`);

    expect(nested.status).toBe(404);
    expect(fake.requests[1]?.operationId).toBe('issues/list-comments-for-repo');
  });

  it('flags a body of the wrong type like GitHub schema validation does', async () => {
    fake.addIssue({ title: 'Spec request' });

    const reply = await call('PATCH', `${REPO}/issues/1`, { state: 'done' });

    expect(reply.status).toBe(422);
    expect(fake.violations).toHaveLength(1);
  });
});

describe('pull requests', () => {
  const create = (head: string, extra: Record<string, unknown> = {}): Promise<Reply> =>
    call('POST', `${REPO}/pulls`, { title: `Spec for ${head}`, head, base: 'main', ...extra });

  it('creates a pull request and finds it by owner:branch', async () => {
    fake.addIssue({ title: 'Spec request' });
    const created = await create('spec/PROJ-42', { body: 'Closes #1', draft: true });
    await create('spec/PROJ-43');

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: 2,
      state: 'open',
      draft: true,
      body: 'Closes #1',
      head: { ref: 'spec/PROJ-42', label: 'Codertocat:spec/PROJ-42' },
      base: { ref: 'main' },
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: 'https://github.com/Codertocat/Hello-World/pull/2',
    });

    const listed = await call('GET', `${REPO}/pulls?head=Codertocat:spec/PROJ-42&state=open`);
    expect(listed.body).toEqual([expect.objectContaining({ number: 2 })]);
    expect(fake.violations).toEqual([]);
  });

  it('ignores a head filter without the owner prefix, as GitHub does', async () => {
    await create('spec/PROJ-42');
    await create('spec/PROJ-43');

    const listed = await call('GET', `${REPO}/pulls?head=spec/PROJ-42`);

    expect(listed.body).toHaveLength(2);
  });

  it('refuses a second open pull request for the same head', async () => {
    await create('spec/PROJ-42');

    const duplicate = await create('spec/PROJ-42');

    expect(duplicate.status).toBe(422);
    expect(duplicate.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ message: 'A pull request already exists for Codertocat:spec/PROJ-42.' }],
    });
    expect(fake.pullsList()).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('filters by state and paginates with a Link header', async () => {
    for (const n of [1, 2, 3]) await create(`spec/${n}`);
    await call('PATCH', `${REPO}/pulls/1`, { state: 'closed' });

    const open = await call('GET', `${REPO}/pulls`);
    const firstPage = await call('GET', `${REPO}/pulls?state=all&per_page=2`);
    const secondPage = await call('GET', `${REPO}/pulls?state=all&per_page=2&page=2`);

    expect(open.body).toHaveLength(2);
    expect(firstPage.body).toEqual([
      expect.objectContaining({ number: 3 }),
      expect.objectContaining({ number: 2 }),
    ]);
    expect(firstPage.headers.get('link')).toBe(
      `<${baseUrl}${REPO}/pulls?state=all&per_page=2&page=2>; rel="next", ` +
        `<${baseUrl}${REPO}/pulls?state=all&per_page=2&page=2>; rel="last"`,
    );
    expect(secondPage.body).toEqual([expect.objectContaining({ number: 1, state: 'closed' })]);
    expect(secondPage.headers.get('link')).toContain('rel="prev"');
  });

  it('shares numbers and comments with issues', async () => {
    fake.addIssue({ number: 7, title: 'Spec request', labels: ['spec'] });
    await create('spec/PROJ-7');

    const asIssue = await call('GET', `${REPO}/issues/8`);
    await call('POST', `${REPO}/issues/8/comments`, { body: 'Spec ready for review' });

    expect(asIssue.body).toMatchObject({
      number: 8,
      pull_request: { html_url: expect.any(String) },
    });
    expect(fake.commentsOn(8)).toEqual([
      expect.objectContaining({ body: 'Spec ready for review' }),
    ]);
    expect((await call('GET', `${REPO}/issues/7`)).body).not.toHaveProperty('pull_request');
    expect((await call('GET', `${REPO}/pulls/7`)).status).toBe(404);
  });

  it('requests reviewers only from collaborators', async () => {
    fake.setPermission('octocat', 'write');
    await create('spec/PROJ-42');

    const outsider = await call('POST', `${REPO}/pulls/1/requested_reviewers`, {
      reviewers: ['hubot'],
    });
    const ok = await call('POST', `${REPO}/pulls/1/requested_reviewers`, {
      reviewers: ['octocat'],
    });

    expect(outsider.status).toBe(422);
    expect(ok.status).toBe(201);
    expect(fake.pullsList()[0]?.requested_reviewers).toEqual(['octocat']);
  });
});

describe('issues', () => {
  it('labels, comments on and closes an issue', async () => {
    fake.addIssue({ title: 'Spec request', user: { login: 'octocat' } });

    const added = await call('POST', `${REPO}/issues/1/labels`, {
      labels: ['spec: draft', 'jira'],
    });
    const removed = await call('DELETE', `${REPO}/issues/1/labels/spec%3A%20draft`);
    const comment = await call('POST', `${REPO}/issues/1/comments`, { body: 'first' });
    const commentId = (comment.body as { id: number }).id;
    await call('PATCH', `${REPO}/issues/comments/${commentId}`, { body: 'edited' });
    const closed = await call('PATCH', `${REPO}/issues/1`, {
      state: 'closed',
      state_reason: 'not_planned',
    });

    expect(added.body).toEqual([
      expect.objectContaining({ name: 'spec: draft' }),
      expect.objectContaining({ name: 'jira' }),
    ]);
    expect(removed.body).toEqual([expect.objectContaining({ name: 'jira' })]);
    expect(fake.commentsOn(1).map((c) => c.body)).toEqual(['edited']);
    expect(closed.body).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      comments: 1,
    });
    expect(fake.violations).toEqual([]);
  });

  it('answers 404 for another repository without calling it a violation', async () => {
    const reply = await call('GET', '/repos/someone-else/Hello-World/issues/1');

    expect(reply.status).toBe(404);
    expect(fake.violations).toEqual([]);
  });
});

describe('collaborator permission', () => {
  it('reports the legacy permission and the exact role', async () => {
    fake.setPermission('maintainer', 'maintain');
    fake.setPermission('triager', 'triage');

    const maintainer = await call('GET', `${REPO}/collaborators/maintainer/permission`);
    const triager = await call('GET', `${REPO}/collaborators/triager/permission`);
    const stranger = await call('GET', `${REPO}/collaborators/stranger/permission`);

    expect(maintainer.body).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { login: 'maintainer' },
    });
    expect(triager.body).toMatchObject({ permission: 'read', role_name: 'triage' });
    expect(stranger.status).toBe(200);
    expect(stranger.body).toMatchObject({ permission: 'none', role_name: 'none' });
  });
});

describe('failNext', () => {
  it('injects the given response for the next N calls only', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 60);
    fake.failNext(
      'repos/get',
      {
        status: 403,
        body: { message: 'API rate limit exceeded' },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      },
      2,
    );

    const first = await call('GET', REPO);
    const second = await call('GET', REPO);
    const third = await call('GET', REPO);

    expect([first.status, second.status, third.status]).toEqual([403, 403, 200]);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(first.headers.get('x-ratelimit-reset')).toBe(reset);
    expect(third.body).toMatchObject({
      full_name: 'Codertocat/Hello-World',
      default_branch: 'main',
      private: false,
    });
    expect(fake.requestsFor('repos/get')).toHaveLength(3);
  });

  it('can simulate Actions being barred from creating pull requests', async () => {
    const message = 'GitHub Actions is not permitted to create or approve pull requests.';
    fake.failNext('pulls/create', { status: 403, body: { message } });

    const reply = await call('POST', `${REPO}/pulls`, {
      title: 'Spec',
      head: 'spec/1',
      base: 'main',
    });

    expect(reply).toMatchObject({ status: 403, body: { message } });
    expect(fake.pullsList()).toEqual([]);
  });

  it('rejects an operation id that does not exist', () => {
    expect(() => fake.failNext('pulls/open', { status: 500 })).toThrow('not a GitHub operation id');
  });
});

describe('graphql', () => {
  it('marks a draft pull request ready for review', async () => {
    const pull = fake.addPull({ title: 'Spec', head: 'spec/PROJ-42', draft: true });

    const reply = await call('POST', '/graphql', {
      query:
        'mutation($id: ID!) { markPullRequestReadyForReview(input: {pullRequestId: $id}) { pullRequest { isDraft } } }',
      variables: { id: pull.node_id },
    });

    expect(reply.body).toEqual({
      data: { markPullRequestReadyForReview: { pullRequest: { isDraft: false } } },
    });
    expect(fake.pullsList()[0]?.draft).toBe(false);
    expect(fake.requestsFor('graphql')).toHaveLength(1);
  });

  it('records any other query as a violation', async () => {
    const reply = await call('POST', '/graphql', { query: '{ viewer { login } }' });

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      errors: [expect.objectContaining({ message: expect.any(String) })],
    });
    expect(fake.violations).toHaveLength(1);
  });
});
