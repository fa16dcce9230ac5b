import type { Git } from '../git/git.js';
import { ApprovedScope, pathPolicyOf } from '../spec/approved-scope.js';
import { parseSpec, specChecklist } from '../spec/spec-document.js';
import type { Policy } from './deps.js';

/** A spec as approved: its text, what it promises, and the files it lets the agent write. */
export interface ApprovedSpec {
  text: string;
  title: string;
  checklist: string[];
  scope: ApprovedScope;
}

export type SpecReading =
  | { ok: true; spec: ApprovedSpec }
  | { ok: false; missing: true }
  | { ok: false; missing: false; problem: string; errors: string[] };

/**
 * The spec at `commit`, read as an approval takes it: parsed, and its scope
 * checked against the repository's rules and the files tracked at that
 * commit (checked out). Every door that approves reads the spec here.
 */
export async function readSpecToApprove(
  git: Pick<Git, 'readBlob' | 'trackedFiles'>,
  commit: string,
  specPath: string,
  policy: Pick<Policy, 'deniedPaths' | 'specPathTemplate' | 'maxScopeFiles'>,
): Promise<SpecReading> {
  const text = await git.readBlob(commit, specPath);
  if (text === undefined) return { ok: false, missing: true };
  const parsed = parseSpec(text);
  if (!parsed.ok) return { ok: false, missing: false, problem: parsed.error, errors: [] };
  const scope = ApprovedScope.approve(parsed.front.scope, {
    policy: pathPolicyOf(policy),
    maxFiles: policy.maxScopeFiles,
    trackedFiles: new Set(await git.trackedFiles()),
  });
  if (!scope.ok)
    return {
      ok: false,
      missing: false,
      problem: `the scope in ${specPath} is not acceptable`,
      errors: scope.errors,
    };
  return {
    ok: true,
    spec: {
      text,
      title: parsed.front.title,
      checklist: specChecklist(parsed.body),
      scope: scope.scope,
    },
  };
}
