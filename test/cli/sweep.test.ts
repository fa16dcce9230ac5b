import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { type TicketState } from '../../src/core/state.js';
import { encodeStateMarker } from '../../src/tickets/marker.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';
import { createRepo, git, type RepoFixture } from '../support/git-fixture.js';
import { SAMPLE_REPO } from '../support/sample-repo.js';

let github: FakeGitHub;
let repo: RepoFixture;

beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
  repo = createRepo(SAMPLE_REPO);
  git(repo.work, 'remote', 'set-url', 'origin', 'https://github.com/Codertocat/Hello-World.git');
});
afterEach(async () => {
  await github.stop();
  repo.cleanup();
});

function io(env: Record<string, string>): CliIo & { out: () => string } {
  let out = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: () => true },
    stdin: [],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_API_URL: github.url, ...env },
    cwd: repo.work,
    out: () => out,
  };
}

function waitingSpec(issue: number, hours: number) {
  const at = new Date(Date.now() - hours * 3_600_000).toISOString();
  const state: TicketState = {
    version: 1,
    state: 'AWAITING_SPEC_APPROVAL',
    issue,
    branch: `specgate/issue-${issue}`,
    specPath: `specs/issue-${issue}/spec.md`,
    history: [{ state: 'AWAITING_SPEC_APPROVAL', at }],
  };
  return github.addPull({
    title: `Spec for #${issue}`,
    head: state.branch,
    body: `The spec.\n\n${encodeStateMarker(state)}`,
  });
}

describe('specgate sweep', () => {
  it('times out what waited too long in the origin repository and prints it as JSON', async () => {
    const late = waitingSpec(1, 30);
    waitingSpec(3, 2);
    const cli = io({ GITHUB_TOKEN: 'ghs_test' });

    const code = await main(['sweep', '--json'], cli);

    expect(code).toBe(0);
    const result = JSON.parse(cli.out()) as { ok: boolean; swept: { pullNumber: number }[] };
    expect(result.ok).toBe(true);
    expect(result.swept.map((t) => t.pullNumber)).toEqual([late.number]);
    expect(github.commentsOn(late.number)).toHaveLength(1);
  });

  it('prints what it swept for a person', async () => {
    const late = waitingSpec(1, 30);
    const cli = io({ GITHUB_TOKEN: 'ghs_test' });

    expect(await main(['sweep'], cli)).toBe(0);
    expect(cli.out()).toContain(`Timed out 1 of 1 open ticket: #${late.number} (spec, 30 h)`);
    expect(cli.out()).toMatch(new RegExp(`#${late.number} \\S+/pull/${late.number}: TIMED_OUT`));
  });

  it('writes nothing with --dry-run, and lists what it would have written', async () => {
    const late = waitingSpec(1, 30);
    const body = github.pullsList()[0]!.body;
    const cli = io({ GITHUB_TOKEN: 'ghs_test' });

    expect(await main(['sweep', '--dry-run', '--json'], cli)).toBe(0);
    const result = JSON.parse(cli.out()) as { dryRun: string[] };
    expect(result.dryRun).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`GitHub: update pull request #${late.number}`),
        expect.stringContaining(`GitHub: label #${late.number}`),
        expect.stringContaining(`GitHub: comment on #${late.number}`),
      ]),
    );
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(github.pullsList()[0]!.body).toBe(body);
    expect(github.commentsOn(late.number)).toEqual([]);
  });

  it('needs GITHUB_TOKEN', async () => {
    const cli = io({});
    expect(await main(['sweep'], cli)).toBe(3);
  });
});
