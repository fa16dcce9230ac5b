import { beforeEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { specAnswerSchema } from '../../src/spec/spec-answer.js';
import { PullBodyTicketStore } from '../../src/tickets/pull-body-store.js';
import { FakeCodeHost } from '../support/fakes/index.js';
import { LOGIN_SPEC } from '../support/sample-repo.js';
import { addSpecPull, stateOf, ticketState } from '../support/spec-pulls.js';

/**
 * The ticket's one home, in memory: how a spec branch's ticket is found, how
 * a ticket is opened, and how its state and page are written, on a code host
 * whose every write the test reads back.
 */
const home = {
  branchPrefix: 'specgate/',
  specPathTemplate: 'specs/{ticket}/spec.md',
  specAuthors: [],
};
const answer = specAnswerSchema.parse(LOGIN_SPEC);
let host: FakeCodeHost;
let store: PullBodyTicketStore;

beforeEach(() => {
  host = new FakeCodeHost();
  store = new PullBodyTicketStore(host, home, new Redactor(['sk-live-secret']));
});

describe('finding a spec branch’s ticket', () => {
  const spec = 'specs/issue-1/spec.md';

  it('finds none, then the open one specgate owns', async () => {
    expect(await store.findByBranch('specgate/issue-1', spec)).toEqual({ kind: 'none' });
    const state = ticketState(1, 'AWAITING_SPEC_APPROVAL', '2026-12-01T10:00:00.000Z');
    const pull = addSpecPull(host, state);
    expect(await store.findByBranch('specgate/issue-1', spec)).toEqual({
      kind: 'open',
      pull,
      state,
    });
  });

  it('takes an open one of its own without a readable marker as the ticket, without a state', async () => {
    const pull = host.addPull({
      title: 'Spec',
      headRef: 'specgate/issue-1',
      body: 'marker lost',
      author: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(await store.findByBranch('specgate/issue-1', spec)).toEqual({ kind: 'open', pull });
  });

  it('never takes a person’s pull request from the spec branch, marker and all', async () => {
    const state = ticketState(1, 'AWAITING_SPEC_APPROVAL', '2026-12-01T10:00:00.000Z');
    addSpecPull(host, state, { author: { login: 'mallory', type: 'User' } });
    expect(await store.findByBranch('specgate/issue-1', spec)).toMatchObject({
      kind: 'foreign',
      reason: expect.stringContaining('opened by mallory'),
    });
  });

  it('takes no say on when a ticket ended from a closed pull request someone else opened', async () => {
    const state = ticketState(1, 'SPEC_REJECTED', '2030-01-01T00:00:00.000Z');
    addSpecPull(host, state, { open: false, author: { login: 'mallory', type: 'User' } });
    expect(await store.findByBranch('specgate/issue-1', spec)).toEqual({ kind: 'none' });
  });

  it('reports when the last closed ticket ended', async () => {
    const state = ticketState(1, 'SPEC_REJECTED', '2026-12-01T10:00:00.000Z');
    addSpecPull(host, state, { open: false });
    expect(await store.findByBranch('specgate/issue-1', spec)).toMatchObject({
      kind: 'ended',
      endedAt: '2026-12-01T10:00:00.000Z',
    });
  });
});

describe('opening and saving a ticket', () => {
  const state = ticketState(1, 'AWAITING_SPEC_APPROVAL', '2026-12-01T10:00:00.000Z');

  it('opens a draft showing the spec, its marker last, every piece redacted', async () => {
    const page = {
      kind: 'spec' as const,
      answer: { ...answer, problem: 'The key sk-live-secret leaks.' },
    };
    const opened = await store.create({ title: 'Spec: login', base: 'main', state, page });
    const pull = host.pull(opened.pull.number);
    expect(pull).toMatchObject({ title: 'Spec: login', draft: true, headRef: state.branch });
    expect(pull.body).toContain('### Scope (2 files)');
    expect(pull.body).not.toContain('sk-live-secret');
    expect(stateOf(host, pull.number)).toEqual(state);
  });

  it('writes no state on a pull request that is not specgate’s', async () => {
    const theirs = host.addPull({
      title: 'My branch',
      headRef: 'specgate/issue-1',
      body: 'mine',
      author: { login: 'mallory', type: 'User' },
    });
    await expect(store.save({ pull: theirs }, state)).rejects.toThrow(
      /is not specgate's to write: it was opened by mallory/,
    );
    expect(host.pull(theirs.number).body).toBe('mine');
  });

  it('writes a new state under the same page, and a new page when asked', async () => {
    const opened = await store.create({
      title: 'Spec: login',
      base: 'main',
      state,
      page: { kind: 'spec', answer },
    });
    const moved = { ...state, state: 'EXECUTING' as const };
    const saved = await store.save(opened, moved);
    expect(host.pull(saved.pull.number).body).toContain('### Scope (2 files)');
    expect(host.pull(saved.pull.number).body).toContain('**State:** `EXECUTING`');
    expect(stateOf(host, saved.pull.number)).toEqual(moved);

    const report = {
      title: 'Fix login',
      checklist: ['login() returns false'],
      approved: ['src/login.js'],
      touched: ['src/login.js'],
      gates: [],
      isolation: 'none',
      spent: { turns: 1, promptTokens: 10, completionTokens: 5, costUsd: 0, elapsedMs: 1000 },
      agentSummary: 'Fixed.',
      refusals: [],
      rounds: 1,
    };
    const ready = { ...moved, state: 'AWAITING_PR_APPROVAL' as const };
    await store.save(saved, ready, { page: { kind: 'report', report, links: 'Closes #1' } });
    const body = host.pull(saved.pull.number).body;
    expect(body).toContain('### Files approved vs touched');
    expect(body).not.toContain('### Scope');
    expect(stateOf(host, saved.pull.number)).toEqual(ready);
  });
});
