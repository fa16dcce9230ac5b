import { PathPolicy } from '../core/paths.js';
import { specPathPattern } from '../core/spec-home.js';
import { checkScope, type ScopeRules } from './scope.js';
import type { ScopeEntry } from './spec-answer.js';

/**
 * The paths no scope may hold in a repository: the ones always denied, the
 * repository's `denied-paths`, and specgate's own specs. Made here only.
 */
export function pathPolicyOf(rules: {
  deniedPaths: readonly string[];
  specPathTemplate: string;
}): PathPolicy {
  return new PathPolicy(rules.deniedPaths, [specPathPattern(rules.specPathTemplate)]);
}

/**
 * The files a person approved the agent to write, with the path policy they
 * were checked against. Made once, at approval, by `approve`; the agent's
 * workspace, the change built for the commit and the final diff check all
 * take this value, so none of them can be handed an unchecked list.
 */
export class ApprovedScope {
  private readonly lower: Map<string, string>;

  private constructor(
    readonly files: readonly string[],
    readonly policy: PathPolicy,
  ) {
    this.lower = new Map(files.map((f) => [f.toLowerCase(), f]));
  }

  /** The scope of a spec, when every entry passes the rules; every problem otherwise. */
  static approve(
    entries: readonly ScopeEntry[],
    rules: ScopeRules,
  ): { ok: true; scope: ApprovedScope } | { ok: false; errors: string[] } {
    const checked = checkScope(entries, rules);
    if (checked.errors.length) return { ok: false, errors: checked.errors };
    return {
      ok: true,
      scope: new ApprovedScope(
        checked.scope.map((e) => e.path),
        rules.policy,
      ),
    };
  }

  /** Whether this normalized path is a file of the scope, spelled as approved. */
  has(path: string): boolean {
    return this.lower.get(path.toLowerCase()) === path;
  }

  /** How the scope spells a path that differs only in case, if it does. */
  spelling(path: string): string | undefined {
    const spelled = this.lower.get(path.toLowerCase());
    return spelled !== path ? spelled : undefined;
  }
}
