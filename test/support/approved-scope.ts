import { PathPolicy } from '../../src/core/paths.js';
import { ApprovedScope } from '../../src/spec/approved-scope.js';

/** A scope approved the one way there is: these files (new ones), checked against `policy`. */
export function approvedScope(files: readonly string[], policy = new PathPolicy()): ApprovedScope {
  const approved = ApprovedScope.approve(
    files.map((path) => ({ path, change: 'create' as const, reason: 'named by the test' })),
    { policy, maxFiles: 100, trackedFiles: new Set() },
  );
  if (!approved.ok) throw new Error(`the test's scope is refused: ${approved.errors.join('; ')}`);
  return approved.scope;
}
