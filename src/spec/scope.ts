import { normalizeRepoPath, type PathPolicy } from '../core/paths.js';
import type { ScopeEntry } from './spec-answer.js';

export interface ScopeRules {
  policy: PathPolicy;
  maxFiles: number;
  /** Tracked files of the repository, repo-relative. */
  trackedFiles: ReadonlySet<string>;
}

export interface ScopeCheck {
  scope: ScopeEntry[];
  errors: string[];
}

/**
 * Validates a proposed scope before anyone is asked to approve it. Every
 * problem is reported (not just the first) so the model can fix them all
 * in one retry, and a person reading the failure sees the whole picture.
 */
export function checkScope(entries: readonly ScopeEntry[], rules: ScopeRules): ScopeCheck {
  const errors: string[] = [];
  const scope: ScopeEntry[] = [];
  const seen = new Set<string>();
  const trackedLower = new Map([...rules.trackedFiles].map((f) => [f.toLowerCase(), f]));

  for (const entry of entries) {
    const verdict = normalizeRepoPath(entry.path);
    if (!verdict.ok) {
      errors.push(`scope path ${JSON.stringify(entry.path)}: ${verdict.reason}`);
      continue;
    }
    const file = verdict.path;
    const denied = rules.policy.deniedReason(file);
    if (denied) {
      errors.push(`scope path ${JSON.stringify(entry.path)}: ${denied}`);
      continue;
    }
    if (seen.has(file.toLowerCase())) continue;
    seen.add(file.toLowerCase());

    const existing = trackedLower.get(file.toLowerCase());
    if (entry.change === 'modify' && existing !== file) {
      errors.push(
        existing
          ? `scope path ${JSON.stringify(file)}: the file is spelled ${JSON.stringify(existing)}`
          : `scope path ${JSON.stringify(file)}: marked "modify" but no such file is tracked; use "create" for a new file`,
      );
      continue;
    }
    if (entry.change === 'create' && existing !== undefined) {
      errors.push(
        `scope path ${JSON.stringify(file)}: marked "create" but ${existing} already exists; use "modify"`,
      );
      continue;
    }
    scope.push({ ...entry, path: file });
  }

  if (scope.length > rules.maxFiles) {
    errors.push(`the scope lists ${scope.length} files; at most ${rules.maxFiles} are allowed`);
  }
  return { scope, errors };
}
