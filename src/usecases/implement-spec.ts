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
import { transition, type TicketState } from '../core/state.js';
import type { AgentMessage, PullRequest } from '../ports.js';
import { runGates, type GateResult } from '../qa/gates.js';
import { checkDiff } from '../spec/diff-check.js';
import { announce } from './announce.js';
import type { Deps, Outcome } from './deps.js';
import { renderReadyBody, type ImplementationReport } from './ready-pull-body.js';
import { reviewChange } from './review-change.js';
import type { SideEffects } from './side-effects.js';

export interface ApprovedWork {
  pull: PullRequest;
  state: TicketState;
  spec: { text: string; title: string; checklist: string[]; scope: string[] };
  /** The branch commit the approval was given on: work starts here and pushes on top. */
  base: string;
  links: string;
}

type Ending =
  { kind: 'passed' } | { kind: 'qa-failed'; reason: string } | { kind: 'stopped'; reason: string };

/**
 * The approved spec, implemented: the agent edits the checkout within the
 * scope, the QA gates judge it (with repair rounds and an optional review),
 * the final diff is checked against the scope once more, and only then is
 * anything committed and pushed.
 */
export async function implementSpec(
  work: ApprovedWork,
  deps: Deps,
  effects: SideEffects,
): Promise<Outcome> {
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
  const runChecks = async () =>
    (gates = await runGates(policy.gates, {
      cwd: deps.workspace,
      env: policy.qaEnv,
      timeoutMs: policy.qaTimeoutMs,
    }));
  const tools = new AgentTools(workspace, deps.git, runChecks);
  const messages: AgentMessage[] = buildAgentPrompt(work.spec.text, work.spec.scope);
  const preexisting = new Set((await deps.git.untrackedFiles()).filter((f) => !scope.has(f)));

  let rounds = 0;
  let summary = '';
  let reviewed = !policy.reviewer;
  let ending: Ending;
  try {
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
  return publish({ ...work, preexisting }, report, ending, deps, effects);
}

async function publish(
  work: ApprovedWork & { preexisting: ReadonlySet<string> },
  report: ImplementationReport,
  ending: Ending,
  deps: Deps,
  effects: SideEffects,
): Promise<Outcome> {
  const { host, git, clock, redactor, policy } = deps;
  const now = clock.now();
  const spent = {
    promptTokens: report.spent.promptTokens,
    completionTokens: report.spent.completionTokens,
  };
  let state: TicketState = {
    ...work.state,
    spent: {
      promptTokens: (work.state.spent?.promptTokens ?? 0) + spent.promptTokens,
      completionTokens: (work.state.spent?.completionTokens ?? 0) + spent.completionTokens,
      costUsd: (work.state.spent?.costUsd ?? 0) + report.spent.costUsd,
    },
  };
  const finish = async (
    to: TicketState['state'],
    message: string,
    failed: boolean,
    pushed: boolean,
  ): Promise<Outcome> => {
    state = transition(state, to, now, { note: message });
    await host.updatePull(work.pull.number, { body: renderReadyBody(report, state, work.links) });
    if (!pushed || failed) {
      await host.comment(
        work.pull.number,
        `${failed ? ':x:' : ':warning:'} ${message}\n\n${reportLines(report)}`,
      );
    }
    return {
      state: to,
      failed,
      message,
      prNumber: work.pull.number,
      prUrl: work.pull.url,
      specPath: policy.specPath,
      usage: spent,
      costUsd: report.spent.costUsd,
      warnings: effects.warnings,
      ...(state.jiraKey ? { jiraKey: state.jiraKey } : {}),
    };
  };

  if (ending.kind === 'stopped') {
    const outcome = await finish(
      'ERROR',
      `Implementation stopped: ${ending.reason}. Nothing was pushed.`,
      true,
      false,
    );
    await announce(deps, effects, state, {
      stage: 'Implementation stopped',
      detail: ending.reason,
      pull: work.pull,
      title: work.spec.title,
    });
    return outcome;
  }

  const { entries, tree } = await git.worktreeChanges(work.base, work.preexisting);
  const problems = checkDiff(entries, new Set(work.spec.scope));
  if (problems.length) {
    return finish(
      'ERROR',
      `The change was not pushed: it goes beyond the approved scope.\n${problems.map((p) => `- ${p}`).join('\n')}`,
      true,
      false,
    );
  }
  if (entries.length === 0)
    return finish('ERROR', 'The agent made no change; nothing was pushed.', true, false);
  const remote = await git.remoteBranch(state.branch);
  if (remote !== work.base) {
    return finish(
      'ERROR',
      `The branch ${state.branch} changed while the agent worked; nothing was pushed. Review the spec and /approve again.`,
      true,
      false,
    );
  }
  if (ending.kind === 'qa-failed' && !policy.draftOnFailure) {
    return finish(
      'QA_FAILED',
      `${ending.reason}. Nothing was pushed (draft-on-failure is off).`,
      true,
      false,
    );
  }

  const ref = state.jiraKey ?? (state.issue !== undefined ? `#${state.issue}` : state.branch);
  const message = redactor.redact(
    `${ending.kind === 'passed' ? '' : 'WIP (QA failing): '}${work.spec.title} (${ref})\n\nImplements ${policy.specPath} as approved by @${state.approval?.by ?? 'unknown'}.`,
  );
  const commit = await git.commitTree(tree, work.base, message);
  await git.push(commit, state.branch);

  if (ending.kind === 'qa-failed') {
    const outcome = await finish(
      'QA_FAILED',
      `${ending.reason}. The attempt was pushed; the pull request stays a draft.`,
      true,
      true,
    );
    await announce(deps, effects, state, {
      stage: 'QA failed',
      detail: ending.reason,
      pull: work.pull,
      title: work.spec.title,
    });
    return outcome;
  }
  const outcome = await finish(
    'AWAITING_PR_APPROVAL',
    'Implemented; QA passed. Ready for review.',
    false,
    true,
  );
  await effects.attempt('Marking the pull request ready for review', () =>
    host.markReadyForReview(work.pull),
  );
  const reviewers = (
    policy.reviewers.length ? policy.reviewers : [state.approval?.by ?? '']
  ).filter(Boolean);
  await effects.attempt('Requesting reviewers', () =>
    host.requestReviewers(work.pull.number, reviewers),
  );
  await announce(deps, effects, state, {
    stage: 'Ready for review',
    detail: `QA passed; ${report.touched.length} file(s) changed.`,
    pull: work.pull,
    title: work.spec.title,
    ...(policy.jiraStatusInReview ? { jiraStatus: policy.jiraStatusInReview } : {}),
  });
  return outcome;
}

function reportLines(report: ImplementationReport): string {
  const lines = [
    `Files written: ${report.touched.length ? report.touched.map((f) => `\`${f}\``).join(', ') : 'none'}`,
    ...report.gates.map((g) => `QA ${g.name}: ${g.passed ? 'passed' : 'failed'}`),
    ...report.refusals.map((r) => `Refused: ${r}`),
    `Spent: ${report.spent.turns} turns, ${report.spent.promptTokens + report.spent.completionTokens} tokens, $${report.spent.costUsd.toFixed(4)}`,
  ];
  return lines.map((l) => `- ${l}`).join('\n');
}
