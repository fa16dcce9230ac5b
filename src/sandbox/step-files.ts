import { readFile, writeFile } from 'node:fs/promises';

export const STEP_FILES = [
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
];

/**
 * The runner applies its step files (`GITHUB_ENV`, `GITHUB_PATH`, ...) to later
 * steps. The sandbox hides them from QA; this is the check behind it: their
 * contents are kept before QA runs, and any change is undone and reported.
 */
export async function guardStepFiles(env: NodeJS.ProcessEnv): Promise<() => Promise<string[]>> {
  const saved = new Map<string, { file: string; content: Buffer | undefined }>();
  for (const name of STEP_FILES) {
    const file = env[name];
    if (file) saved.set(name, { file, content: await readFile(file).catch(() => undefined) });
  }
  return async () => {
    const changed: string[] = [];
    for (const [name, { file, content }] of saved) {
      const now = await readFile(file).catch(() => undefined);
      const same = now === undefined ? content === undefined : content?.equals(now) === true;
      if (same) continue;
      changed.push(name);
      if (content !== undefined) await writeFile(file, content);
      else await writeFile(file, '');
    }
    return changed;
  };
}
