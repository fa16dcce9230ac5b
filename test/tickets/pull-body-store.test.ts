import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { type TicketState } from '../../src/core/state.js';
import { encodeStateMarker } from '../../src/tickets/marker.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubCodeHost } from '../../src/github/code-host.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';
import { PullBodyTicketStore } from '../../src/tickets/pull-body-store.js';

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const policy = {
  branchPrefix: 'specgate/',
  specPathTemplate: 'specs/{ticket}/spec.md',
  specAuthors: ['pat-owner'],
};
let github: FakeGitHub;
let store: PullBodyTicketStore;

beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
  const octokit = createGitHubClient({
    token: 'ghs_test',
    baseUrl: github.url,
    log: quiet,
    retries: 0,
  });
  const host = new GitHubCodeHost(
    octokit,
    { owner: 'Codertocat', repo: 'Hello-World' },
    new Redactor([]),
  );
  store = new PullBodyTicketStore(host, policy, new Redactor([]));
});
afterEach(() => github.stop());

function ticket(
  branch: string,
  state: TicketState['state'] = 'AWAITING_SPEC_APPROVAL',
): TicketState {
  return {
    version: 1,
    state,
    branch,
    specPath: `specs/${branch.split('/').pop()}/spec.md`,
    history: [{ state, at: '2026-11-01T00:00:00.000Z' }],
  };
}

function addSpecPull(n: number, options: { head?: string; state?: 'open' | 'closed' } = {}) {
  const head = options.head ?? `specgate/issue-${n}`;
  const branch = head.includes(':') ? head.split(':')[1]! : head;
  return github.addPull({
    title: `Spec ${n}`,
    head,
    body: `The spec.\n\n${encodeStateMarker(ticket(branch))}`,
    ...(options.state ? { state: options.state } : {}),
  });
}

describe('PullBodyTicketStore', () => {
  it('lists every open ticket across pages, and nothing else', async () => {
    for (let i = 0; i < 105; i += 1) addSpecPull(i + 1);
    addSpecPull(200, { state: 'closed' });
    github.addPull({ title: 'A person’s change', head: 'feature/x', body: 'no marker' });
    addSpecPull(201, { head: 'forker:specgate/issue-201' });
    const open = await store.listOpen();
    expect(open).toHaveLength(105);
    expect(open.every((t) => t.pull.open && t.state.state === 'AWAITING_SPEC_APPROVAL')).toBe(true);
    expect(new Set(open.map((t) => t.pull.number)).size).toBe(105);
    expect(github.requestsFor('pulls/list').length).toBe(2);
  });

  it('refuses a pull request that carries no ticket, or one specgate does not own', async () => {
    const plain = github.addPull({ title: 'Change', head: 'feature/x', body: 'hello' });
    const forged = github.addPull({
      title: 'Forged',
      head: 'feature/y',
      body: encodeStateMarker(ticket('specgate/issue-9')),
    });
    expect(await store.load(plain.number)).toEqual({
      refused: `#${plain.number} is not a specgate pull request`,
    });
    expect(await store.load(forged.number)).toEqual({
      refused: expect.stringContaining('not its own spec branch'),
    });
  });

  it('refuses a spec branch pull request a person opened, unless the policy names them', async () => {
    const marker = encodeStateMarker(ticket('specgate/issue-1'));
    const byReader = github.addPull({
      title: 'Looks like a spec',
      head: 'specgate/issue-1',
      body: marker,
      user: { login: 'reader' },
    });
    const byOwner = github.addPull({
      title: 'Spec',
      head: 'specgate/issue-1',
      body: marker,
      user: { login: 'PAT-Owner' },
    });
    expect(await store.load(byReader.number)).toEqual({
      refused: expect.stringContaining('it was opened by reader, not by specgate'),
    });
    expect(await store.load(byOwner.number)).toHaveProperty('state');
    expect((await store.listOpen()).map((t) => t.pull.number)).toEqual([byOwner.number]);
  });

  it('saves a new state into the body and reads it back', async () => {
    const pull = addSpecPull(1);
    const loaded = await store.load(pull.number);
    if (!('state' in loaded)) throw new Error(loaded.refused);
    const saved = await store.save(loaded, { ...loaded.state, state: 'TIMED_OUT' });
    expect(saved.state.state).toBe('TIMED_OUT');
    const again = await store.load(pull.number);
    expect('state' in again && again.state.state).toBe('TIMED_OUT');
    expect(github.pullsList()[0]?.body).toContain('**State:** `TIMED_OUT`');
  });
});
