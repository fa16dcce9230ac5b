import { afterEach, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeStateMarker } from '../../src/tickets/marker.js';
import {
  BRANCH,
  commentOnPull,
  labelIssue,
  MAINTAINER,
  SPEC_PR,
  startWithSpecPull,
} from '../support/action-runs.js';
import type { ScriptedAnswer } from '../../src/stand-ins/model.js';
import { git } from '../support/git-fixture.js';
import { FIX_LOGIN, LOGIN_SPEC, SAMPLE_REPO } from '../support/sample-repo.js';
import { LOGIN_TICKET, SECRETS, startWorld, type World } from '../support/world.js';

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

describe('approve → agent → QA gates → ready PR', () => {
  it('implements the approved spec, passes the real tests and opens the PR for review', async () => {
    const w = await withSpecPull([FIX_LOGIN.read, FIX_LOGIN.edit, FIX_LOGIN.finish]);
    const specBlob = git(w.repo.origin, 'rev-parse', `${BRANCH}:specs/issue-1/spec.md`).trim();
    const run = await commentOnPull(w, 'Looks right.\n\n/approve', MAINTAINER, {
      inputs: { 'model-prices': '{"test-model": {"input": 2, "output": 8}}' },
      bundle: true,
    });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(w.github.violations).toEqual([]);
    expect(w.model.remaining).toBe(0);

    const fixed = w.repo.remoteFile(BRANCH, 'src/login.js');
    expect(fixed).toContain('if (!user || !password) return false;');
    expect(git(w.repo.origin, 'log', '-1', '--format=%s', BRANCH)).toContain(LOGIN_SPEC.title);
    expect(
      git(w.repo.origin, 'diff', '--name-only', 'main', BRANCH).trim().split('\n').sort(),
    ).toEqual(['specs/issue-1/spec.md', 'src/login.js']);

    const pull = w.github.pullsList()[0]!;
    expect(pull.draft).toBe(false);
    expect(pull.requested_reviewers).toEqual(['octocat']);
    expect(pull.body).toContain('| test | `node --test` | passed |');
    expect(pull.body).toContain('| `src/login.js` | changed |');
    expect(pull.body).toContain('- [ ] Unknown users return false');
    const state = pullState(w)!;
    expect(state).toMatchObject({
      state: 'AWAITING_PR_APPROVAL',
      approval: { by: 'octocat', specSha: specBlob },
    });
    expect(state.history.map((h) => h.state)).toEqual([
      'PLANNING',
      'AWAITING_SPEC_APPROVAL',
      'SPEC_APPROVED',
      'EXECUTING',
      'QA_RUNNING',
      'AWAITING_PR_APPROVAL',
    ]);
    expect(state.spent!.costUsd).toBeGreaterThan(0);

    expect(w.slack.messages.slice(1).every((m) => m.thread_ts === '1700000000.000001')).toBe(true);
    expect(w.slack.messages.map((m) => m.text)).toEqual([
      expect.stringContaining('Spec ready'),
      expect.stringContaining('Spec approved'),
      expect.stringContaining('Ready for review'),
    ]);
    expect(w.jira.transitionsDone.map((t) => t.id)).toEqual(['21', '21']);
    expect(readFileSync(path.join(w.repo.work, '.git/config'), 'utf8')).not.toMatch(
      /extraheader|x-access-token|AUTHORIZATION/i,
    );
  });

  it('sends failing test output back to the agent and pushes once the repair passes', async () => {
    const w = await withSpecPull([
      FIX_LOGIN.wrongEdit,
      FIX_LOGIN.finish,
      FIX_LOGIN.read,
      {
        tools: [
          {
            name: 'write_file',
            args: {
              path: 'src/login.js',
              content: SAMPLE_REPO['src/login.js']!.replace(
                '  const user = users[name];\n',
                '  const user = users[name];\n  if (!user || !password) return false;\n',
              ),
            },
          },
        ],
      },
      FIX_LOGIN.finish,
    ]);
    const run = await commentOnPull(w, '/approve');
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    const repairPrompt = JSON.stringify(w.model.prompts.at(-3));
    expect(repairPrompt).toContain('These QA commands failed');
    expect(repairPrompt).toContain('unknown users are refused');
    expect(w.repo.remoteFile(BRANCH, 'src/login.js')).toContain(
      'if (!user || !password) return false;',
    );
    expect(git(w.repo.origin, 'rev-list', '--count', `main..${BRANCH}`).trim()).toBe('2');
  });

  it('with reviewer on and approving, pushes the change it reviewed', async () => {
    const w = await withSpecPull([
      FIX_LOGIN.edit,
      FIX_LOGIN.finish,
      JSON.stringify({ approve: true, findings: [] }),
    ]);
    const run = await commentOnPull(w, '/approve', MAINTAINER, { inputs: { reviewer: 'true' } });
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(w.model.remaining).toBe(0);
    expect(JSON.stringify(w.model.prompts.at(-1))).toContain('if (!user || !password)');
    expect(w.repo.remoteFile(BRANCH, 'src/login.js')).toContain('if (!user || !password)');
  });

  it('with reviewer on, sends findings back once and pushes the repaired change', async () => {
    const w = await withSpecPull([
      FIX_LOGIN.wrongEdit,
      FIX_LOGIN.finish,
      JSON.stringify({ approve: false, findings: ['unknown users still throw'] }),
      FIX_LOGIN.edit,
      FIX_LOGIN.finish,
    ]);
    // The wrong edit passes this test file, so only the reviewer can send the agent back.
    const run = await commentOnPull(w, '/approve', MAINTAINER, {
      inputs: { reviewer: 'true', 'test-command': 'node -e ""' },
    });
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(w.model.remaining).toBe(0);
    expect(JSON.stringify(w.model.prompts)).toContain('unknown users still throw');
    expect(w.repo.remoteFile(BRANCH, 'src/login.js')).toContain('if (!user || !password)');
  });

  it('leaves a draft PR with a report when the gates never pass', async () => {
    const w = await withSpecPull([
      FIX_LOGIN.wrongEdit,
      FIX_LOGIN.finish,
      FIX_LOGIN.finish,
      FIX_LOGIN.finish,
    ]);
    const run = await commentOnPull(w, '/approve');
    expect(run.code).toBe(1);
    expect(run.outputs.state).toBe('QA_FAILED');
    const pull = w.github.pullsList()[0]!;
    expect(pull.draft).toBe(true);
    expect(pull.body).toContain('QA still failing after 3 round(s): test');
    expect(pull.body).toContain('| test | `node --test` | failed |');
    expect(pull.body).toContain('unknown users are refused');
    expect(w.repo.remoteFile(BRANCH, 'src/login.js')).toContain('if (!password) return false;');
    expect(w.github.commentsOn(SPEC_PR).at(-1)!.body).toContain('stays a draft');
    expect(w.github.requestsFor('graphql')).toEqual([]);

    // specgate recorded its own push: one new /approve continues from the attempt.
    w.model.script.push(FIX_LOGIN.edit, FIX_LOGIN.finish);
    const again = await commentOnPull(w, '/approve');
    expect(again.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(w.repo.remoteFile(BRANCH, 'src/login.js')).toContain('if (!user || !password)');
  });

  it('refuses writes outside the scope, into workflows, through ../ and through a symlink, and keeps going', async () => {
    const files = { ...SAMPLE_REPO, 'src/shared-config.js': '' };
    const w = await withSpecPull(
      [
        {
          tools: [
            { name: 'write_file', args: { path: 'README.md', content: 'pwned' } },
            { name: 'write_file', args: { path: '.github/workflows/ci.yml', content: 'on: push' } },
            { name: 'write_file', args: { path: '../outside.js', content: 'x' } },
            { name: 'write_file', args: { path: 'src/../../outside.js', content: 'x' } },
            { name: 'write_file', args: { path: '/etc/passwd', content: 'x' } },
            { name: 'write_file', args: { path: 'SRC/LOGIN.js', content: 'x' } },
            { name: 'read_file', args: { path: '.git/config' } },
            { name: 'read_file', args: { path: '../../../../proc/self/environ' } },
          ],
        },
        FIX_LOGIN.edit,
        FIX_LOGIN.finish,
      ],
      files,
    );
    const run = await commentOnPull(w, '/approve');
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    const refusals = JSON.stringify(w.model.prompts.at(-2)!.filter((m) => m.role === 'tool'));
    expect(refusals).toContain('README.md is not in the approved scope');
    expect(refusals).toContain('protected path');
    expect(refusals).toContain('leaves the repository');
    expect(refusals).toContain('must be relative');
    expect(refusals).toContain('the scope spells it src/login.js');
    expect(refusals).toContain("inside git's own directory");
    expect(w.repo.remoteFile(BRANCH, 'README.md')).toBe(SAMPLE_REPO['README.md']);
    expect(w.github.pullsList()[0]!.body).toContain('### Refused actions');
  });

  it('never writes through a symlink, even one inside the scope', async () => {
    const w = await startWorld({ script: [], jiraIssues: [LOGIN_TICKET] });
    world = w;
    // A tracked symlink that points at the workflows folder.
    const seed = path.join(w.repo.root, 'seed');
    symlinkSync('../.github/workflows/ci.yml', path.join(seed, 'src/ci-link.yml'));
    git(seed, 'add', '-A');
    git(seed, 'commit', '--quiet', '-m', 'link');
    git(seed, 'push', '--quiet', w.repo.origin, 'main');
    git(w.repo.work, 'fetch', '--quiet', '--depth=1', 'origin', 'main');
    git(w.repo.work, 'reset', '--quiet', '--hard', 'FETCH_HEAD');
    const spec = JSON.stringify({
      ...LOGIN_SPEC,
      scope: [...LOGIN_SPEC.scope, { path: 'src/ci-link.yml', change: 'modify', reason: 'x' }],
    });
    w.model.script.push(
      spec,
      { tools: [{ name: 'write_file', args: { path: 'src/ci-link.yml', content: 'on: pwned' } }] },
      FIX_LOGIN.edit,
      FIX_LOGIN.finish,
    );
    w.github.setPermission('octocat', 'write');
    w.github.addIssue({
      number: 1,
      title: 'Login crashes',
      body: 'login()',
      user: { login: 'reporter' },
    });
    await labelIssue(w);
    const run = await commentOnPull(w, '/approve');
    expect(JSON.stringify(w.model.prompts)).toContain('goes through a symbolic link');
    expect(readFileSync(path.join(w.repo.work, '.github/workflows/ci.yml'), 'utf8')).toBe(
      SAMPLE_REPO['.github/workflows/ci.yml'],
    );
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
  });

  it('never reads or searches a file hard-linked to one outside the repository', async () => {
    const w = await withSpecPull([
      {
        tools: [
          { name: 'read_file', args: { path: 'notes.txt' } },
          { name: 'search', args: { query: 'outside-secret' } },
        ],
      },
      FIX_LOGIN.edit,
      FIX_LOGIN.finish,
    ]);
    const outside = path.join(w.repo.root, 'outside.txt');
    writeFileSync(outside, 'outside-secret-value\n');
    linkSync(outside, path.join(w.repo.work, 'notes.txt'));
    const run = await commentOnPull(w, '/approve');
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    const toolAnswers = JSON.stringify(w.model.prompts.at(-2)!.filter((m) => m.role === 'tool'));
    expect(toolAnswers).toContain('notes.txt is a hard link');
    expect(JSON.stringify(w.model.prompts)).not.toContain('outside-secret-value');
  });

  it('gives QA commands an environment without any secret, and no other process to read', async () => {
    const w = await withSpecPull([FIX_LOGIN.edit, FIX_LOGIN.finish]);
    // Written inside the checkout: the only place a QA command can leave anything.
    const dump = path.join(w.repo.work, 'qa-env.json');
    const run = await commentOnPull(w, '/approve', MAINTAINER, {
      inputs: {
        'lint-command': `node -e "require('fs').writeFileSync(process.argv[1], JSON.stringify(process.env))" ${dump}`,
        // Every other process's initial environment it can read, specgate's own included.
        'build-command': `node -e "const fs = require('fs'); let all = 'ran'; for (const p of fs.readdirSync('/proc')) { if (/^[0-9]+$/.test(p)) { try { all += fs.readFileSync('/proc/' + p + '/environ', 'utf8') } catch {} } } fs.writeFileSync(process.argv[1], all)" ${dump}.procs`,
      },
    });
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(run.stdout).toContain('No price is known for model "test-model"');
    expect(run.stdout).toContain('QA sandbox: root:');
    const env = readFileSync(dump, 'utf8');
    for (const secret of Object.values(SECRETS)) expect(env).not.toContain(secret);
    const names = Object.keys(JSON.parse(env) as Record<string, string>);
    expect(names.filter((n) => /^(INPUT_|ACTIONS_|GITHUB_TOKEN)/.test(n))).toEqual([]);
    expect(names).toContain('PATH');
    const procs = readFileSync(`${dump}.procs`, 'utf8');
    expect(procs.startsWith('ran')).toBe(true);
    for (const secret of Object.values(SECRETS)) expect(procs).not.toContain(secret);
    expect(w.github.pullsList()[0]!.body).toContain('Sandbox: root:');
    expect(run.summary).toContain('QA sandbox');
    expect(w.repo.remoteFile(BRANCH, 'qa-env.json')).toBeUndefined();
  });
});

it("ignores git settings a QA command leaves in the runner's home", async () => {
  const home = mkdtempSync(path.join(tmpdir(), 'specgate-home-'));
  try {
    const w = await withSpecPull([FIX_LOGIN.edit, FIX_LOGIN.finish]);
    // Redirects every file:// remote (origin here) to a place that does not exist.
    const poison = `node -e "const fs = require('fs'); fs.writeFileSync(require('os').homedir() + '/.gitconfig', '[url \\"file:///nowhere/\\"]\\n\\tinsteadOf = file://\\n'); fs.writeFileSync('poisoned', fs.readFileSync(require('os').homedir() + '/.gitconfig'))"`;
    const run = await commentOnPull(w, '/approve', MAINTAINER, {
      inputs: { 'lint-command': poison },
      env: { HOME: home },
    });
    // The command wrote it (in the sandbox's HOME), and the write did not outlive it.
    expect(readFileSync(path.join(w.repo.work, 'poisoned'), 'utf8')).toContain('insteadOf');
    expect(existsSync(path.join(home, '.gitconfig'))).toBe(false);
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    expect(w.repo.remoteFile(BRANCH, 'src/login.js')).toContain(
      'if (!user || !password) return false;',
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

it('pushes only scope files: what a QA command leaves outside the scope stays behind', async () => {
  const w = await withSpecPull([FIX_LOGIN.edit, FIX_LOGIN.finish]);
  const run = await commentOnPull(w, '/approve', MAINTAINER, {
    inputs: {
      'lint-command': `node -e "require('fs').writeFileSync('.github/workflows/evil.yml', 'on: push')"`,
    },
  });
  expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
  expect(readFileSync(path.join(w.repo.work, '.github/workflows/evil.yml'), 'utf8')).toBe(
    'on: push',
  );
  expect(
    git(w.repo.origin, 'diff', '--name-only', 'main', BRANCH).trim().split('\n').sort(),
  ).toEqual(['specs/issue-1/spec.md', 'src/login.js']);
});

it('never pushes what QA wrote over a scope file: the agent is told, its version is what is pushed', async () => {
  // The agent's last edit is the fix; the test command then rewrites the fixed file.
  const w = await withSpecPull([FIX_LOGIN.edit, FIX_LOGIN.finish, FIX_LOGIN.finish]);
  const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
  const run = await commentOnPull(w, '/approve', MAINTAINER, {
    inputs: {
      'test-command': `node -e "require('fs').appendFileSync('src/login.js', '// backdoor')"`,
      'repair-rounds': '1',
    },
  });
  expect(run.outputs.state).toBe('QA_FAILED');
  // Told, in the words the next round reads.
  expect(JSON.stringify(w.model.requests.at(-1))).toContain(
    'changed `src/login.js` after your last edit',
  );
  // The work tree holds the agent's version again, and so does what was pushed.
  expect(readFileSync(path.join(w.repo.work, 'src/login.js'), 'utf8')).not.toContain('backdoor');
  expect(git(w.repo.origin, 'rev-parse', `${BRANCH}^`).trim()).toBe(tip);
  expect(w.repo.remoteFile(BRANCH, 'src/login.js')).toContain('if (!user || !password)');
  expect(w.repo.remoteFile(BRANCH, 'src/login.js')).not.toContain('backdoor');
  const pull = w.github.pullsList()[0]!;
  expect(pull.draft).toBe(true);
  expect(pull.body).toContain('| change kept as tested | `(specgate)` | failed |');
  // "Touched" is what was pushed.
  expect(pull.body).toContain('| `src/login.js` | changed |');
});

it('pushes nothing when a QA command deletes a scope file and the agent never makes it again', async () => {
  const w = await withSpecPull([FIX_LOGIN.edit, FIX_LOGIN.finish]);
  const tip = git(w.repo.origin, 'rev-parse', BRANCH).trim();
  const run = await commentOnPull(w, '/approve', MAINTAINER, {
    inputs: {
      'test-command': `node -e "require('fs').rmSync('src/login.js')"`,
      'repair-rounds': '0',
    },
  });
  expect(run.code).toBe(1);
  expect(run.outputs.state).toBe('QA_FAILED');
  // Put back for the next round, and nothing of the deletion pushed.
  expect(readFileSync(path.join(w.repo.work, 'src/login.js'), 'utf8')).toContain(
    'if (!user || !password)',
  );
  expect(w.repo.remoteFile(BRANCH, 'src/login.js')).toContain('if (!user || !password)');
  expect(git(w.repo.origin, 'rev-parse', `${BRANCH}^`).trim()).toBe(tip);
  // Every ending is told the same way: Slack's thread and Jira hear of it too.
  expect(w.slack.messages.at(-1)).toMatchObject({ thread_ts: '1700000000.000001' });
  expect(JSON.stringify(w.jira.comments.at(-1))).toContain('change kept as tested');
});
