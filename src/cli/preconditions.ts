import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findProgram } from '../process/programs.js';
import { runProcess } from '../process/run.js';
import { CliError, EXIT } from './cli-error.js';

/** Whether `dir` is inside a git work tree (false when git or the folder is missing). */
export async function isGitRepository(dir: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const git = findProgram('git', env.PATH, dir);
  if (!git) return false;
  try {
    const result = await runProcess(git, ['rev-parse', '--is-inside-work-tree'], {
      cwd: dir,
      env: { PATH: env.PATH, HOME: env.HOME },
      timeoutMs: 10_000,
    });
    return result.code === 0 && result.stdout.trim() === 'true';
  } catch {
    return false;
  }
}

export async function requireRepository(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!(await isGitRepository(dir, env)))
    throw new CliError(
      EXIT.precondition,
      `${dir} is not a git repository. Run specgate inside a checkout, or pass --repo DIR.`,
    );
}

/**
 * The ticket text of `--file PATH`. A file that is not there is a wrong
 * command line (exit 2), said in words rather than as ENOENT.
 */
export async function readTicketFile(cwd: string, file: string): Promise<string> {
  const full = path.resolve(cwd, file);
  try {
    return await readFile(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new CliError(EXIT.usage, `--file ${file}: there is no such file (${full}).`);
    if (code === 'EISDIR')
      throw new CliError(EXIT.usage, `--file ${file}: this is a folder, not a ticket file.`);
    if (code === 'EACCES')
      throw new CliError(
        EXIT.usage,
        `--file ${file}: the file cannot be read (permission denied).`,
      );
    throw error;
  }
}
