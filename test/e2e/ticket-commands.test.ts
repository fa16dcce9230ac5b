import { afterEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeStateMarker } from '../../src/tickets/marker.js';
import {
  BRANCH,
  closePull,
  commentOnPull,
  MAINTAINER,
  SPEC_FILE,
  SPEC_PR,
  startWithSpecPull,
} from '../support/action-runs.js';
import type { ScriptedAnswer } from '../../src/stand-ins/model.js';
import { execFileSync } from 'node:child_process';
import { git, GIT_ENV } from '../support/git-fixture.js';
import { FIX_LOGIN, SAMPLE_REPO } from '../support/sample-repo.js';
import { SECRETS, type World } from '../support/world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

async function withSpecPull(agent: ScriptedAnswer[], files = SAMPLE_REPO): Promise<World> {
  const w = await startWithSpecPull(agent, files);
  world = w;
  return w;
}

function pullState(w: World) {
  return decodeStateMarker(w.github.pullsList()[0]!.body);
}

describe('who may approve, and which approval holds', () => {
  // Through the whole Action, one of each kind; every other case is a fast test of the intake
  // (test/intake/who-may-ask.test.ts) or of the comment grammar (test/core/comment-command.test.ts).
  it.each([
    ['a read-only user', '/approve', { login: 'reader' }, {}],
    ['a quoted command', '> /approve', MAINTAINER, {}],
  ])('ignores /approve from %s', async (_, body, sender, options) => {
    const w = await withSpecPull([]);
    w.github.setPermission('helper[bot]', 'admin');
    const before = w.model.requests.length;
    const run = await commentOnPull(w, body, sender, options);
    expect(run.code).toBe(0);
    expect(run.outputs.state).toBe('SKIPPED');
    expect(run.stdout).toContain('Ignored:');
    expect(w.model.requests).toHaveLength(before);
    expect(pullState(w)!.state).toBe('AWAITING_SPEC_APPROVAL');
  });

  it('refuses an approval when the spec changed after the comment', async () => {
    const w = await withSpecPull([]);
    const approvedAt = new Date().toISOString();
    // Someone pushes a different spec after the /approve comment was written.
    const clone = path.join(w.repo.root, 'editor');
    git(w.repo.root, 'clone', '--quiet', '--branch', BRANCH, w.repo.origin, clone);
    git(clone, 'checkout', '--quiet', BRANCH);
    appendFileSync(path.join(clone, SPEC_FILE), '\n- also delete the database\n');
    git(clone, 'commit', '--quiet', '-am', 'edit spec');
    git(clone, 'push', '--quiet', 'origin', BRANCH);
    const run = await commentOnPull(w, '/approve', MAINTAINER, { createdAt: approvedAt });
    expect(run.code).toBe(1);
    expect(w.github.commentsOn(SPEC_PR).at(-1)!.body).toContain(
      'changed since specgate recorded it',
    );
    expect(pullState(w)!.state).toBe('AWAITING_SPEC_APPROVAL');
    expect(w.model.remaining).toBe(0);
  });

  it('does not trust a backdated commit: a changed spec needs an approval of its own', async () => {
    const w = await withSpecPull([FIX_LOGIN.edit, FIX_LOGIN.finish]);
    const clone = path.join(w.repo.root, 'editor');
    git(w.repo.root, 'clone', '--quiet', '--branch', BRANCH, w.repo.origin, clone);
    appendFileSync(path.join(clone, SPEC_FILE), '\n- also delete the database\n');
    execFileSync('git', ['commit', '--quiet', '-am', 'edit spec'], {
      cwd: clone,
      env: {
        ...process.env,
        ...GIT_ENV,
        GIT_COMMITTER_DATE: '2001-01-01T00:00:00Z',
        GIT_AUTHOR_DATE: '2001-01-01T00:00:00Z',
      },
    });
    git(clone, 'push', '--quiet', 'origin', BRANCH);
    const first = await commentOnPull(w, '/approve');
    expect(first.code).toBe(1);
    expect(w.github.commentsOn(SPEC_PR).at(-1)!.body).toContain(
      'changed since specgate recorded it',
    );
    expect(w.model.remaining).toBe(2);
    // Approving the version now recorded works.
    const second = await commentOnPull(w, '/approve');
    expect(second.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(pullState(w)!.approval!.specSha).toBe(
      git(w.repo.origin, 'rev-parse', `${BRANCH}:${SPEC_FILE}`).trim(),
    );
  });

  it('does not trust a backdated push that leaves the spec alone: the new head needs an approval', async () => {
    const w = await withSpecPull([FIX_LOGIN.edit, FIX_LOGIN.finish]);
    const recorded = git(w.repo.origin, 'rev-parse', BRANCH).trim();
    expect(pullState(w)!.head).toBe(recorded);
    const approvedAt = new Date().toISOString();
    // After the /approve comment, someone pushes code dated long before it.
    const clone = path.join(w.repo.root, 'pusher');
    git(w.repo.root, 'clone', '--quiet', '--branch', BRANCH, w.repo.origin, clone);
    writeFileSync(path.join(clone, 'src/extra.js'), 'module.exports = "planted";\n');
    git(clone, 'add', 'src/extra.js');
    execFileSync('git', ['commit', '--quiet', '-m', 'tidy'], {
      cwd: clone,
      env: {
        ...process.env,
        ...GIT_ENV,
        GIT_COMMITTER_DATE: '2001-01-01T00:00:00Z',
        GIT_AUTHOR_DATE: '2001-01-01T00:00:00Z',
      },
    });
    git(clone, 'push', '--quiet', 'origin', BRANCH);
    const pushed = git(w.repo.origin, 'rev-parse', BRANCH).trim();

    const first = await commentOnPull(w, '/approve', MAINTAINER, { createdAt: approvedAt });
    expect(first.code).toBe(1);
    const refusal = w.github.commentsOn(SPEC_PR).at(-1)!.body;
    expect(refusal).toContain('changed since specgate recorded it');
    expect(refusal).toContain(pushed.slice(0, 12));
    expect(w.model.remaining).toBe(2);
    expect(pullState(w)).toMatchObject({ state: 'AWAITING_SPEC_APPROVAL', head: pushed });
    expect(pullState(w)!.approval).toBeUndefined();
    // An approval given for the head now recorded holds.
    const second = await commentOnPull(w, '/approve');
    expect(second.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(git(w.repo.origin, 'rev-parse', `${BRANCH}~1`).trim()).toBe(pushed);
  });

  it('starts one implementation for two /approve in a row', async () => {
    const w = await withSpecPull([FIX_LOGIN.edit, FIX_LOGIN.finish]);
    expect((await commentOnPull(w, '/approve')).outputs.state).toBe('AWAITING_PR_APPROVAL');
    const again = await commentOnPull(w, '/approve');
    expect(again.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(again.stdout).toContain('/approve applies to a spec awaiting approval');
    expect(git(w.repo.origin, 'rev-list', '--count', `main..${BRANCH}`).trim()).toBe('2');
  });
});

describe('budgets and failures never push unfinished work', () => {
  it('stops when the turn budget is spent', async () => {
    const reads = Array.from({ length: 5 }, () => FIX_LOGIN.read);
    const w = await withSpecPull([FIX_LOGIN.edit, ...reads]);
    const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
    const run = await commentOnPull(w, '/approve', MAINTAINER, { inputs: { 'max-turns': '3' } });
    expect(run.code).toBe(1);
    expect(run.outputs.state).toBe('ERROR');
    expect(git(w.repo.origin, 'rev-parse', BRANCH).trim()).toBe(tip);
    expect(w.github.commentsOn(SPEC_PR).at(-1)!.body).toContain('the turn budget (3) is spent');
    expect(w.github.pullsList()[0]!.draft).toBe(true);
  });

  it('stops when the cost budget is spent', async () => {
    const w = await withSpecPull([
      FIX_LOGIN.read,
      FIX_LOGIN.read,
      FIX_LOGIN.edit,
      FIX_LOGIN.finish,
    ]);
    const run = await commentOnPull(w, '/approve', MAINTAINER, {
      inputs: {
        'max-cost-usd': '0.01',
        'model-prices': '{"test-model": {"input": 3, "output": 15}}',
      },
    });
    expect(run.outputs.state).toBe('ERROR');
    expect(w.github.commentsOn(SPEC_PR).at(-1)!.body).toContain('the cost budget ($0.01) is spent');
  });

  it('pushes nothing when the model API fails mid-way', async () => {
    const w = await withSpecPull([
      FIX_LOGIN.edit,
      { status: 400, body: { error: { message: 'context length exceeded' } } },
    ]);
    const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
    const run = await commentOnPull(w, '/approve');
    expect(run.code).toBe(1);
    expect(git(w.repo.origin, 'rev-parse', BRANCH).trim()).toBe(tip);
    expect(w.github.commentsOn(SPEC_PR).at(-1)!.body).toContain('context length exceeded');
  });
});

it('records a failed push as ERROR, and a new /approve can try again', async () => {
  const w = await withSpecPull([
    FIX_LOGIN.edit,
    FIX_LOGIN.finish,
    FIX_LOGIN.edit,
    FIX_LOGIN.finish,
  ]);
  const hook = path.join(w.repo.origin, 'hooks', 'pre-receive');
  writeFileSync(hook, '#!/bin/sh\necho "push refused by the server" >&2\nexit 1\n', {
    mode: 0o755,
  });
  const failed = await commentOnPull(w, '/approve');
  expect(failed.code).toBe(1);
  expect(pullState(w)!.state).toBe('ERROR');
  expect(w.github.commentsOn(SPEC_PR).at(-1)!.body).toContain('The implementation failed');
  rmSync(hook);
  const again = await commentOnPull(w, '/approve');
  expect(again.outputs.state).toBe('AWAITING_PR_APPROVAL');
});

describe('/revise and /reject', () => {});

describe('closing the PR', () => {
  it('still moves Jira to done when the agent summary opens a private key it never closes', async () => {
    const leak = Buffer.from(SECRETS.jira).toString('base64');
    const summary = `Done.\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n\nAlso ${leak} and ${encodeURIComponent(SECRETS.github).replace(/_/g, '%5F')}`;
    const w = await withSpecPull([
      FIX_LOGIN.edit,
      { tools: [{ name: 'finish', args: { summary } }] },
    ]);
    expect((await commentOnPull(w, '/approve')).outputs.state).toBe('AWAITING_PR_APPROVAL');
    const body = w.github.pullsList()[0]!.body ?? '';
    expect(body).not.toContain('MIIEowIBAAKCAQEA7');
    expect(body).not.toContain(leak);
    expect(body).not.toContain('%5F');
    expect(body).toContain('### Spec checklist');
    expect(pullState(w)!.state).toBe('AWAITING_PR_APPROVAL');
    const run = await closePull(w, true);
    expect(run.outputs.state).toBe('COMPLETED');
    expect(w.jira.transitionsDone.at(-1)).toEqual({ key: 'ABC-123', id: '31' });
    expect(w.github.getIssue(1)!.state).toBe('closed');
  });
});
