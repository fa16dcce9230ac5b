import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runProcess } from '../process/run.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export interface GitOptions {
  cwd: string;
  /** Token for fetch and push; handed to those commands alone, never written to disk. */
  token?: string;
  /** Server whose requests carry the token, e.g. https://github.com */
  serverUrl?: string;
  identity: GitIdentity;
  /** PATH and HOME for git; nothing else from the parent environment is passed. */
  baseEnv: NodeJS.ProcessEnv;
  /**
   * Ignore the user's and the system's git configuration. On a runner, code
   * the QA commands run can write ~/.gitconfig (url rewrites, receivepack,
   * filters); git commands that carry the token must not obey it.
   */
  repositoryConfigOnly?: boolean;
}

export interface DiffEntry {
  status: string;
  oldMode: string;
  newMode: string;
  path: string;
}

/** Parses `git diff --raw -z` output: ":old new oldsha newsha status\0path\0". */
export function parseRawDiff(raw: string): DiffEntry[] {
  const fields = raw.split('\0');
  const entries: DiffEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = (fields[i] ?? '').replace(/^:/, '').split(' ');
    const file = fields[i + 1] ?? '';
    if (meta.length < 5) continue;
    entries.push({
      oldMode: meta[0] ?? '',
      newMode: meta[1] ?? '',
      status: (meta[4] ?? '').charAt(0),
      path: file,
    });
  }
  return entries;
}

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
    this.name = 'GitError';
  }
}

// Repository config can run programs (fsmonitor, hooks); a checkout that
// untrusted code has touched must not get to run them with our credentials.
const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'protocol.ext.allow=never',
  '-c',
  'core.quotePath=off',
];

/** One method per git verb, all through one exec path with argument arrays. */
export class Git {
  constructor(private readonly options: GitOptions) {}

  async trackedFiles(): Promise<string[]> {
    const out = await this.run(['ls-files', '-z']);
    return out.split('\0').filter(Boolean);
  }

  /** New files that are not ignored: what a commit of the work tree would add. */
  async untrackedFiles(): Promise<string[]> {
    const out = await this.run(['ls-files', '--others', '--exclude-standard', '-z']);
    return out.split('\0').filter(Boolean);
  }

