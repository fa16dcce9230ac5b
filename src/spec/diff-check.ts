import type { DiffEntry } from '../git/raw-diff.js';
import type { ApprovedScope } from './approved-scope.js';

const REGULAR = '100644';
const EXECUTABLE = '100755';

/**
 * The last line of defence before a push: every change in the final diff must
 * be a file of the approved scope, added or modified as a regular file, with
 * its mode unchanged. Anything else (a file outside the scope, a deletion, a
 * symlink, a submodule, a mode change) is reported and nothing is pushed.
 */
export function checkDiff(entries: readonly DiffEntry[], scope: ApprovedScope): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const where = JSON.stringify(entry.path);
    if (!scope.has(entry.path)) {
      problems.push(
        `${where} changed (${describe(entry.status)}) but is not in the approved scope`,
      );
    } else if (entry.status === 'D') {
      problems.push(`${where} was deleted; the scope allows modifying or creating files only`);
    } else if (entry.status === 'A' && entry.newMode !== REGULAR) {
      problems.push(
        `${where} was added as ${modeName(entry.newMode)}; only regular files may be created`,
      );
    } else if (entry.status === 'M' && entry.oldMode !== entry.newMode) {
      problems.push(`${where} changed mode from ${entry.oldMode} to ${entry.newMode}`);
    } else if (entry.status !== 'A' && entry.status !== 'M') {
      problems.push(`${where} changed type (${describe(entry.status)})`);
    }
  }
  return problems;
}

function describe(status: string): string {
  return (
    { A: 'added', M: 'modified', D: 'deleted', T: 'type changed', R: 'renamed', C: 'copied' }[
      status
    ] ?? status
  );
}

function modeName(mode: string): string {
  if (mode === '120000') return 'a symbolic link';
  if (mode === '160000') return 'a submodule';
  if (mode === EXECUTABLE) return 'an executable';
  return `mode ${mode}`;
}
