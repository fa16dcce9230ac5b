import { commitHeader } from '../core/commit-message.js';
import type { TrustedStore } from '../git/trusted-store.js';
import type { GateResult } from '../qa/gates.js';
import { readSpecToApprove, type ApprovedSpec } from './approved-spec.js';
import { commitConvention } from './commit-convention.js';
import type { Deps } from './deps.js';
import type { HereRefusal } from './plan-here.js';
import { qaVerdict, runImplementation } from './run-implementation.js';
import { SideEffects } from './side-effects.js';

export interface ImplementHereResult {
  ok: boolean;
  outcome: 'committed' | 'qa-failed' | 'stopped';
  message: string;
  commit?: string;
  files: string[];
  /** Each gate of the last round; a failing one with what its output showed. */
  gates: (Pick<GateResult, 'name' | 'command' | 'passed' | 'durationMs'> & { output?: string })[];
  refusals: string[];
  turns: number;
  tokens: number;
  costUsd: number;
  /** Which sandbox the QA commands ran in. */
  qaSandbox: string;
  warnings: string[];
}

/**
 * The approved spec of the checked-out branch, implemented by the
 * scope-limited agent and judged by the QA gates. The person at the terminal
 * approves it (`confirm`) once its scope is checked. A passing change is
 * committed on the branch; anything else is left as a report, never as a commit.
 */
export async function implementHere(
  specPath: string,
  confirm: (summary: string) => Promise<boolean>,
  deps: Deps,
  progress: (stage: string) => void,
): Promise<ImplementHereResult | HereRefusal> {
  const { git } = deps;
  const base = await git.revParse('HEAD');
  const reading = await readSpecToApprove(git, base, specPath, deps.policy);
  if (!reading.ok) {
    if (reading.missing)
      return {
        refused: 'precondition',
        message: `There is no ${specPath} in HEAD. Run specgate plan first, or check out the spec's branch.`,
      };
    const listed = reading.errors.map((e) => `\n  - ${e}`).join('');
    const problem = reading.problem.charAt(0).toUpperCase() + reading.problem.slice(1);
    return { refused: 'precondition', message: `${problem}${listed ? `:${listed}` : ''}` };
  }
  const { spec } = reading;
  const summary = `${spec.title}\nThe agent may write only: ${spec.scope.files.join(', ')}`;
  if (!(await confirm(summary)))
    return {
      refused: 'precondition',
      message: `${specPath} is not approved. Review it and approve at the prompt, or pass --yes.`,
    };
  progress(
    `implement: agent at work (${deps.model.name}); QA: ${deps.policy.gates.map((g) => g.name).join(', ') || 'none configured'}`,
  );
  const effects = new SideEffects(deps.log);
  const store = await git.openTrustedStore(base);
  try {
    return await implementAndCommit(deps, store, { spec, base, path: specPath }, effects, progress);
  } finally {
    await store.dispose();
  }
}

async function implementAndCommit(
  deps: Deps,
  store: TrustedStore,
  work: { spec: ApprovedSpec; base: string; path: string },
  effects: SideEffects,
  progress: (stage: string) => void,
): Promise<ImplementHereResult> {
  const { git } = deps;
  const { spec, base } = work;
  const run = await runImplementation({ spec, base }, deps, effects, store);
  const { report } = run;
  const result = (
    ok: boolean,
    outcome: ImplementHereResult['outcome'],
    message: string,
    commit?: string,
  ): ImplementHereResult => ({
    ok,
    outcome,
    message,
    ...(commit ? { commit } : {}),
    files: report.touched,
    gates: report.gates.map(({ name, command, passed, durationMs, outputTail }) => ({
      name,
      command,
      passed,
      durationMs,
      ...(!passed && outputTail.trim() ? { output: deps.redactor.redact(outputTail) } : {}),
    })),
    refusals: report.refusals,
    turns: report.spent.turns,
    tokens: report.spent.promptTokens + report.spent.completionTokens,
    costUsd: report.spent.costUsd,
    qaSandbox: report.isolation,
    warnings: effects.warnings,
  });
  if (run.ending.kind === 'stopped')
    return result(
      false,
      'stopped',
      `Stopped: ${run.ending.reason}. Nothing was committed; the work tree holds what the agent did.`,
    );
  if (run.ending.kind === 'qa-failed')
    return result(
      false,
      'qa-failed',
      `${run.ending.reason}. Nothing was committed; the work tree holds the attempt.`,
    );
  const change = run.change;
  if (!change?.ok)
    return result(
      false,
      'stopped',
      `${change?.reason ?? 'The change was not built.'} Nothing was committed.`,
    );
  // Built and committed in the trusted store, then brought into the checkout.
  const commit = await store.git.commitTree(
    change.tree,
    base,
    deps.redactor.redact(
      `${commitHeader('change', spec.title, '', await commitConvention(deps))}\n\nImplements ${work.path}.`,
    ),
  );
  await git.fetchCommit(store.dir, commit);
  await git.advanceHead(commit, base);
  progress(`implement: committed ${commit.slice(0, 12)} (${change.files.join(', ')})`);
  return result(
    true,
    'committed',
    `Implemented and committed; ${qaVerdict(report.gates)}.`,
    commit,
  );
}
