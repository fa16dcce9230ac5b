import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Absolute paths of the programs specgate itself runs, fixed before any untrusted code. */
export interface Programs {
  git: string;
  /** For the QA sandbox; absent where the system does not have them. */
  sh?: string;
  env?: string;
  unshare?: string;
  setpriv?: string;
  sudo?: string;
}

/**
 * Where the sandbox's own helpers (mount, stat, ...) are looked up: the
 * system's directories, as sudo's secure_path has them, never the user's PATH.
 */
export const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * Resolves specgate's programs once, at the start of a run, before the agent
 * or a QA command has run. Later code that QA touched (a `git` planted in a
 * writable directory on PATH, a changed PATH) cannot change which binary
 * specgate runs. Relative PATH entries and directories inside the checkout
 * are never used. The sandbox's programs come from the system directories.
 */
export function resolvePrograms(searchPath: string | undefined, workspace: string): Programs {
  const git = findProgram('git', searchPath, workspace);
  if (!git) throw new Error('git was not found on PATH: specgate needs git');
  const system = (name: string) => findProgram(name, SYSTEM_PATH, workspace);
  const found: Programs = { git };
  for (const name of ['sh', 'env', 'unshare', 'setpriv', 'sudo'] as const) {
    const at = system(name);
    if (at) found[name] = at;
  }
  return found;
}

export function findProgram(
  name: string,
  searchPath: string | undefined,
  workspace: string,
): string | undefined {
  const root = path.resolve(workspace);
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    const resolved = path.resolve(dir);
    if (resolved === root || resolved.startsWith(root + path.sep)) continue;
    const candidate = path.join(resolved, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
