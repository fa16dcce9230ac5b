import type { DiffEntry } from '../git/raw-diff.js';
import type { TrustedStore } from '../git/trusted-store.js';
import type { ApprovedScope } from '../spec/approved-scope.js';
import { checkDiff } from '../spec/diff-check.js';
import type { ScopeSnapshot } from './scope-snapshot.js';

export type CheckedChange =
  { ok: true; tree: string; files: string[]; entries: DiffEntry[] } | { ok: false; reason: string };

/**
 * The change to commit, built only from the scope's files as the snapshot the
 * gates tested holds them (a scope path that was not a regular file keeps its
 * base version), on top of `base` in the trusted store.
 * No other path can enter the tree, whatever QA left in the checkout; the
 * result is still checked against the scope (deletions, modes) before use.
 */
export async function checkedChange(
  store: TrustedStore,
  scope: ApprovedScope,
  snapshot: ScopeSnapshot,
  base: string,
): Promise<CheckedChange> {
  const files = [];
  for (const [file, content] of snapshot) {
    if (content !== 'keep') files.push({ path: file, content });
  }
  const { entries, tree } = await store.git.treeWith(base, files);
  const problems = checkDiff(entries, scope);
  if (problems.length) {
    return {
      ok: false,
      reason: `The change goes beyond the approved scope:\n${problems.map((p) => `- ${p}`).join('\n')}\n`,
    };
  }
  if (entries.length === 0) return { ok: false, reason: 'The agent made no change.' };
  return { ok: true, tree, files: entries.map((e) => e.path), entries };
}
