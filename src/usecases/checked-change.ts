import type { Workspace } from '../agent/workspace.js';
import type { DiffEntry, TrustedStore } from '../git/git.js';
import { checkDiff } from '../spec/diff-check.js';

export type CheckedChange =
  { ok: true; tree: string; files: string[]; entries: DiffEntry[] } | { ok: false; reason: string };

/**
 * The change to commit, built only from the scope's files, read from the work
 * tree as regular files (a scope path that is anything else keeps its base
 * version), on top of `base` in the trusted store.
 * No other path can enter the tree, whatever QA left in the checkout; the
 * result is still checked against the scope (deletions, modes) before use.
 */
export async function checkedChange(
  store: TrustedStore,
  workspace: Workspace,
  base: string,
): Promise<CheckedChange> {
  const files = [];
  for (const file of [...workspace.scope].sort()) {
    const read = await workspace.contentForCommit(file);
    if (!read.ok) return { ok: false, reason: `The change cannot be taken: ${read.reason}.` };
    if (read.content !== 'keep') files.push({ path: file, content: read.content });
  }
  const { entries, tree } = await store.git.treeWith(base, files);
  const problems = checkDiff(entries, workspace.scope);
  if (problems.length) {
    return {
      ok: false,
      reason: `The change goes beyond the approved scope:\n${problems.map((p) => `- ${p}`).join('\n')}\n`,
    };
  }
  if (entries.length === 0) return { ok: false, reason: 'The agent made no change.' };
  return { ok: true, tree, files: entries.map((e) => e.path), entries };
}
