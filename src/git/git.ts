import { BatchReader } from './cat-file-batch.js';
import { parseRawDiff, type DiffEntry } from './raw-diff.js';
import { credentialsIn } from './stored-credentials.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { SYSTEM_PATH } from '../process/programs.js';
import { runProcess, type RunResult } from '../process/run.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export interface GitOptions {
  cwd: string;
  /** The git binary, resolved before any untrusted code ran. */
  program: string;
  /** A bare repository's directory; otherwise git finds the repository from cwd. */
  gitDir?: string;
  /** Token for fetch and push; handed to those commands alone, never written to disk. */
  token?: string;
  /** Server whose requests carry the token, e.g. https://github.com */
  serverUrl?: string;
  identity: GitIdentity;
  /**
   * Read the user's git configuration (~/.gitconfig, XDG). Only for reading
   * the developer's identity before anything untrusted ran: by default git
   * ignores the system, global and XDG configuration, which code run by the
   * QA commands could have written (url rewrites, receivepack, filters).
   */
  userConfig?: { HOME?: string; PATH?: string };
}

/** A bare repository only specgate writes, out of QA's reach, holding the base commit. */
export interface TrustedStore {
  git: Git;
  dir: string;
  dispose(): Promise<void>;
}

export interface FileContent {
  path: string;
  /** undefined: the file is removed. */
  content: string | Buffer | undefined;
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
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'protocol.ext.allow=never',
  'core.quotePath=off',
  'gc.auto=0',
  'maintenance.auto=false',
  'commit.gpgSign=false',
  // The checkout may belong to another user (container jobs); the global
  // config that would list it as safe is not read.
  'safe.directory=*',
].flatMap((setting) => ['-c', setting]);

/** What a git command may print before it is treated as an error (a tracked-file list of a huge monorepo fits). */
const MAX_OUTPUT = 64 * 1024 * 1024;

/** One method per git verb, all through one exec path with argument arrays. */
export class Git {
  constructor(private readonly options: GitOptions) {}

  async trackedFiles(): Promise<string[]> {
    const out = await this.run(['ls-files', '-z']);
    return out.split('\0').filter(Boolean);
  }

  /**
   * Tracked and new (not ignored) files, for the agent's listing; with `dir`,
   * only those under that folder (git then looks at that folder alone).
   */
  async listFiles(dir = ''): Promise<string[]> {
    const out = await this.run([
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      '-z',
      ...(dir ? ['--', `:(literal)${dir}`] : []),
    ]);
    return [...new Set(out.split('\0').filter(Boolean))];
  }

  /**
   * Lines matching a fixed string (tracked and new files), the first `max` of
   * them; `more` says that there were others. git stops once enough are read.
   */
  async grepLines(
    query: string,
    max: number,
  ): Promise<{ hits: { path: string; line: number; text: string }[]; more: boolean }> {
    const hits: { path: string; line: number; text: string }[] = [];
    let more = false;
    const result = await this.streamLines(
      ['grep', '--untracked', '-n', '-I', '-F', '-z', '-e', query, '--'],
      (row) => {
        const [file, line, ...text] = row.split('\0');
        if (!file || !line) return;
        if (hits.length === max) {
          more = true;
          return 'stop';
        }
        hits.push({ path: file, line: Number(line), text: text.join('\0') });
      },
    );
    if (!result.stopped && result.code !== 0 && result.code !== 1)
      throw new GitError(['grep'], result.stderr);
    return { hits, more };
  }

  async revParse(rev: string): Promise<string> {
    return (await this.run(['rev-parse', '--verify', '--end-of-options', rev])).trim();
  }

