import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  // The checkout may belong to a simulated runner's user.
  return execFileSync('git', ['-c', 'safe.directory=*', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
  });
}

export interface RepoFixture {
  root: string;
  /** The bare repository standing in for GitHub's copy. */
  origin: string;
  /** The runner's checkout (`actions/checkout` with persist-credentials: false). */
  work: string;
  /** A file's content on a branch of origin, or undefined. */
  remoteFile(branch: string, file: string): string | undefined;
  remoteBranches(): string[];
  cleanup(): void;
}

/** A real repository with a bare `origin`, checked out the way a runner does. */
export function createRepo(files: Record<string, string>): RepoFixture {
  const root = mkdtempSync(path.join(tmpdir(), 'specgate-repo-'));
  const origin = path.join(root, 'origin.git');
  const seed = path.join(root, 'seed');
  const work = path.join(root, 'work');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  git(root, 'init', '--quiet', '--initial-branch=main', seed);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(seed, file)), { recursive: true });
    writeFileSync(path.join(seed, file), content);
  }
  git(seed, 'add', '-A');
  git(seed, 'commit', '--quiet', '-m', 'initial');
  git(seed, 'push', '--quiet', origin, 'main');
  git(root, 'clone', '--quiet', '--depth=1', `file://${origin}`, work);
  return {
    root,
    origin,
    work,
    remoteFile(branch, file) {
      try {
        return git(origin, 'show', `refs/heads/${branch}:${file}`);
      } catch {
        return undefined;
      }
    },
    remoteBranches() {
      return git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads')
        .split('\n')
        .filter(Boolean);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
