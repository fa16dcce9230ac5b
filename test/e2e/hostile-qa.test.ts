import { afterEach, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BRANCH, commentOnPull, MAINTAINER, startWithSpecPull } from '../support/action-runs.js';
import { ATTACKS, hostileAgent } from '../support/attacks.js';
import {
  attackOutput,
  expectNoSecret,
  expectNoSurvivor,
  expectOnlyScopePushed,
  processesWith,
  PUSH_HEADER,
} from '../support/attack-checks.js';
import { git } from '../support/git-fixture.js';
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

async function attacked(attack: string, env: Record<string, string> = {}, inputs = {}) {
  const w = await startWithSpecPull(hostileAgent(attack));
  world = w;
  const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
  // The bundle in its own process, as on a runner: its environment holds the secrets.
  const run = await commentOnPull(w, '/approve', MAINTAINER, { env, inputs, bundle: true });
  return { w, run, tip };
}

/** The checkout's own .git holds nothing an attack wrote into it. */
function expectGitUntouched(w: World): void {
  const gitDir = path.join(w.repo.work, '.git');
  expect(readFileSync(path.join(gitDir, 'config'), 'utf8')).not.toMatch(/evil|fsmonitor|leak/);
  for (const planted of ['commondir', 'hooks/pre-push', 'objects/info/alternates', 'info/grafts'])
    expect(existsSync(path.join(gitDir, planted))).toBe(false);
  expect(
    existsSync(path.join(gitDir, 'refs/replace')) &&
      readdirSync(path.join(gitDir, 'refs/replace')).length,
  ).toBeFalsy();
  expect(readFileSync(path.join(gitDir, 'HEAD'), 'utf8')).not.toContain('evil');
}

describe('QA code that attacks specgate', () => {
  it('cannot change what git takes as the base or the branch', async () => {
    const { w, run, tip } = await attacked(ATTACKS.gitState);
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    const log = readFileSync(path.join(w.repo.work, 'attack/git-state.log'), 'utf8');
    expect(log).toContain('ran');
    // Written in the sandbox's throwaway view of .git; the checkout's .git never saw it.
    expect(log).toMatch(/replace object: (done|EROFS|ENOENT)/);
    expectGitUntouched(w);
    expectOnlyScopePushed(w, tip);
    expect(w.repo.remoteFile(BRANCH, 'outside.txt')).toBeUndefined();
  });

  it("cannot make specgate's git obey its config, filters, hooks or programs", async () => {
    const home = (scratch = mkdtempSync(path.join(tmpdir(), 'specgate-runner-home-')));
    const { w, run, tip } = await attacked(ATTACKS.gitConfig, { HOME: home });
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    const log = readFileSync(path.join(w.repo.work, 'attack/git-config.log'), 'utf8');
    expect(log).toContain('ran');
    expect(log).toMatch(/repo config: (done|EROFS)/);
    expectGitUntouched(w);
    expect(existsSync(path.join(w.repo.work, '.gitattributes'))).toBe(true);
    // Nothing the attack named ever ran, inside QA or after it.
    expect(
      readdirSync(path.join(w.repo.work, 'attack')).filter((f) => f.startsWith('leaked-')),
    ).toEqual([]);
    expect(existsSync(path.join(home, '.gitconfig'))).toBe(false);
    expectOnlyScopePushed(w, tip);
  });

  it('cannot put its own git on PATH for specgate to run', async () => {
    const w = await startWithSpecPull(hostileAgent(ATTACKS.plantGit));
    world = w;
    // Writable directories first on PATH: one inside the checkout (as node_modules/.bin
    // would be), one outside it (as a tool cache would be).
    const inside = path.join(w.repo.work, '.specgate-writable-bin');
    const outside = path.join(w.repo.root, 'specgate-writable-bin');
    mkdirSync(inside);
    mkdirSync(outside);
    const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
    const run = await commentOnPull(w, '/approve', MAINTAINER, {
      env: { PATH: `${inside}:${outside}:${process.env.PATH ?? ''}` },
      bundle: true,
    });
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    const log = readFileSync(path.join(w.repo.work, 'attack/plant-git.log'), 'utf8');
    expect(log).toContain(`${inside}: done`);
    expect(existsSync(path.join(inside, 'git'))).toBe(true);
    // Outside the checkout it wrote into the sandbox's private copy, gone with it.
    expect(existsSync(path.join(outside, 'git'))).toBe(false);
    expect(
      readdirSync(path.join(w.repo.work, 'attack')).filter((f) => f.startsWith('leaked-')),
    ).toEqual([]);
    expectOnlyScopePushed(w, tip);
  });

  it("cannot write the runner's step files", async () => {
    const { w, run, tip } = await attacked(ATTACKS.stepFiles);
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(readFileSync(path.join(w.repo.work, 'attack/step-files.log'), 'utf8')).toContain('ran');
    expect(run.stepFiles).toEqual({ GITHUB_ENV: '', GITHUB_PATH: '', GITHUB_STATE: '' });
    expect(JSON.stringify(run.outputs)).not.toContain('PWNED');
    expect(run.summary).not.toContain('PWNED');
    expectOnlyScopePushed(w, tip);
  });

  it('reads no secret from other processes, files or a process it leaves running', async () => {
    const home = (scratch = mkdtempSync(path.join(tmpdir(), 'specgate-runner-home-')));
    writeFileSync(path.join(home, '.git-credentials'), `https://x:${SECRETS.github}@github.com\n`);
    const { w, run, tip } = await attacked(ATTACKS.procs, { HOME: home });
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    const watched = readFileSync(path.join(w.repo.work, 'attack/watch.txt'), 'latin1');
    expect(watched.startsWith('started')).toBe(true);
    expect(readFileSync(path.join(w.repo.work, 'attack/procs.txt'), 'latin1')).toContain('node');
    expectNoSecret(attackOutput(w));
    // The watcher died with the QA command: it is nowhere among the machine's processes
    // (this run's watcher: its command line names this checkout; other tests run at once).
    expect(processesWith('specgate-attack-watcher', w.repo.work)).toEqual([]);
    expectOnlyScopePushed(w, tip);
  });

  it('cannot leave a process that rewrites the change after QA passed', async () => {
    const { w, run, tip } = await attacked(ATTACKS.survivor);
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(readFileSync(path.join(w.repo.work, 'attack/survivor.log'), 'utf8')).toContain('ran');
    await expectNoSurvivor(w);
    expectOnlyScopePushed(w, tip);
  });
});

it("refuses to run QA while the checkout's .git/config holds the push token", async () => {
  const w = await startWithSpecPull(hostileAgent(ATTACKS.procs));
  world = w;
  // What actions/checkout leaves unless persist-credentials is false.
  git(
    w.repo.work,
    'config',
    'http.https://github.com/.extraheader',
    `AUTHORIZATION: basic ${PUSH_HEADER}`,
  );
  const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
  const run = await commentOnPull(w, '/approve', MAINTAINER, { bundle: true });
  expect(run.outputs.state).toBe('ERROR');
  expect(existsSync(path.join(w.repo.work, 'attack'))).toBe(false);
  expect(git(w.repo.origin, 'rev-parse', BRANCH).trim()).toBe(tip);
  expect(w.github.commentsOn(2).at(-1)!.body).toContain('persist-credentials: false');
});
