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
