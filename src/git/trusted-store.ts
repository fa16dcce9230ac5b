/** The trusted store: a bare repository only specgate writes, where what is pushed after QA is built. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Git } from './git.js';
import { GitConfig } from './git-config.js';
import { GitProcess, type GitOptions } from './git-process.js';

/** A bare repository only specgate writes, out of QA's reach, holding the base commit. */
export interface TrustedStore {
  git: Git;
  dir: string;
  dispose(): Promise<void>;
}

/**
 * A new bare repository in a private temp directory, holding `base` copied
 * from the checkout before any untrusted code ran. What is committed and
 * pushed after the QA commands is built there: nothing QA can change in the
 * checkout's .git (config, refs, replace objects, alternates, attributes,
 * hooks, the index) is ever read again. The store's Git comes from `open`:
 * Git itself calls this, so only its type is imported here.
 */
export async function openTrustedStore(
  checkout: GitProcess,
  base: string,
  open: (options: GitOptions) => Git,
): Promise<TrustedStore> {
  // Never inside the checkout (a TMPDIR there would put it in QA's reach).
  const work = path.resolve(checkout.options.cwd);
  const temp = path.resolve(tmpdir());
  const parent = temp === work || temp.startsWith(work + path.sep) ? '/tmp' : temp;
  const dir = await mkdtemp(path.join(parent, 'specgate-store-'));
  const options: GitOptions = { ...checkout.options, cwd: dir, gitDir: dir };
  const store = new GitProcess(options);
  try {
    await store.run(['init', '--quiet', '--bare', dir]);
    const origin = await new GitConfig(checkout).remoteUrl('origin').catch(() => undefined);
    if (origin) await store.run(['config', 'remote.origin.url', origin]);
    await store.run(['fetch', '--quiet', '--no-tags', '--depth=1', checkout.options.cwd, base]);
    await store.run(['cat-file', '-e', `${base}^{tree}`]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { git: open(options), dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
