import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runProcess } from '../process/run.js';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Example Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Example Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
};

/**
 * A real repository for the demo: a bare `origin` standing in for GitHub's
 * copy, and a checkout of it standing in for the runner's workspace.
 */
export async function createExampleRepo(
  root: string,
  files: Record<string, string>,
): Promise<{ origin: string; work: string }> {
  const origin = path.join(root, 'origin.git');
  const seed = path.join(root, 'seed');
  const work = path.join(root, 'work');
  const git = async (cwd: string, ...args: string[]) => {
    const result = await runProcess('git', args, {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...IDENTITY },
    });
    if (result.code !== 0) throw new Error(`git ${args[0] ?? ''} failed: ${result.stderr}`);
  };
  await mkdir(seed, { recursive: true });
  await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  await git(seed, 'init', '--quiet', '--initial-branch=main');
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(seed, file)), { recursive: true });
    await writeFile(path.join(seed, file), content);
  }
  await git(seed, 'add', '-A');
  await git(seed, 'commit', '--quiet', '-m', 'initial');
  await git(seed, 'push', '--quiet', origin, 'main');
  await git(root, 'clone', '--quiet', `file://${origin}`, work);
  return { origin, work };
}
