import type { Git } from '../git/git.js';
import { checkDiff } from '../spec/diff-check.js';

export type CheckedChange =
  { ok: true; tree: string; files: string[] } | { ok: false; reason: string };

/**
 * The last check before anything is committed: the whole change in the work
 * tree must stay within the approved scope, and there must be one.
 */
export async function checkedChange(
  git: Git,
  base: string,
  scope: readonly string[],
  preexisting: ReadonlySet<string>,
): Promise<CheckedChange> {
  const { entries, tree } = await git.worktreeChanges(base, preexisting);
  const problems = checkDiff(entries, new Set(scope));
  if (problems.length) {
    return {
      ok: false,
      reason: `The change goes beyond the approved scope:\n${problems.map((p) => `- ${p}`).join('\n')}\n`,
    };
  }
  if (entries.length === 0) return { ok: false, reason: 'The agent made no change.' };
  return { ok: true, tree, files: entries.map((e) => e.path) };
}
