/** Runs git for one repository: its options, the hardened environment and config, GitError. */
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

/** One exec path for every git command, with argument arrays. */
export class GitProcess {
  constructor(readonly options: GitOptions) {}

  /** Runs git and returns its output; a failure or a cut output is a GitError. */
  async run(
    args: string[],
    extra: { env?: NodeJS.ProcessEnv; input?: string | Buffer } = {},
  ): Promise<string> {
    const result = await this.exec(args, extra);
    if (result.code !== 0) throw new GitError(args, result.stderr || result.stdout);
    // Parsing the tail of a cut output would give wrong answers, not short ones.
    if (result.cut) throw new GitError(args, `the output is larger than ${MAX_OUTPUT} characters`);
    return result.stdout;
  }

  /** Runs git, handing each line of its output to `onLine` as it comes, never keeping it all. */
  async streamLines(args: string[], onLine: (line: string) => 'stop' | void): Promise<RunResult> {
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

  /** Runs git and returns what it did, failed or not. */
  exec(
    args: string[],
    extra: {
      env?: NodeJS.ProcessEnv;
      input?: string | Buffer;
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
}
