/** The one Git object the use cases receive, handing each call to the file that does that job. */
import { GitBranches } from './branches.js';
import { GitCommits, type FileContent } from './commits.js';
import { GitConfig } from './git-config.js';
import { GitProcess, type GitIdentity, type GitOptions } from './git-process.js';
import type { DiffEntry } from './raw-diff.js';
import { GitReads } from './reads.js';
import { GitRemote } from './remote.js';
import { openTrustedStore, type TrustedStore } from './trusted-store.js';

/**
 * Every git command of one repository, all through one GitProcess: its
 * options (the hardened environment, the token) hold for reads, branches,
 * commits and pushes alike. The use cases depend on this one type, so a dry
 * run can replace the few methods that write.
 */
export class Git {
  private readonly runner: GitProcess;
  private readonly reads: GitReads;
  private readonly branches: GitBranches;
  private readonly commits: GitCommits;
  private readonly config: GitConfig;
  private readonly remote: GitRemote;

  constructor(options: GitOptions) {
    this.runner = new GitProcess(options);
    this.reads = new GitReads(this.runner);
    this.branches = new GitBranches(this.runner);
    this.commits = new GitCommits(this.runner, this.reads);
    this.config = new GitConfig(this.runner);
    this.remote = new GitRemote(this.runner);
  }

  // Planning reads: reads.ts.

  trackedFiles(): Promise<string[]> {
    return this.reads.trackedFiles();
  }

  listFiles(dir?: string): Promise<string[]> {
    return this.reads.listFiles(dir);
  }

  grepLines(
    query: string,
    max: number,
  ): Promise<{ hits: { path: string; line: number; text: string }[]; more: boolean }> {
    return this.reads.grepLines(query, max);
  }

  grepTerms(terms: readonly string[]): Promise<Map<string, Map<string, number>>> {
    return this.reads.grepTerms(terms);
  }

  revParse(rev: string): Promise<string> {
    return this.reads.revParse(rev);
  }

  readBlob(rev: string, file: string): Promise<string | undefined> {
    return this.reads.readBlob(rev, file);
  }

  readBlobs(
    rev: string,
    files: readonly string[],
    maxChars: number,
  ): Promise<Map<string, { content: string; truncated: boolean }>> {
    return this.reads.readBlobs(rev, files, maxChars);
  }

  blobId(content: string): Promise<string> {
    return this.reads.blobId(content);
  }

  // The checkout's branches and work tree: branches.ts.

  fetchCommit(from: string, commit: string): Promise<void> {
    return this.branches.fetchCommit(from, commit);
  }

  checkout(commit: string): Promise<void> {
    return this.branches.checkout(commit);
  }

  uncleanFiles(): Promise<string[]> {
    return this.branches.uncleanFiles();
  }

  currentBranch(): Promise<string | undefined> {
    return this.branches.currentBranch();
  }

  startBranch(name: string, commit: string): Promise<void> {
    return this.branches.startBranch(name, commit);
  }

  advanceHead(commit: string, expected: string): Promise<void> {
    return this.branches.advanceHead(commit, expected);
  }

  // Commits built off the work tree: commits.ts.

  commitFiles(base: string, files: FileContent[], message: string): Promise<string> {
    return this.commits.commitFiles(base, files, message);
  }

  treeWith(
    base: string,
    files: readonly FileContent[],
  ): Promise<{ tree: string; entries: DiffEntry[] }> {
    return this.commits.treeWith(base, files);
  }

  commitTree(tree: string, parent: string, message: string): Promise<string> {
    return this.commits.commitTree(tree, parent, message);
  }

  diff(from: string, to: string, maxChars: number): Promise<string> {
    return this.commits.diff(from, to, maxChars);
  }

  // The repository's configuration: git-config.ts.

  remoteUrl(name: string): Promise<string> {
    return this.config.remoteUrl(name);
  }

  storedCredentials(): Promise<string[]> {
    return this.config.storedCredentials();
  }

  configuredIdentity(): Promise<GitIdentity | undefined> {
    return this.config.configuredIdentity();
  }

  // Origin, with the token: remote.ts.

  remoteHead(branch: string): Promise<string | undefined> {
    return this.remote.remoteHead(branch);
  }

  remoteBranch(branch: string): Promise<string | undefined> {
    return this.remote.remoteBranch(branch);
  }

  push(commit: string, branch: string): Promise<void> {
    return this.remote.push(commit, branch);
  }

  // The trusted store: trusted-store.ts.

  openTrustedStore(base: string): Promise<TrustedStore> {
    return openTrustedStore(this.runner, base, (options) => new Git(options));
  }
}
