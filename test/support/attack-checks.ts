import { expect } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BRANCH } from './action-runs.js';
import { git } from './git-fixture.js';
import { SECRETS, type World } from './world.js';

/** The header a push with the run's token carries, as git would send it. */
export const PUSH_HEADER = Buffer.from(`x-access-token:${SECRETS.github}`).toString('base64');
const SECRET_VALUES = [...Object.values(SECRETS), PUSH_HEADER];

/** Everything the attack left in the checkout, as one text. */
export function attackOutput(w: World): string {
  const dir = path.join(w.repo.work, 'attack');
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .map((f) => readFileSync(path.join(dir, f), 'latin1'))
    .join('\n');
}

export function expectNoSecret(text: string): void {
  for (const secret of SECRET_VALUES) expect(text).not.toContain(secret);
}

/** The pushed branch: one new commit on the spec's, changing only scope files. */
export function expectOnlyScopePushed(w: World, tip: string): void {
  expect(git(w.repo.origin, 'rev-parse', `${BRANCH}^`).trim()).toBe(tip);
  expect(git(w.repo.origin, 'diff', '--name-only', tip, BRANCH).trim().split('\n').sort()).toEqual([
    'src/login.js',
    'test/login.test.js',
  ]);
}

/** Processes of this machine whose command line holds all of `parts`. */
export function processesWith(...parts: string[]): string[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const cmdline = readFileSync(`/proc/${p}/cmdline`, 'latin1');
        return parts.every((part) => cmdline.includes(part));
      } catch {
        return false;
      }
    });
}

/**
 * The survivor attack failed: its process died with its gate, before it
 * wrote anything, and neither the work tree nor the branch holds its file.
 */
export async function expectNoSurvivor(w: World): Promise<void> {
  expect(processesWith('specgate-attack-survivor', w.repo.work)).toEqual([]);
  // Given the time it waits before writing, and some.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(existsSync(path.join(w.repo.work, 'attack/survivor.txt'))).toBe(false);
  expect(readFileSync(path.join(w.repo.work, 'src/login.js'), 'utf8')).not.toContain('backdoor');
  expect(w.repo.remoteFile(BRANCH, 'src/login.js')).not.toContain('backdoor');
}
