import type { RepoFiles } from '../../../src/ports.js';
import { Recording } from './recording.js';

/** A repository's files as a map of path to text, with other branches' files beside it. */
export class FakeRepoFiles extends Recording<RepoFiles> implements RepoFiles {
  readonly files: Map<string, string>;
  readonly branches = new Map<string, Map<string, string>>();

  constructor(files: Record<string, string> = {}) {
    super();
    this.files = new Map(Object.entries(files));
  }

  /** Puts a file on a branch (the branch is made if it is new). */
  setOnBranch(branch: string, path: string, text: string): void {
    const files = this.branches.get(branch) ?? new Map<string, string>();
    this.branches.set(branch, files.set(path, text));
  }

  async list(): Promise<string[]> {
    await this.record('list');
    return [...this.files.keys()].sort();
  }

  async read(path: string): Promise<string | undefined> {
    await this.record('read', path);
    return this.files.get(path);
  }

  async readMany(
    paths: readonly string[],
    maxChars: number,
  ): Promise<Map<string, { content: string; truncated: boolean }>> {
    await this.record('readMany', paths, maxChars);
    const read = new Map<string, { content: string; truncated: boolean }>();
    for (const path of paths) {
      const text = this.files.get(path);
      if (text !== undefined)
        read.set(path, { content: text.slice(0, maxChars), truncated: text.length > maxChars });
    }
    return read;
  }

  async search(terms: readonly string[]): Promise<{ path: string; hits: Map<string, number> }[]> {
    await this.record('search', terms);
    const wanted = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))];
    const found: { path: string; hits: Map<string, number> }[] = [];
    for (const [path, text] of this.files) {
      const lines = text.toLowerCase().split('\n');
      const hits = new Map<string, number>();
      for (const term of wanted) {
        const count = lines.filter((line) => line.includes(term)).length;
        if (count) hits.set(term, count);
      }
      if (hits.size) found.push({ path, hits });
    }
    return found;
  }

  async readOnBranch(branch: string, path: string): Promise<string | undefined> {
    await this.record('readOnBranch', branch, path);
    return this.branches.get(branch)?.get(path);
  }
}
