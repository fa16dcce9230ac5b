import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  input?: string | Buffer;
  timeoutMs?: number;
  /** Keep at most this many characters of each stream (the tail). */
  maxOutput?: number;
  /**
   * Takes stdout as it comes, instead of keeping it: `stdout` stays empty.
   * Returning 'stop' ends the process (the caller has what it needs).
   */
  onStdout?: (chunk: Buffer) => 'stop' | void;
  /**
   * How to stop the program on timeout, instead of signalling its process
   * group (a sandbox knows better: it kills a whole PID namespace).
   */
  onTimeout?: () => void;
  /** Told the program's process id once it started. */
  onStart?: (pid: number | undefined) => void;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** `onStdout` asked to stop before the process ended by itself. */
  stopped: boolean;
  /** Some output was dropped (more than `maxOutput`): only its tail is kept. */
  cut: boolean;
  durationMs: number;
}

/**
 * Runs a program with an argument array (never a shell), an explicit
 * environment, and a timeout that kills the whole process group.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const started = performance.now();
  const maxOutput = options.maxOutput ?? 10 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      shell: false,
    });
    options.onStart?.(child.pid);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let stopped = false;
    let cut = false;
    const keep = (kept: string, chunk: string) => {
      if (kept.length + chunk.length <= maxOutput) return kept + chunk;
      cut = true;
      return tail(kept + chunk, maxOutput);
    };
    const { onStdout } = options;
    if (onStdout) {
      child.stdout.on('data', (chunk: Buffer) => {
        if (stopped) return;
        if (onStdout(chunk) === 'stop') {
          stopped = true;
          stopProcessTree(child.pid);
        }
      });
    } else {
      child.stdout
        .setEncoding('utf8')
        .on('data', (chunk: string) => (stdout = keep(stdout, chunk)));
    }
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = keep(stderr, chunk)));
    let settled = false;
    let giveUp: NodeJS.Timeout | undefined;
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (giveUp) clearTimeout(giveUp);
      const durationMs = performance.now() - started;
      resolve({ code, signal, stdout, stderr, timedOut, stopped, cut, durationMs });
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (options.onTimeout) options.onTimeout();
            else stopProcessTree(child.pid);
            // A process that keeps the output open after the program ended must
            // not keep the caller waiting: the program's own end is enough.
            giveUp = setTimeout(() => {
              if (child.exitCode !== null || child.signalCode !== null)
                finish(child.exitCode, child.signalCode);
            }, 15_000);
          }, options.timeoutMs);
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      if (giveUp) clearTimeout(giveUp);
      settled = true;
      reject(error);
    });
    child.on('close', finish);
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/**
 * SIGTERM first, so a program in between (sudo relays it; unshare's child
 * dies with it) can pass it on, then SIGKILL to the whole group.
 */
export function stopProcessTree(pid: number | undefined): void {
  if (pid === undefined) return;
  signalTree(pid, 'SIGTERM');
  setTimeout(() => signalTree(pid, 'SIGKILL'), 2000).unref();
}

function signalTree(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

function tail(text: string, max: number): string {
  return text.length > max ? text.slice(text.length - max) : text;
}
