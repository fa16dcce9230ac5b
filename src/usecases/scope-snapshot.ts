import type { Workspace } from '../agent/workspace.js';

/** A scope file as the commit would take it: bytes, absent, or the base's (`keep`). */
export type ScopeContent = Buffer | undefined | 'keep';

/**
 * The scope's files at one moment: taken after the agent's last edit and
 * before QA runs, it is what the gates test and what is committed.
 */
export type ScopeSnapshot = ReadonlyMap<string, ScopeContent>;

export async function snapshotScope(workspace: Workspace): Promise<ScopeSnapshot> {
  const files = new Map<string, ScopeContent>();
  for (const file of [...workspace.scope.files].sort()) {
    const read = await workspace.contentForCommit(file);
    if (!read.ok) throw new Error(`The change cannot be taken: ${read.reason}.`);
    files.set(file, read.content);
  }
  return files;
}

/** The scope files whose content differs between two snapshots. */
export function changedFiles(before: ScopeSnapshot, after: ScopeSnapshot): string[] {
  return [...before.keys()].filter((file) => !same(before.get(file), after.get(file)));
}

/** Puts these files back as the snapshot has them (`keep`: removed, never re-linked). */
export async function restoreFiles(
  workspace: Workspace,
  snapshot: ScopeSnapshot,
  files: readonly string[],
): Promise<void> {
  for (const file of files) {
    const content = snapshot.get(file);
    await workspace.restore(file, content === 'keep' ? undefined : content);
  }
}

function same(a: ScopeContent, b: ScopeContent): boolean {
  if (a === undefined || b === undefined || a === 'keep' || b === 'keep') return a === b;
  return a.equals(b);
}
