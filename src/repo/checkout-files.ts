import type { Git } from '../git/git.js';
import type { RepoFiles } from '../ports.js';

/**
 * RepoFiles from the run's git checkout, through the hardened Git adapter:
 * files are read from HEAD, the search runs over the tracked files as
 * checked out (the same on a clean checkout), and branches are looked up on
 * origin.
 */
export class CheckoutFiles implements RepoFiles {
  constructor(private readonly git: Git) {}

  list(): Promise<string[]> {
    return this.git.trackedFiles();
  }

  read(path: string): Promise<string | undefined> {
    return this.git.readBlob('HEAD', path);
  }

  readMany(
    paths: readonly string[],
    maxChars: number,
  ): Promise<Map<string, { content: string; truncated: boolean }>> {
    return this.git.readBlobs('HEAD', paths, maxChars);
  }

  async search(terms: readonly string[]): Promise<{ path: string; hits: Map<string, number> }[]> {
    return [...(await this.git.grepTerms(terms))].map(([path, hits]) => ({ path, hits }));
  }

  async readOnBranch(branch: string, path: string): Promise<string | undefined> {
    const tip = await this.git.remoteBranch(branch);
    return tip ? this.git.readBlob(tip, path) : undefined;
  }
}
