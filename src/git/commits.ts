/** Builds commits from file contents without the work tree or the checkout's index, and diffs them. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitProcess } from './git-process.js';
import { parseRawDiff, type DiffEntry } from './raw-diff.js';
import type { GitReads } from './reads.js';

export interface FileContent {
  path: string;
  /** undefined: the file is removed. */
  content: string | Buffer | undefined;
}

export class GitCommits {
  constructor(
    private readonly git: GitProcess,
    private readonly reads: GitReads,
  ) {}

  /**
   * Commits files on top of `base` without touching the work tree or the
   * checkout's index. Returns the new commit, or `base` itself when nothing
   * changed.
   */
  async commitFiles(base: string, files: FileContent[], message: string): Promise<string> {
    const { tree, entries } = await this.treeWith(base, files);
    if (entries.length === 0) return base;
    return this.commitTree(tree, base, message);
  }

  /**
   * The tree of `base` with these files set to these contents, built in a
   * private index from blobs hashed without filters: nothing but the listed
   * paths can differ from `base`. Files keep the mode they had in `base`
   * (new ones are regular files). Returns the tree and what changed.
   */
  async treeWith(
    base: string,
    files: readonly FileContent[],
  ): Promise<{ tree: string; entries: DiffEntry[] }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'specgate-index-'));
    const indexEnv = { GIT_INDEX_FILE: path.join(dir, 'index') };
    try {
      await this.git.run(['read-tree', base], { env: indexEnv });
      const modes = await this.modes(
        base,
        files.map((f) => f.path),
      );
      const lines: string[] = [];
      for (const file of files) {
        if (file.content === undefined) {
          // Mode 0 removes the entry (a bare repository has no work tree for --force-remove).
          const zero = '0'.repeat((await this.reads.revParse(base)).length);
          if (modes.has(file.path)) lines.push(`0 ${zero}\t${file.path}\0`);
          continue;
        }
        const blob = (
          await this.git.run(['hash-object', '-w', '--no-filters', '--stdin'], {
            input: file.content,
          })
        ).trim();
        lines.push(`${modes.get(file.path) ?? '100644'} ${blob}\t${file.path}\0`);
      }
      if (lines.length)
        await this.git.run(['update-index', '-z', '--index-info'], {
          env: indexEnv,
          input: lines.join(''),
        });
      const tree = (await this.git.run(['write-tree'], { env: indexEnv })).trim();
      const raw = await this.git.run([
        'diff-tree',
        '-r',
        '-z',
        '--raw',
        '--no-renames',
        base,
        tree,
      ]);
      return { tree, entries: parseRawDiff(raw) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Modes of these paths in `commit` (absent paths are left out). */
  private async modes(commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    const modes = new Map<string, string>();
    if (paths.length === 0) return modes;
    const out = await this.git.run(['ls-tree', '-z', '--full-tree', commit, '--', ...paths]);
    for (const row of out.split('\0')) {
      const tab = row.indexOf('\t');
      if (tab > 0) modes.set(row.slice(tab + 1), row.split(' ')[0] ?? '100644');
    }
    return modes;
  }

  /** Unified diff between two trees or commits, for the reviewer. */
  async diff(from: string, to: string, maxChars: number): Promise<string> {
    const out = await this.git.run(['diff', '--no-color', '--no-ext-diff', from, to]);
    return out.length > maxChars ? `${out.slice(0, maxChars)}\n... (diff truncated)` : out;
  }

  async commitTree(tree: string, parent: string, message: string): Promise<string> {
    return (
      await this.git.run(['commit-tree', tree, '-p', parent, '-F', '-'], { input: message })
    ).trim();
  }
}
