/** The checkout's branches and work tree: checking out, starting and moving branches, what is unclean. */
import type { GitProcess } from './git-process.js';

export class GitBranches {
  constructor(private readonly git: GitProcess) {}

  /** Brings a commit (and what it needs) from another local repository into this one. */
  async fetchCommit(from: string, commit: string): Promise<void> {
    await this.git.run(['fetch', '--quiet', '--no-tags', from, commit]);
  }

  /** Puts the work tree at `commit` (detached), discarding local changes. */
  async checkout(commit: string): Promise<void> {
    await this.git.run(['checkout', '--quiet', '--force', '--detach', commit]);
  }

  /**
   * What differs from HEAD in the work tree and index, untracked files
   * included (ignored ones aside), as paths; empty when the tree is clean.
   */
  async uncleanFiles(): Promise<string[]> {
    const out = await this.git.run(['status', '--porcelain', '-z', '--untracked-files=all']);
    return out
      .split('\0')
      .filter((entry) => entry.length > 3)
      .map((entry) => entry.slice(3));
  }

  async currentBranch(): Promise<string | undefined> {
    const result = await this.git.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], {});
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  /** Creates a branch at `commit` and checks it out. */
  async startBranch(name: string, commit: string): Promise<void> {
    await this.git.run(['check-ref-format', '--branch', name]);
    await this.git.run(['switch', '--quiet', '-c', name, commit]);
  }

  /** Moves the current branch to `commit` (made on top of `expected`), keeping the work tree. */
  async advanceHead(commit: string, expected: string): Promise<void> {
    await this.git.run(['update-ref', '-m', 'specgate', 'HEAD', commit, expected]);
    await this.git.run(['reset', '--quiet']);
  }
}
