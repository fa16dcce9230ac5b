import type { Logger } from '../ports.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Answers a yes/no question; undefined when nobody can answer (no terminal). */
  ask?: (question: string) => Promise<string>;
  /** What `--file -` reads. */
  stdin: AsyncIterable<string | Buffer> | Iterable<string | Buffer>;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Progress goes to stderr, so stdout stays clean for the result (and --json). */
export function progressLogger(io: CliIo, verbose = false): Logger {
  const line = (prefix: string) => (message: string) =>
    void io.stderr.write(`${prefix}${message}\n`);
  return {
    debug: verbose ? line('  . ') : () => undefined,
    info: line('  '),
    warn: line('  ! '),
    error: line('  x '),
  };
}

export function stage(io: CliIo, name: string): void {
  io.stderr.write(`▸ ${name}\n`);
}

/**
 * A reader that stops early (`specgate demo | head -1`) closes the pipe: the
 * next write fails with EPIPE. The output is no longer wanted, so it is
 * dropped, and the command ends as it would have (cleaning up after itself)
 * instead of crashing on an unhandled error event.
 */
export function guardPipe(stream: CliIo['stdout']): void {
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.on !== 'function' || typeof emitter.listenerCount !== 'function') return;
  if (emitter.listenerCount('error') > 0) return;
  let closed = false;
  emitter.on('error', (error: NodeJS.ErrnoException) => {
    if (closed || error.code === 'EPIPE') {
      closed = true;
      return;
    }
    throw error;
  });
}