  /** Tracked and new (not ignored) files, for the agent's listing. */
  async listFiles(): Promise<string[]> {
    const out = await this.run(['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
    return [...new Set(out.split('\0').filter(Boolean))];
  }

  /** Lines matching a fixed string, at most `max` of them. */
  async grepLines(
    query: string,
    max: number,
  ): Promise<{ path: string; line: number; text: string }[]> {
    const result = await this.exec(
      ['grep', '--untracked', '-n', '-I', '-F', '-z', '-e', query, '--'],
      {},
    );
    if (result.code === 1) return [];
    if (result.code !== 0) throw new GitError(['grep'], result.stderr);
    const hits: { path: string; line: number; text: string }[] = [];
    for (const row of result.stdout.split('\n')) {
      const [file, line, ...text] = row.split('\0');
      if (file && line) hits.push({ path: file, line: Number(line), text: text.join('\0') });
      if (hits.length >= max) break;
    }
    return hits;
  }

  async revParse(rev: string): Promise<string> {
    return (await this.run(['rev-parse', '--verify', '--end-of-options', rev])).trim();
  }

  /** Files containing `term` (fixed string, case-insensitive) with hit counts. */
  async grepCount(term: string): Promise<Map<string, number>> {
    const result = await this.exec(['grep', '-I', '-i', '-F', '-c', '-e', term, '--'], {});
    if (result.code === 1) return new Map();
    if (result.code !== 0) throw new GitError(['grep'], result.stderr);
    const counts = new Map<string, number>();
    for (const line of result.stdout.split('\n')) {
      const at = line.lastIndexOf(':');
      if (at > 0) counts.set(line.slice(0, at), Number(line.slice(at + 1)));
    }
    return counts;
  }

  async readBlob(rev: string, file: string): Promise<string | undefined> {
    const result = await this.exec(['show', `${rev}:${file}`], {});
    return result.code === 0 ? result.stdout : undefined;
  }

  /** The blob id git gives this content (what approval binds to). */
  async blobId(content: string): Promise<string> {
    return (await this.run(['hash-object', '--stdin'], { input: content })).trim();
  }

  /** The commit a remote branch points at, or undefined when it does not exist. */
  async remoteBranch(branch: string): Promise<string | undefined> {
    const out = await this.run(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`], {
      auth: true,
    });
    const sha = out.split('\t')[0]?.trim();
    if (!sha) return undefined;
    await this.run(['fetch', '--no-tags', '--depth=1', 'origin', `refs/heads/${branch}`], {
      auth: true,
    });
    return sha;
  }

  /**
   * Commits files on top of `base` without touching the work tree or the
   * checkout's index (a private index in a temp dir). Returns the new commit,
   * or `base` itself when nothing changed.
   */
  async commitFiles(
    base: string,
    files: { path: string; content: string }[],
    message: string,
  ): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'specgate-index-'));
    const indexEnv = { GIT_INDEX_FILE: path.join(dir, 'index') };
    try {
      await this.run(['read-tree', base], { env: indexEnv });
      for (const file of files) {
        const blob = (
          await this.run(['hash-object', '-w', '--stdin'], { input: file.content })
        ).trim();
        await this.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${file.path}`], {
          env: indexEnv,
        });
      }
      const tree = (await this.run(['write-tree'], { env: indexEnv })).trim();
      if (tree === (await this.revParse(`${base}^{tree}`))) return base;
      return (
        await this.run(['commit-tree', tree, '-p', base, '-F', '-'], { input: message })
      ).trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Puts the work tree at `commit` (detached), discarding local changes. */
  async checkout(commit: string): Promise<void> {
    await this.run(['checkout', '--quiet', '--force', '--detach', commit]);
  }

  /** Commit date (seconds since the epoch) of a commit. */
  async commitTime(commit: string): Promise<number> {
    return Number((await this.run(['log', '-1', '--format=%ct', commit])).trim());
  }

  /**
   * Everything in the work tree that differs from `base` (tracked changes,
   * new files that are not ignored, deletions, mode changes), staged in a
   * private index. Returns the entries and the tree that would be committed.
   * `exclude` holds new files that were there before the work began (left by
   * earlier workflow steps): they are neither checked nor committed.
   */
  async worktreeChanges(
    base: string,
    exclude: ReadonlySet<string> = new Set(),
  ): Promise<{ entries: DiffEntry[]; tree: string }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'specgate-index-'));
    const indexEnv = { GIT_INDEX_FILE: path.join(dir, 'index') };
    try {
      await this.run(['read-tree', base], { env: indexEnv });
      await this.run(['add', '--all', '--', '.'], { env: indexEnv });
      if (exclude.size) {
        const input = [...exclude].join('\0') + '\0';
        await this.run(['update-index', '--force-remove', '-z', '--stdin'], {
          env: indexEnv,
          input,
        });
      }
      const raw = await this.run(['diff-index', '--cached', '--raw', '-z', '--no-renames', base], {
        env: indexEnv,
      });
      const tree = (await this.run(['write-tree'], { env: indexEnv })).trim();
      return { entries: parseRawDiff(raw), tree };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Unified diff between two trees or commits, for the reviewer. */
  async diff(from: string, to: string, maxChars: number): Promise<string> {
    const out = await this.run(['diff', '--no-color', '--no-ext-diff', from, to]);
    return out.length > maxChars ? `${out.slice(0, maxChars)}\n... (diff truncated)` : out;
  }

  async commitTree(tree: string, parent: string, message: string): Promise<string> {
    return (
      await this.run(['commit-tree', tree, '-p', parent, '-F', '-'], { input: message })
    ).trim();
  }

  async remoteUrl(name: string): Promise<string> {
    return (await this.run(['remote', 'get-url', name])).trim();
  }

  /** user.name and user.email from git's configuration, when both are set. */
  async configuredIdentity(): Promise<GitIdentity | undefined> {
    const get = async (key: string) => {
      const result = await this.exec(['config', '--get', key], {});
      return result.code === 0 ? result.stdout.trim() : undefined;
    };
    const [name, email] = [await get('user.name'), await get('user.email')];
    return name && email ? { name, email } : undefined;
  }

  /** Whether the work tree and index match HEAD (untracked, ignored files aside). */
  async isClean(): Promise<boolean> {
    return (await this.run(['status', '--porcelain', '--untracked-files=no'])).trim() === '';
  }

  async currentBranch(): Promise<string | undefined> {
    const result = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], {});
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  /** Creates a branch at `commit` and checks it out. */
  async startBranch(name: string, commit: string): Promise<void> {
    await this.run(['check-ref-format', '--branch', name]);
    await this.run(['switch', '--quiet', '-c', name, commit]);
  }

  /** Moves the current branch to `commit` (made on top of `expected`), keeping the work tree. */
  async advanceHead(commit: string, expected: string): Promise<void> {
    await this.run(['update-ref', '-m', 'specgate', 'HEAD', commit, expected]);
    await this.run(['reset', '--quiet']);
  }

  /** Pushes a commit to one branch: never forced, never with extra options. */
  async push(commit: string, branch: string): Promise<void> {
    if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new Error(`not a commit id: ${commit}`);
    await this.run(
      ['push', '--no-verify', '--porcelain', 'origin', `${commit}:refs/heads/${branch}`],
      { auth: true },
    );
  }

  private async run(
    args: string[],
    extra: { env?: NodeJS.ProcessEnv; input?: string; auth?: boolean } = {},
  ): Promise<string> {
    const result = await this.exec(args, extra);
    if (result.code !== 0) throw new GitError(args, result.stderr || result.stdout);
    return result.stdout;
  }

  private exec(args: string[], extra: { env?: NodeJS.ProcessEnv; input?: string; auth?: boolean }) {
    const { baseEnv, identity } = this.options;
    const env: NodeJS.ProcessEnv = {
      PATH: baseEnv.PATH,
      HOME: baseEnv.HOME,
      LANG: 'C',
      GIT_TERMINAL_PROMPT: '0',
      ...(this.options.repositoryConfigOnly
        ? { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', XDG_CONFIG_HOME: '/dev/null' }
        : {}),
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email,
      ...(extra.auth ? this.authEnv() : {}),
      ...extra.env,
    };
    return runProcess('git', [...SAFE_CONFIG, ...args], {
      cwd: this.options.cwd,
      env,
      input: extra.input,
      timeoutMs: 5 * 60_000,
    });
  }

  /** Credentials through git's environment config: not in argv, not in .git/config. */
  private authEnv(): NodeJS.ProcessEnv {
    const { token, serverUrl } = this.options;
    if (!token || !serverUrl) return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
  }
}
