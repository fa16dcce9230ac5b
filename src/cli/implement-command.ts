import { commitHeader } from '../core/commit-message.js';
import { commitConvention } from '../usecases/commit-convention.js';
import { normalizeRepoPath } from '../core/paths.js';
import { specPathFor, TICKET_PLACEHOLDER, ticketOfBranch } from '../core/spec-home.js';
import type { GateResult } from '../qa/gates.js';
import type { TrustedStore } from '../git/trusted-store.js';
import { readSpecToApprove, type ApprovedSpec } from '../usecases/approved-spec.js';
import { qaVerdict, runImplementation } from '../usecases/run-implementation.js';
import { SideEffects } from '../usecases/side-effects.js';
import { CliError, EXIT } from './cli-error.js';
import { stage } from './io.js';
import { requireCleanTree, type LocalContext } from './local-run.js';

export interface ImplementResult {
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
 * `specgate implement`: the approved spec of the checked-out branch,
 * implemented by the scope-limited agent and judged by the QA gates. A
 * passing change is committed on the branch; anything else is left as a
 * report, never as a commit.
 */
export async function implementCommand(
  ctx: LocalContext,
  approve: (summary: string) => Promise<boolean>,
): Promise<ImplementResult> {
  const { git, deps, io } = ctx;
  await requireCleanTree(git);
  const specPath = await branchSpecPath(ctx);
  const base = await git.revParse('HEAD');
  const reading = await readSpecToApprove(git, base, specPath, deps.policy);
  if (!reading.ok) {
    if (reading.missing)
      throw new CliError(
        EXIT.precondition,
        `There is no ${specPath} in HEAD. Run specgate plan first, or check out the spec's branch.`,
      );
    const listed = reading.errors.map((e) => `\n  - ${e}`).join('');
    const problem = reading.problem.charAt(0).toUpperCase() + reading.problem.slice(1);
    throw new CliError(EXIT.precondition, `${problem}${listed ? `:${listed}` : ''}`);
  }
  const { spec } = reading;
  const summary = `${spec.title}\nThe agent may write only: ${spec.scope.files.join(', ')}`;
  if (!(await approve(summary))) {
    throw new CliError(
      EXIT.precondition,
      `${specPath} is not approved. Review it and approve at the prompt, or pass --yes.`,
    );
  }

  stage(
    io,
    `implement: agent at work (${deps.model.name}); QA: ${deps.policy.gates.map((g) => g.name).join(', ') || 'none configured'}`,
  );
  const effects = new SideEffects(deps.log);
  const store = await git.openTrustedStore(base);
  try {
    return await implementAndCommit(ctx, store, { spec, base, path: specPath }, effects);
  } finally {
    await store.dispose();
  }
}

async function implementAndCommit(
  ctx: LocalContext,
  store: TrustedStore,
  work: { spec: ApprovedSpec; base: string; path: string },
  effects: SideEffects,
): Promise<ImplementResult> {
  const { git, deps, io } = ctx;
  const { spec, base } = work;
  const run = await runImplementation({ spec, base }, deps, effects, store);
  const { report } = run;
  const result = (
    ok: boolean,
    outcome: ImplementResult['outcome'],
    message: string,
    commit?: string,
  ): ImplementResult => ({
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
  stage(io, `implement: committed ${commit.slice(0, 12)} (${change.files.join(', ')})`);
  return result(
    true,
    'committed',
    `Implemented and committed; ${qaVerdict(report.gates)}.`,
    commit,
  );
}

/** The spec of the checked-out branch: the path spec-path gives for its ticket. */
async function branchSpecPath(ctx: LocalContext): Promise<string> {
  const template = ctx.deps.policy.specPathTemplate;
  if (!template.includes(TICKET_PLACEHOLDER)) return template;
  const prefix = ctx.config['branch-prefix'];
  const branch = await ctx.git.currentBranch();
  const ticket = branch === undefined ? undefined : ticketOfBranch(prefix, branch);
  const path = ticket === undefined ? undefined : normalizeRepoPath(specPathFor(template, ticket));
  if (!path?.ok)
    throw new CliError(
      EXIT.precondition,
      `The checked-out branch (${branch ?? 'none: HEAD is detached'}) is not a spec branch (${prefix}<ticket>), so it names no spec. Check out the branch specgate plan made.`,
    );
  return path.path;
}
