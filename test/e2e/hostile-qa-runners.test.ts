import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BRANCH, commentOnPull, MAINTAINER, startWithSpecPull } from '../support/action-runs.js';
import { ATTACKS, hostileAgent } from '../support/attacks.js';
import {
  attackOutput,
  expectNoSecret,
  expectNoSurvivor,
  expectOnlyScopePushed,
} from '../support/attack-checks.js';
import { git } from '../support/git-fixture.js';
import {
  giveToRunner,
  RUNNER_UID,
  simulatedRunner,
  type SimulatedRunner,
} from '../support/simulated-runner.js';
import { SECRETS, type World } from '../support/world.js';

/**
 * QA code as the attacker: the agent writes an in-scope test file that the
 * repository's real test command runs, and that file attacks specgate. What
 * is pushed must hold only the scope's files, and no secret may reach
 * anything the attack wrote.
 */
let world: World | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('on a runner whose job runs as an unprivileged user', () => {
  let runner: SimulatedRunner | undefined;
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
  });

  /** The spec PR is planned as usual; then the runner user owns the checkout, as on a runner. */
  async function onRunner(options: { sudo: boolean; userns: boolean }) {
    const w = await startWithSpecPull(
      hostileAgent(ATTACKS.procs, ATTACKS.stepFiles, ATTACKS.gitState, ATTACKS.survivor),
    );
    world = w;
    runner = await simulatedRunner(options);
    const home = (scratch = mkdtempSync(path.join(tmpdir(), 'specgate-runner-home-')));
    writeFileSync(path.join(home, '.git-credentials'), `https://x:${SECRETS.github}@github.com\n`);
    giveToRunner(home);
    giveToRunner(w.repo.root);
    const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
    const run = await commentOnPull(w, '/approve', MAINTAINER, { env: { HOME: home }, runner });
    return { w, run, tip };
  }

  async function expectHeld(w: World, run: { stepFiles: Record<string, string> }, tip: string) {
    expect(readFileSync(path.join(w.repo.work, 'attack/procs.log'), 'utf8')).toContain('ran');
    expect(readFileSync(path.join(w.repo.work, 'attack/survivor.log'), 'utf8')).toContain('ran');
    await expectNoSurvivor(w);
    expect(readFileSync(path.join(w.repo.work, 'attack/watch.txt'), 'latin1')).toMatch(/^started/);
    expectNoSecret(attackOutput(w));
    expect(run.stepFiles).toEqual({ GITHUB_ENV: '', GITHUB_PATH: '', GITHUB_STATE: '' });
    expectOnlyScopePushed(w, tip);
  }

  it('with user namespaces refused (Ubuntu 24.04) but passwordless sudo: QA runs sandboxed through sudo', async () => {
    const { w, run, tip } = await onRunner({ sudo: true, userns: false });
    expect(run.stdout).toContain('QA sandbox: sudo:');
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    // The QA command ran as the runner user, not as root.
    expect(statSync(path.join(w.repo.work, 'attack/procs.log')).uid).toBe(RUNNER_UID);
    await expectHeld(w, run, tip);
  });

  it('with user namespaces allowed and no sudo: QA runs in a user namespace', async () => {
    const { w, run, tip } = await onRunner({ sudo: false, userns: true });
    expect(run.stdout).toContain('QA sandbox: userns:');
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    await expectHeld(w, run, tip);
  });

  it('with neither: QA does not run, the run says why and how to fix it, nothing is pushed', async () => {
    const { w, run, tip } = await onRunner({ sudo: false, userns: false });
    expect(run.code).toBe(1);
    expect(run.outputs.state).toBe('ERROR');
    expect(existsSync(path.join(w.repo.work, 'attack'))).toBe(false);
    expect(git(w.repo.origin, 'rev-parse', BRANCH).trim()).toBe(tip);
    const said = w.github.commentsOn(2).at(-1)!.body;
    expect(said).toContain('QA commands were not run');
    expect(said).toContain('passwordless sudo');
    expect(said).toContain('qa-isolation: none');
  });
});
