import { Budget, priceOf } from '../agent/budget.js';
import {
  buildAgentPrompt,
  buildRepairMessage,
  buildReviewFindingsMessage,
} from '../agent/agent-prompt.js';
import { runAgent } from '../agent/run-agent.js';
import { AgentTools } from '../agent/tools.js';
import { Workspace } from '../agent/workspace.js';
import { PathPolicy } from '../core/paths.js';
import type { AgentMessage } from '../ports.js';
import { runGates, type GateResult } from '../qa/gates.js';
import { isolationPrefix } from '../qa/isolation.js';
import type { Deps } from './deps.js';
import type { ImplementationReport } from './ready-pull-body.js';
import { reviewChange } from './review-change.js';
import type { SideEffects } from './side-effects.js';

export type Ending =
  { kind: 'passed' } | { kind: 'qa-failed'; reason: string } | { kind: 'stopped'; reason: string };

export interface ApprovedSpec {
  text: string;
  title: string;
  checklist: string[];
  scope: string[];
}

export interface ImplementationRun {
  ending: Ending;
  report: ImplementationReport;
  /** New files that were in the checkout before the agent began: never committed. */
  preexisting: ReadonlySet<string>;
}

/** What a run reports as it goes: stages, files, gates, tokens. */
export type Progress = (event: string) => void;

/**
 * The approved spec, implemented in the checkout: the agent edits within the
 * scope, the QA gates judge it, failures go back for repair rounds, and an
 * optional reviewer checks the diff. Nothing is committed here.
 */
export async function runImplementation(
  work: { spec: ApprovedSpec; base: string },
  deps: Pick<Deps, 'git' | 'model' | 'log' | 'policy' | 'workspace'>,
  effects: SideEffects,
): Promise<ImplementationRun> {
  const { policy, log, model } = deps;
  const scope = new Set(work.spec.scope);
  const workspace = await Workspace.open(
    deps.workspace,
    new PathPolicy(policy.deniedPaths, [policy.specPath]),
    scope,
  );
  const price = priceOf(model.name, policy.prices);
  if (!price)
    effects.warnings.push(
      `No price is known for model "${model.name}": the cost budget is not enforced (add it to model-prices).`,
    );
  const budget = new Budget(policy.limits, price);
  let gates: GateResult[] = [];
  const prefix = policy.gates.length ? await isolationPrefix() : [];
  if (policy.gates.length) {
    log.info(
      prefix.length
        ? 'QA commands run in their own PID namespace'
        : 'QA commands run without process isolation (unavailable here)',
    );
  }
  const isolationMissing =
    policy.gates.length > 0 && prefix.length === 0 && policy.qaIsolation === 'required';
  const runChecks = async () => {
    if (policy.gates.length) log.info(`QA: running ${policy.gates.map((g) => g.name).join(', ')}`);
    gates = await runGates(policy.gates, {
      cwd: deps.workspace,
      env: policy.qaEnv,
      timeoutMs: policy.qaTimeoutMs,
      prefix,
    });
    for (const g of gates) {
      log.info(
        `QA ${g.name}: ${g.passed ? 'passed' : g.timedOut ? 'timed out' : 'failed'} (${(g.durationMs / 1000).toFixed(1)} s)`,
      );
    }
    const spent = budget.spent;
    log.info(
      `spent so far: ${spent.turns} turns, ${spent.promptTokens + spent.completionTokens} tokens, $${spent.costUsd.toFixed(4)}`,
    );
    return gates;
  };
  const tools = new AgentTools(workspace, deps.git, runChecks);
  const messages: AgentMessage[] = buildAgentPrompt(work.spec.text, work.spec.scope);
  const preexisting = new Set((await deps.git.untrackedFiles()).filter((f) => !scope.has(f)));

  let rounds = 0;
  let summary = '';
  let reviewed = !policy.reviewer;
  let ending: Ending;
  try {
    if (isolationMissing) {
      throw new Error(
        'qa-isolation is required, but this runner cannot give QA commands their own PID namespace',
      );
    }
    for (;;) {
      rounds += 1;
      const stop = await runAgent(model, tools, budget, messages, log);
      if (stop.kind !== 'finished') {
        ending = { kind: 'stopped', reason: stop.reason };
        break;
      }
      summary = stop.summary;
      const failing = (await runChecks()).filter((g) => !g.passed);
      if (failing.length) {
        if (rounds > policy.repairRounds) {
          ending = {
            kind: 'qa-failed',
            reason: `QA still failing after ${rounds} round(s): ${failing.map((g) => g.name).join(', ')}`,
          };
          break;
        }
        log.info(`QA failed (${failing.map((g) => g.name).join(', ')}); repair round ${rounds}`);
        messages.push(buildRepairMessage(failing));
        continue;
      }
      if (!reviewed) {
        reviewed = true;
        const { tree } = await deps.git.worktreeChanges(work.base, preexisting);
        const review = await reviewChange(
          model,
          work.spec.text,
          await deps.git.diff(work.base, tree, 60_000),
        );
        budget.record(review.usage);
        if (!review.approve && review.findings.length) {
          messages.push(buildReviewFindingsMessage(review.findings));
          continue;
        }
      }
      ending = { kind: 'passed' };
      break;
    }
  } catch (error) {
    ending = { kind: 'stopped', reason: error instanceof Error ? error.message : String(error) };
  }

  const report: ImplementationReport = {
    title: work.spec.title,
    checklist: work.spec.checklist,
    approved: work.spec.scope,
    touched: [...tools.writes],
    gates,
    spent: budget.spent,
    agentSummary: summary || 'The agent did not finish.',
    refusals: tools.refusals,
    rounds,
    ...(ending.kind === 'passed' ? {} : { failure: ending.reason }),
  };
  return { ending, report, preexisting };
}