  /**
   * Tracked text files holding any of `terms` (fixed strings, compared in
   * lower case), each with the number of lines holding each term: one pass
   * of git over the tree for all the terms.
   */
  async grepTerms(terms: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const found = new Map<string, Map<string, number>>();
    const wanted = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))];
    if (wanted.length === 0) return found;
    // -o prints the longest match at each place: a match also counts for the
    // terms it contains ("loginuser" holds "login" and "user").
    const termsIn = new Map<string, string[]>();
    let lastLine = '';
    const seen = new Set<string>();
    const result = await this.streamLines(
      ['grep', '-I', '-i', '-F', '-n', '-o', '-z', ...wanted.flatMap((t) => ['-e', t]), '--'],
      (row) => {
        const [file, line, match] = row.split('\0');
        if (!file || !line || match === undefined) return;
        const place = `${file}\0${line}`;
        if (place !== lastLine) {
          lastLine = place;
          seen.clear();
        }
        const lower = match.toLowerCase();
        let held = termsIn.get(lower);
        if (!held) termsIn.set(lower, (held = wanted.filter((t) => lower.includes(t))));
        let counts = found.get(file);
        if (!counts) found.set(file, (counts = new Map<string, number>()));
        for (const term of held) {
          if (seen.has(term)) continue;
          seen.add(term);
          counts.set(term, (counts.get(term) ?? 0) + 1);
        }
      },
    );
    if (result.code !== 0 && result.code !== 1) throw new GitError(['grep'], result.stderr);
    return found;
  }

  async readBlob(rev: string, file: string): Promise<string | undefined> {
    const result = await this.exec(['show', `${rev}:${file}`], {});
    return result.code === 0 ? result.stdout : undefined;
  }

  /**
   * Several files of `rev` through one `git cat-file --batch`: each file's
   * text, cut to its first `maxChars` characters (`truncated` then says so);
   * absent files and directories are left out.
   */
  async readBlobs(
    rev: string,
    files: readonly string[],
    maxChars: number,
  ): Promise<Map<string, { content: string; truncated: boolean }>> {
    const read = new Map<string, { content: string; truncated: boolean }>();
    // The batch protocol is line-based: a name with a newline is read on its own.
    const batch = files.filter((f) => !f.includes('\n'));
    for (const file of files.filter((f) => f.includes('\n'))) {
      const content = await this.readBlob(rev, file);
      if (content !== undefined)
        read.set(file, {
          content: content.slice(0, maxChars),
          truncated: content.length > maxChars,
        });
    }
    if (batch.length === 0) return read;
    const keepBytes = maxChars * 4;
    const reader = new BatchReader(batch, keepBytes, (file, bytes, size) => {
      const text = bytes.toString('utf8');
      const content = text.slice(0, maxChars);
      read.set(file, { content, truncated: size > bytes.length || text.length > maxChars });
    });
    const result = await this.exec(['cat-file', '--batch'], {
      input: batch.map((f) => `${rev}:${f}\n`).join(''),
      onStdout: (chunk) => reader.push(chunk),
    });
    if (result.code !== 0) throw new GitError(['cat-file'], result.stderr);
    return read;
  }

  /** The blob id git gives this content (what approval binds to). */
  async blobId(content: string): Promise<string> {
    return (await this.run(['hash-object', '--stdin'], { input: content })).trim();
  }

  /** The commit a remote branch points at (ls-remote only), or undefined. */
  async remoteHead(branch: string): Promise<string | undefined> {
    const out = await this.run(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`], {
      auth: true,
    });
    return out.split('\t')[0]?.trim() || undefined;
  }

  /** The commit a remote branch points at, fetched, or undefined when it does not exist. */
  async remoteBranch(branch: string): Promise<string | undefined> {
    const sha = await this.remoteHead(branch);
    if (!sha) return undefined;
    await this.run(['fetch', '--no-tags', '--depth=1', 'origin', `refs/heads/${branch}`], {
      auth: true,
    });
    return sha;
  }

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
      await this.run(['read-tree', base], { env: indexEnv });
      const modes = await this.modes(
        base,
        files.map((f) => f.path),
      );
      const lines: string[] = [];
      for (const file of files) {
        if (file.content === undefined) {
          // Mode 0 removes the entry (a bare repository has no work tree for --force-remove).
          const zero = '0'.repeat((await this.revParse(base)).length);
          if (modes.has(file.path)) lines.push(`0 ${zero}\t${file.path}\0`);
          continue;
        }
        const blob = (
          await this.run(['hash-object', '-w', '--no-filters', '--stdin'], { input: file.content })
        ).trim();
        lines.push(`${modes.get(file.path) ?? '100644'} ${blob}\t${file.path}\0`);
      }
      if (lines.length)
        await this.run(['update-index', '-z', '--index-info'], {
          env: indexEnv,
          input: lines.join(''),
        });
      const tree = (await this.run(['write-tree'], { env: indexEnv })).trim();
      const raw = await this.run(['diff-tree', '-r', '-z', '--raw', '--no-renames', base, tree]);
      return { tree, entries: parseRawDiff(raw) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Modes of these paths in `commit` (absent paths are left out). */
  private async modes(commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    const modes = new Map<string, string>();
    if (paths.length === 0) return modes;
    const out = await this.run(['ls-tree', '-z', '--full-tree', commit, '--', ...paths]);
    for (const row of out.split('\0')) {
      const tab = row.indexOf('\t');
      if (tab > 0) modes.set(row.slice(tab + 1), row.split(' ')[0] ?? '100644');
    }
    return modes;
  }

  /**
   * A new bare repository in a private temp directory, holding `base` copied
   * from this checkout before any untrusted code ran. What is committed and
   * pushed after the QA commands is built there: nothing QA can change in the
   * checkout's .git (config, refs, replace objects, alternates, attributes,
   * hooks, the index) is ever read again.
   */
  async openTrustedStore(base: string): Promise<TrustedStore> {
    // Never inside the checkout (a TMPDIR there would put it in QA's reach).
    const work = path.resolve(this.options.cwd);
    const temp = path.resolve(tmpdir());
    const parent = temp === work || temp.startsWith(work + path.sep) ? '/tmp' : temp;
    const dir = await mkdtemp(path.join(parent, 'specgate-store-'));
    const git = new Git({ ...this.options, cwd: dir, gitDir: dir });
    try {
      await git.run(['init', '--quiet', '--bare', dir]);
      const origin = await this.remoteUrl('origin').catch(() => undefined);
      if (origin) await git.run(['config', 'remote.origin.url', origin]);
      await git.run(['fetch', '--quiet', '--no-tags', '--depth=1', this.options.cwd, base]);
      await git.run(['cat-file', '-e', `${base}^{tree}`]);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return { git, dir, dispose: () => rm(dir, { recursive: true, force: true }) };
  }

  /** Brings a commit (and what it needs) from another local repository into this one. */
  async fetchCommit(from: string, commit: string): Promise<void> {
    await this.run(['fetch', '--quiet', '--no-tags', from, commit]);
  }

  /** Puts the work tree at `commit` (detached), discarding local changes. */
  async checkout(commit: string): Promise<void> {
    await this.run(['checkout', '--quiet', '--force', '--detach', commit]);
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

  /**
   * Credentials git's effective configuration holds where QA could read them
   * (the token `actions/checkout` leaves unless persist-credentials is false,
   * in .git/config or a file it includes), named with where they are.
   */
  async storedCredentials(): Promise<string[]> {
    const result = await this.exec(['config', '--show-scope', '--show-origin', '-z', '--list'], {});
    return result.code === 0 ? credentialsIn(result.stdout) : [];
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

  /**
   * What differs from HEAD in the work tree and index, untracked files
   * included (ignored ones aside), as paths; empty when the tree is clean.
   */
  async uncleanFiles(): Promise<string[]> {
    const out = await this.run(['status', '--porcelain', '-z', '--untracked-files=all']);
    return out
      .split('\0')
      .filter((entry) => entry.length > 3)
      .map((entry) => entry.slice(3));
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
    extra: { env?: NodeJS.ProcessEnv; input?: string | Buffer; auth?: boolean } = {},
  ): Promise<string> {
    const result = await this.exec(args, extra);
    if (result.code !== 0) throw new GitError(args, result.stderr || result.stdout);
    // Parsing the tail of a cut output would give wrong answers, not short ones.
    if (result.cut) throw new GitError(args, `the output is larger than ${MAX_OUTPUT} characters`);
    return result.stdout;
  }

  /** Runs git, handing each line of its output to `onLine` as it comes, never keeping it all. */
  private async streamLines(
    args: string[],
    onLine: (line: string) => 'stop' | void,
  ): Promise<RunResult> {
    const decoder = new StringDecoder('utf8');
    let pending = '';
    let stopped = false;
    const take = (text: string): 'stop' | void => {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (onLine(line) === 'stop') {
          stopped = true;
          return 'stop';
        }
      }
    };
    const result = await this.exec(args, { onStdout: (chunk) => take(decoder.write(chunk)) });
    if (!stopped) take(`${decoder.end()}\n`);
    return { ...result, stopped: result.stopped || stopped };
  }

  private exec(
    args: string[],
    extra: {
      env?: NodeJS.ProcessEnv;
      input?: string | Buffer;
      auth?: boolean;
      onStdout?: (chunk: Buffer) => 'stop' | void;
    },
  ) {
    const { identity, userConfig, gitDir } = this.options;
    const env: NodeJS.ProcessEnv = {
      ...(userConfig
        ? { PATH: userConfig.PATH, HOME: userConfig.HOME }
        : {
            PATH: SYSTEM_PATH,
            HOME: '/dev/null',
            XDG_CONFIG_HOME: '/dev/null',
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_CONFIG_GLOBAL: '/dev/null',
            GIT_ATTR_NOSYSTEM: '1',
          }),
      GIT_NO_REPLACE_OBJECTS: '1',
      LANG: 'C',
      GIT_TERMINAL_PROMPT: '0',
      ...(gitDir ? { GIT_DIR: gitDir } : {}),
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email,
      ...(extra.auth ? this.authEnv() : {}),
      ...extra.env,
    };
    return runProcess(this.options.program, [...SAFE_CONFIG, ...args], {
      cwd: this.options.cwd,
      env,
      input: extra.input,
      timeoutMs: 5 * 60_000,
      maxOutput: MAX_OUTPUT,
      ...(extra.onStdout ? { onStdout: extra.onStdout } : {}),
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
